import Foundation

/// Locates Warta's shipped data (the `Glossary/` folder: term base, lexicons, gazetteers, models).
///
/// SwiftPM copies each data folder into a resource bundle beside the binary. A binary shipped
/// alone to a worker has no bundle, so the lookup never calls `Bundle.module` (which traps when the
/// bundle is missing); it checks the candidate folders itself, in this order:
/// an explicit folder (`--glossary`), `$WARTA_GLOSSARY`, the bundle beside the executable,
/// `Glossary/` beside the executable, and `Glossary/` in the working directory.
public enum WartaData {
    /// The bundle folder name SwiftPM gives this target's resources.
    static let bundleName = "Warta_WartaData.resources"

    /// Returns the data folder, or nil when none of the candidates holds Warta's data.
    public static func locate(explicit: String? = nil) -> URL? {
        var candidates: [URL] = []
        if let explicit { return validated(URL(fileURLWithPath: explicit)) }
        if let env = ProcessInfo.processInfo.environment["WARTA_GLOSSARY"], !env.isEmpty {
            candidates.append(URL(fileURLWithPath: env))
        }
        let exe = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
        let exeDir = exe.deletingLastPathComponent()
        candidates.append(exeDir.appendingPathComponent(bundleName))
        candidates.append(exeDir.appendingPathComponent("Glossary"))
        if let exeBundle = Bundle.main.resourceURL {
            candidates.append(exeBundle.appendingPathComponent(bundleName))
        }
        candidates.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            .appendingPathComponent("Glossary"))
        // Tests run from an xctest bundle inside the build folder; the package root is above it.
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent())
        for c in candidates { if let ok = validated(c) { return ok } }
        return nil
    }

    private static func validated(_ url: URL) -> URL? {
        var isDir: ObjCBool = false
        let marker = url.appendingPathComponent("segment").path
        guard FileManager.default.fileExists(atPath: marker, isDirectory: &isDir), isDir.boolValue else {
            return nil
        }
        return url.standardizedFileURL
    }
}
