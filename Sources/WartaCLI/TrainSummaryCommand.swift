import ArgumentParser
import Foundation
import Warta

/// `warta train summary`: learns the summary scorer's weights from IndoSum-style JSONL
/// (`text`, `sentences`, `gold_labels` and/or `summary`), deterministically.
struct TrainSummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Learn the summary model's weights from IndoSum-style JSON Lines.",
        discussion: """
        Each line: {"id", "text", "sentences": [...], "gold_labels": [...]} (IndoSum); without gold_labels the \
        reference "summary_sentences" (or "summary") marks the positive sentences. The text runs through the \
        sentences, numerals, entities and terms stages so the features match run time. Same input, same model.
        """
    )

    @Option(name: .long, help: "Training data (JSON Lines).")
    var train: String

    @Option(name: .long, help: "Where to write the model TSV (e.g. Glossary/summary/model.tsv).")
    var out: String

    @Option(name: .long, help: "Gradient-descent epochs.")
    var epochs: Int = 400

    @Option(name: .long, help: "L2 regularisation strength.")
    var l2: Double = 1.0

    @Flag(name: .long, help: "Regularise towards the lead prior (weight on inverse position) instead of zero.")
    var leadPrior = false

    @Option(name: .long, help: "Token budget of the extract.")
    var tokenBudget: Int = 50

    @Option(name: .long, help: "Also report K-fold cross-validated ROUGE-1/2 of the model and of lead-3 (0: off).")
    var folds: Int = 0

    @Option(name: .long, help: "Folder with Warta's data (default: the installed Glossary).")
    var glossary: String?

    func run() throws {
        guard let data = FileManager.default.contents(atPath: train) else {
            Stderr.print("warta: cannot read \(train)"); throw ExitCode(2)
        }
        let config = StageConfig(dataDirectory: WartaDataLocator.locate(explicit: glossary))
        let pipe: Pipeline
        do { pipe = try StageRegistry.pipeline(["sentences", "numerals", "entities", "terms"], config: config) }
        catch { Stderr.print("warta: cannot build the pipeline: \(error.problems.joined(separator: "; "))"); throw ExitCode(3) }

        var examples: [SummaryTrainer.Example] = []
        var docs: [(AnnotatedDocument, String)] = []
        for (n, line) in data.split(separator: UInt8(ascii: "\n")).enumerated() where !line.isEmpty {
            guard let obj = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let text = obj["text"] as? String else {
                Stderr.print("warta: \(train):\(n + 1): not a record with \"text\"; skipped"); continue
            }
            let id = obj["id"] as? String ?? "line-\(n + 1)"
            guard case .document(let doc) = pipe.run(InputRecord(id: id, payload: .text(text))) else { continue }
            var reference: [String] = []
            if let sents = obj["sentences"] as? [String], let labels = obj["gold_labels"] as? [Any] {
                for (s, l) in zip(sents, labels) where (l as? Bool) == true || (l as? Int) == 1 { reference.append(s) }
            }
            if reference.isEmpty { reference = obj["summary_sentences"] as? [String] ?? [] }
            let refText = obj["summary"] as? String ?? reference.joined(separator: " ")
            if reference.isEmpty, !refText.isEmpty { reference = [refText] }
            let (vectors, tokens) = SentenceFeatures.compute(doc)
            let labels = SummaryTrainer.labels(sentences: tokens, reference: reference.map { WordTokens.tokens($0) })
            examples.append(SummaryTrainer.Example(vectors: vectors, tokens: tokens, labels: labels))
            docs.append((doc, refText))
        }
        guard !examples.isEmpty else { Stderr.print("warta: no training records in \(train)"); throw ExitCode(2) }
        let trainer = SummaryTrainer(epochs: epochs, l2: l2, prior: leadPrior ? SummaryModel.lead.weights : [])
        let base = SummaryModel(weights: [], tokenBudget: tokenBudget)

        if folds > 1 {
            var r1 = 0.0, r2 = 0.0, l1 = 0.0, l2s = 0.0
            for k in 0..<folds {
                let trainSet = examples.indices.filter { $0 % folds != k }.map { examples[$0] }
                let model = trainer.train(trainSet, base: base)
                for i in examples.indices where i % folds == k {
                    let (doc, ref) = docs[i]
                    let pick = model.select(vectors: examples[i].vectors, tokens: examples[i].tokens)
                    let text = pick.map { doc[doc.sentences[$0]] }.joined(separator: " ")
                    let lead = doc.sentences.prefix(3).map { doc[$0] }.joined(separator: " ")
                    r1 += Rouge.f1(text, ref, n: 1); r2 += Rouge.f1(text, ref, n: 2)
                    l1 += Rouge.f1(lead, ref, n: 1); l2s += Rouge.f1(lead, ref, n: 2)
                }
            }
            let m = Double(examples.count) / 100
            Stderr.print(String(format: "%d-fold CV on %d documents: model R1=%.2f R2=%.2f; lead-3 R1=%.2f R2=%.2f",
                                folds, examples.count, r1 / m, r2 / m, l1 / m, l2s / m))
        }
        let model = trainer.train(examples, base: base)
        let comment = "trained by `warta train summary` on \((train as NSString).lastPathComponent) (\(examples.count) documents), epochs=\(epochs) l2=\(l2)\(leadPrior ? " lead-prior" : "")"
        do { try model.serialized(comment: comment).write(toFile: out, atomically: true, encoding: .utf8) }
        catch { Stderr.print("warta: cannot write \(out): \(error)"); throw ExitCode(4) }
        Stderr.print("warta: wrote \(out) (\(examples.count) documents, \(examples.reduce(0) { $0 + $1.labels.count }) sentences)")
    }
}
