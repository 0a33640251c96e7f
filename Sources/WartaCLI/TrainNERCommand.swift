import ArgumentParser
import Foundation
import Warta

/// `warta train ner`: trains the entity tagger (averaged structured perceptron over hashed
/// features, Viterbi over BIO) from CoNLL files and writes the binary model.
struct TrainNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Train the entity tagger from CoNLL files (token<TAB>tag, IOB2).",
        discussion: """
        Deterministic given --seed. Prints each epoch's dev F1 (entity level, all types) on stderr.
        A training file may carry a repetition count, FILE@3, to weight small in-domain data.
        Example: warta train ner --train ../shared/eval/ner/idner-news-2k.train.conll \
        --train ../shared/eval/ner/nerui.train.conll \
        --train Glossary/entities/train-ai-news.conll@3 --dev ../shared/eval/ner/idner-news-2k.dev.conll \
        --out Glossary/entities/model.bin --epochs 20 --runs 5 --seed 1
        """
    )

    @Option(name: .long, help: "Training file (CoNLL); repeatable; FILE@N repeats it N times.")
    var train: [String]

    @Option(name: .long, help: "Development file (CoNLL) scored after each epoch; repeatable.")
    var dev: [String] = []

    @Option(name: .long, help: "Where to write the model.")
    var out: String

    @Option(name: .long, help: "Passes over the training data.")
    var epochs: Int = 20

    @Option(name: .long, help: "Seed of the per-epoch shuffle.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Bits of the hashed feature space.")
    var bits: Int = 21

    @Option(name: .long, help: "Drop averaged weights whose magnitude stays below this.")
    var prune: Float = 0

    @Option(name: .long, help: "Training algorithm: crf (averaged SGD on the CRF likelihood) or perceptron.")
    var algorithm: String = "crf"

    @Option(name: .long, help: "CRF learning rate.")
    var rate: Float = 0.1

    @Option(name: .long, help: "CRF L2 strength.")
    var l2: Float = 2e-3

    @Option(name: .long, help: "Independent runs (seeds S, S+1, …) averaged into one model.")
    var runs: Int = 5

    @Flag(name: .long, help: "Do not use the numerals stage's quantities as a feature.")
    var noQuantities = false

    @Option(name: .long, help: "Folder with Warta's data (gazetteers; default: the installed Glossary).")
    var glossary: String?

    func validate() throws {
        if algorithm != "crf" && algorithm != "perceptron" { throw ValidationError("--algorithm must be crf or perceptron") }
        if epochs < 1 { throw ValidationError("--epochs must be at least 1") }
        if bits < 12 || bits > 26 { throw ValidationError("--bits must be within 12...26") }
    }

    func run() throws {
        let config = StageConfig(dataDirectory: WartaDataLocator.locate(explicit: glossary))
        var options = NERTrainer.Options()
        options.epochs = epochs; options.seed = seed; options.bits = bits; options.prune = prune; options.runs = runs
        options.algorithm = algorithm; options.rate = rate; options.l2 = l2
        var quantities: (@Sendable (String) -> [Span])?
        if !noQuantities {
            let pipe = try StageRegistry.pipeline(["numerals"], config: config)
            quantities = { text in
                if case .document(let d) = pipe.run(InputRecord(id: "q", payload: .text(text))) {
                    return d.quantities.map(\.span)
                }
                return []
            }
        }
        let trainer = try NERTrainer(config: config, options: options, quantities: quantities)
        var sentences: [LabeledSentence] = []
        for spec in train {
            var path = spec, times = 1
            if let at = spec.lastIndex(of: "@"), let n = Int(spec[spec.index(after: at)...]) {
                path = String(spec[..<at]); times = max(1, n)
            }
            let s = try LabeledSentence.readCoNLL(URL(fileURLWithPath: path))
            Stderr.print("read \(path): \(s.count) sentences\(times > 1 ? " ×\(times)" : "")")
            for _ in 0..<times { sentences.append(contentsOf: s) }
        }
        let devSets = try dev.map { ($0.split(separator: "/").last.map(String.init) ?? $0,
                                     try LabeledSentence.readCoNLL(URL(fileURLWithPath: $0))) }
        let t0 = Date()
        let result = trainer.train(sentences, dev: devSets) { Stderr.print($0) }
        try Data(result.bytes).write(to: URL(fileURLWithPath: out))
        Stderr.print(String(format: "wrote %@ (%.2f MB, %d feature rows) in %.1f s", out,
                            Double(result.bytes.count) / 1e6, result.model.featureCount, Date().timeIntervalSince(t0)))
    }
}
