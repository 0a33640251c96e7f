import ArgumentParser
import Warta

struct SummarizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summarize",
        abstract: "Print the English summary of pages (filled in by the summary issue)."
    )

    func run() throws {
        Stderr.print("warta summarize: not implemented yet")
        throw ExitCode(1)
    }
}
