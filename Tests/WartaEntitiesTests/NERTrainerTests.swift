import Foundation
import Testing
@testable import WartaEntities
import WartaTestSupport

@Suite struct NERTrainerTests {
    static let data: [LabeledSentence] = {
        let url = TestSupport.packageRoot.appendingPathComponent("Glossary/entities/train-ai-news.conll")
        return (try? LabeledSentence.readCoNLL(url)) ?? []
    }()

    func options(_ algorithm: String) -> NERTrainer.Options {
        var o = NERTrainer.Options()
        o.epochs = 3; o.bits = 16; o.seed = 7; o.algorithm = algorithm; o.runs = 2
        return o
    }

    /// Same data, same seed → byte-identical model; the model fits its training data.
    @Test(arguments: ["crf", "perceptron"])
    func trainingIsDeterministicAndLearns(algorithm: String) throws {
        let trainer = try NERTrainer(config: TestSupport.config, options: options(algorithm))
        let train = Array(Self.data.prefix(120))
        #expect(train.count == 120)
        let a = trainer.train(train, dev: []) { _ in }
        let b = trainer.train(train, dev: []) { _ in }
        #expect(a.bytes == b.bytes)
        let score = trainer.evaluate(trainer.tagger(for: a.model), on: train)
        #expect(score.f1 > 0.8, "\(score)")
    }

    @Test func conllReaderMapsTagSpellingsAndSkipsDocstart() {
        let s = LabeledSentence.parseCoNLL("-DOCSTART-\tO\n\nBudi\tB-PERSON\nke\tO\nSurabaya\tB-LOCATION\nbersama\tO\nBank\tB-ORGANIZATION\nBCA\tI-ORGANIZATION\n.\tO\n\nX\tB-MISC\n")
        #expect(s.count == 2)
        #expect(s[0].tags == [1, 0, 5, 0, 3, 4, 0])
        #expect(s[1].tags == [0])
    }

    /// Gold tokens with glued punctuation project onto the tagger's finer tokens.
    @Test func projectionKeepsEdgePunctuationOutside() {
        let s = LabeledSentence(tokens: ["ketua", "Mahkamah", "Konstitusi", "(MK)", "Ir.", "Soprijanto", "."],
                                tags: [0, 3, 4, 4, 1, 2, 0])
        let toks = NERTokenizer.tokenize(s.text)
        let tags = s.projectTags(onto: toks)
        // ketua Mahkamah Konstitusi ( MK ) Ir. Soprijanto .   (`Ir.` keeps its period)
        #expect(tags == [0, 3, 4, 4, 4, 0, 1, 2, 0])
    }
}
