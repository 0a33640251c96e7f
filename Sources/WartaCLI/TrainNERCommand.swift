import ArgumentParser
import Warta

struct TrainNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Train the entity tagger (filled in by the entities issue)."
    )

    func run() throws {
        Stderr.print("warta ner: not implemented yet")
        throw ExitCode(1)
    }
}
