import ArgumentParser
import Warta

struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Build and query the AI-industry glossary (filled in by the glossary issue)."
    )

    func run() throws {
        Stderr.print("warta glossary: not implemented yet")
        throw ExitCode(1)
    }
}
