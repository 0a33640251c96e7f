import ArgumentParser
import Warta

struct TrainSummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Learn the summary model's weights (filled in by the summary issue)."
    )

    func run() throws {
        Stderr.print("warta summary: not implemented yet")
        throw ExitCode(1)
    }
}
