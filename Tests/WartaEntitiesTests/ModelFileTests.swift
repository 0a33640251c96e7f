import Foundation
import Testing
@testable import WartaEntities
import WartaTestSupport

@Suite struct ModelFileTests {
    @Test func roundTripKeepsWeightsWithinQuantizationError() throws {
        let L = BIOLabels.count
        let buckets: [UInt32] = [3, 17, 900, 65_000]
        let weights: [Float] = (0..<(buckets.count * L)).map { Float($0 % 7) - 3.25 }
        let transitions: [Float] = (0..<((L + 1) * L)).map { Float($0) / 10 }
        let bytes = ModelFile.encode(bits: 16, labelCount: L, transitions: transitions, buckets: buckets, weights: weights)
        let model = try bytes.withUnsafeBytes { try ModelFile.decode($0) }
        #expect(model.bits == 16)
        #expect(model.featureCount == 4)
        #expect(model.transitions == transitions)
        for (r, b) in buckets.enumerated() {
            for y in 0..<L {
                let got = Float(model.weights[Int(b) * L + y]) * model.scale
                #expect(abs(got - weights[r * L + y]) < 0.001)
            }
        }
        #expect(model.weights[4 * L] == 0)
    }

    @Test func rejectsForeignAndTruncatedFiles() {
        let junk: [UInt8] = Array("not a model at all".utf8)
        #expect(throws: ModelFile.FormatError.self) { try junk.withUnsafeBytes { try ModelFile.decode($0) } }
        let L = BIOLabels.count
        let bytes = ModelFile.encode(bits: 16, labelCount: L, transitions: [Float](repeating: 0, count: (L + 1) * L),
                                     buckets: [1, 2], weights: [Float](repeating: 1, count: 2 * L))
        let cut = Array(bytes.dropLast(5))
        #expect(throws: ModelFile.FormatError.self) { try cut.withUnsafeBytes { try ModelFile.decode($0) } }
    }

    /// The shipped model loads, is small, and was trained with this build's tag set.
    @Test func shippedModelLoadsFast() throws {
        let url = TestSupport.packageRoot.appendingPathComponent("Glossary/entities/model.bin")
        let size = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as! Int
        #expect(size < 15_000_000)
        let t0 = Date()
        let model = try ModelFile.load(url)
        let secs = Date().timeIntervalSince(t0)
        #expect(model.labelCount == BIOLabels.count)
        #expect(model.featureCount > 10_000)
        #expect(secs < 2.0)  // debug build; release loads in tens of milliseconds
    }
}
