import ArgumentParser
import Warta

/// `warta`: Indonesian news pages → clean, annotated, English-aligned JSON Lines.
@main
struct WartaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "warta",
        abstract: "Turn scraped Indonesian news pages into clean, annotated, English-aligned data.",
        version: WartaVersion.string,
        subcommands: [AnnotateCommand.self, BenchCommand.self, SummarizeCommand.self, GlossaryCommand.self, TrainCommand.self],
        defaultSubcommand: nil
    )

    /// `warta --version` also names the data folder in use and a hash of its contents, so that two
    /// machines of a cluster can be checked to run the same model and lexicons.
    static func main() {
        let args = Array(CommandLine.arguments.dropFirst())
        if args == ["--version"] || args == ["version"] {
            print("warta \(WartaVersion.string)")
            if let dir = WartaDataLocator.locate() {
                print("data \(dir.path) \(DataHash.of(folder: dir))")
            } else {
                print("data not found (pass --glossary DIR or set WARTA_GLOSSARY)")
            }
            return
        }
        var command: ParsableCommand
        do { command = try parseAsRoot() } catch { exit(withError: error) }
        do { try command.run() } catch { exit(withError: error) }
    }
}

enum WartaVersion {
    static let string = "0.1.0"
}

/// `warta train`: training commands for the trainable stages.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a stage's model from data.",
        subcommands: [TrainNERCommand.self, TrainSummaryCommand.self]
    )
}
