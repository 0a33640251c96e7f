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
