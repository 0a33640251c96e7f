/// Structured averaged perceptron over dense hashed weights (Collins 2002), with the lazy
/// averaging trick: `acc` sums `c · Δw`, and the average is `w − acc / c`.
struct AveragedPerceptron: AveragedWeights {
    let bits: Int
    let L: Int
    var w: [Float]
    var acc: [Float]
    var trans: [Float]
    var transAcc: [Float]
    /// Number of examples seen + 1.
    var c: Float = 1

    init(bits: Int, labels L: Int) {
        self.bits = bits; self.L = L
        w = [Float](repeating: 0, count: (1 << bits) * L)
        acc = w
        trans = [Float](repeating: 0, count: (L + 1) * L)
        transAcc = trans
    }

    /// Emission scores of `n` tokens with `f` features each.
    func scores(_ feats: ArraySlice<UInt32>, n: Int, f: Int, into s: inout [Float]) {
        if s.count < n * L { s = [Float](repeating: 0, count: n * L) }
        let L = self.L
        w.withUnsafeBufferPointer { wp in
            feats.withUnsafeBufferPointer { fp in
                s.withUnsafeMutableBufferPointer { sp in
                    for i in 0..<n {
                        let dst = sp.baseAddress! + i * L
                        for y in 0..<L { dst[y] = 0 }
                        for j in 0..<f {
                            let src = wp.baseAddress! + Int(fp[i * f + j]) * L
                            for y in 0..<L { dst[y] += src[y] }
                        }
                    }
                }
            }
        }
    }

    /// One perceptron step on an example; returns the number of wrong tags.
    mutating func update(_ feats: ArraySlice<UInt32>, gold: [Int], f: Int,
                         scratch s: inout [Float], back: inout [Int32], delta: inout [Float]) -> Int {
        let n = gold.count
        scores(feats, n: n, f: f, into: &s)
        let pred = s.withUnsafeBufferPointer { Viterbi.decode($0, n: n, labels: L, transitions: trans, back: &back, delta: &delta) }
        var wrong = 0
        let base = feats.startIndex
        for i in 0..<n {
            let g = gold[i], p = pred[i]
            let gPrev = i == 0 ? L : gold[i - 1], pPrev = i == 0 ? L : pred[i - 1]
            if g != p {
                wrong += 1
                for j in 0..<f {
                    let row = Int(feats[base + i * f + j]) * L
                    w[row + g] += 1; acc[row + g] += c
                    w[row + p] -= 1; acc[row + p] -= c
                }
            }
            if g != p || gPrev != pPrev {
                trans[gPrev * L + g] += 1; transAcc[gPrev * L + g] += c
                trans[pPrev * L + p] -= 1; transAcc[pPrev * L + p] -= c
            }
        }
        c += 1
        return wrong
    }

}
