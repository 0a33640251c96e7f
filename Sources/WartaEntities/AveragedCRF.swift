import Foundation

/// Linear-chain CRF trained by averaged stochastic gradient descent on the log-likelihood, with
/// a sparse L2 penalty on the features of each sentence. Same hashed weights, same BIO
/// constraints and same Viterbi decoding as the perceptron; only the update differs: every tag of
/// every token moves by its marginal error instead of only the wrong Viterbi tags, which
/// generalizes better on small training sets (Lafferty et al. 2001; averaged SGD: Xu 2011).
struct AveragedCRF: AveragedWeights {
    let bits: Int
    let L: Int
    var w: [Float]
    var acc: [Float]
    var trans: [Float]
    var transAcc: [Float]
    var c: Float = 1
    /// Learning rate and L2 strength.
    var rate: Float = 0.05
    var l2: Float = 1e-4

    init(bits: Int, labels L: Int) {
        self.bits = bits; self.L = L
        w = [Float](repeating: 0, count: (1 << bits) * L)
        acc = w
        trans = [Float](repeating: 0, count: (L + 1) * L)
        transAcc = trans
    }

    @inline(__always) static func logSumExp(_ a: UnsafeMutablePointer<Float>, _ n: Int) -> Float {
        var m = -Float.infinity
        for k in 0..<n where a[k] > m { m = a[k] }
        if m == -Float.infinity { return m }
        var s: Float = 0
        for k in 0..<n { s += expf(a[k] - m) }
        return m + logf(s)
    }

    /// One SGD step on a sentence; returns its negative log-likelihood.
    mutating func update(_ feats: ArraySlice<UInt32>, gold: [Int], f: Int, scratch s: inout [Float]) -> Float {
        let n = gold.count, L = self.L
        let need = n * L * 3 + L * 2
        if s.count < need { s = [Float](repeating: 0, count: need) }
        let base = feats.startIndex
        let ninf = -Float.infinity
        var loss: Float = 0
        s.withUnsafeMutableBufferPointer { sp in
            let e = sp.baseAddress!, alpha = e + n * L, beta = alpha + n * L, tmp = beta + n * L
            // Emissions.
            w.withUnsafeBufferPointer { wp in
                for i in 0..<n {
                    for y in 0..<L { e[i * L + y] = 0 }
                    for j in 0..<f {
                        let src = wp.baseAddress! + Int(feats[base + i * f + j]) * L
                        for y in 0..<L { e[i * L + y] += src[y] }
                    }
                }
            }
            // Forward.
            for y in 0..<L { alpha[y] = BIOLabels.allowed(-1, y) ? trans[L * L + y] + e[y] : ninf }
            if n > 1 {
                for i in 1..<n {
                    for y in 0..<L {
                        for p in 0..<L { tmp[p] = BIOLabels.allowed(p, y) ? alpha[(i - 1) * L + p] + trans[p * L + y] : ninf }
                        alpha[i * L + y] = e[i * L + y] + Self.logSumExp(tmp, L)
                    }
                }
            }
            // Backward.
            for y in 0..<L { beta[(n - 1) * L + y] = 0 }
            var i = n - 2
            while i >= 0 {
                for p in 0..<L {
                    for y in 0..<L {
                        tmp[y] = BIOLabels.allowed(p, y) ? trans[p * L + y] + e[(i + 1) * L + y] + beta[(i + 1) * L + y] : ninf
                    }
                    beta[i * L + p] = Self.logSumExp(tmp, L)
                }
                i -= 1
            }
            let z = Self.logSumExp(alpha + (n - 1) * L, L)
            // Gold score for the loss.
            var goldScore: Float = trans[L * L + gold[0]] + e[gold[0]]
            for i in 1..<max(1, n) where n > 1 { goldScore += trans[gold[i - 1] * L + gold[i]] + e[i * L + gold[i]] }
            loss = z - goldScore
            // Emission gradients: marginal − gold indicator, plus L2 on the touched weights.
            let r = rate, cr = c * rate
            for i in 0..<n {
                var g = [Float](repeating: 0, count: L)
                for y in 0..<L {
                    let m = alpha[i * L + y] + beta[i * L + y] - z
                    g[y] = (m > -30 ? expf(m) : 0) - (gold[i] == y ? 1 : 0)
                }
                for j in 0..<f {
                    let row = Int(feats[base + i * f + j]) * L
                    for y in 0..<L {
                        let d = -r * (g[y] + l2 * w[row + y])
                        if d != 0 { w[row + y] += d; acc[row + y] += c * d }
                    }
                }
            }
            // Transition gradients.
            for y in 0..<L where BIOLabels.allowed(-1, y) {
                let m = alpha[y] + beta[y] - z
                let g = (m > -30 ? expf(m) : 0) - (gold[0] == y ? 1 : 0)
                trans[L * L + y] -= r * g; transAcc[L * L + y] -= cr * g
            }
            if n > 1 {
                for i in 1..<n {
                    for p in 0..<L {
                        let ap = alpha[(i - 1) * L + p]
                        if ap == ninf { continue }
                        for y in 0..<L where BIOLabels.allowed(p, y) {
                            let m = ap + trans[p * L + y] + e[i * L + y] + beta[i * L + y] - z
                            let g = (m > -30 ? expf(m) : 0) - (gold[i - 1] == p && gold[i] == y ? 1 : 0)
                            if g != 0 { trans[p * L + y] -= r * g; transAcc[p * L + y] -= cr * g }
                        }
                    }
                }
            }
        }
        c += 1
        return loss
    }
}
