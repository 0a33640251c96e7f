/// What both trainers keep: dense hashed weights and transitions with their averaging
/// accumulators (`acc` sums `c · Δw`; the average is `w − acc / c`, Daumé's lazy trick).
protocol AveragedWeights {
    var w: [Float] { get }
    var acc: [Float] { get }
    var trans: [Float] { get }
    var transAcc: [Float] { get }
    /// Number of examples seen + 1.
    var c: Float { get }
}

extension AveragedWeights {
    /// Adds the averaged weights, times `factor`, into dense `w` and `t` (ensembles of runs).
    func addAveraged(into dw: inout [Float], transitions dt: inout [Float], factor: Float) {
        let inv = 1 / c
        for k in 0..<w.count where w[k] != 0 || acc[k] != 0 { dw[k] += factor * (w[k] - acc[k] * inv) }
        for k in 0..<trans.count { dt[k] += factor * (trans[k] - transAcc[k] * inv) }
    }
}

enum SparseWeights {
    /// Dense weights as a sparse model: every bucket with a weight above `threshold`, ascending.
    static func sparse(_ w: [Float], labels L: Int, prune threshold: Float = 0) -> (buckets: [UInt32], weights: [Float]) {
        var buckets: [UInt32] = []
        var weights: [Float] = []
        for b in 0..<(w.count / L) {
            let row = b * L
            var keep = false
            for y in 0..<L where abs(w[row + y]) > threshold { keep = true; break }
            guard keep else { continue }
            buckets.append(UInt32(b))
            weights.append(contentsOf: w[row..<(row + L)])
        }
        return (buckets, weights)
    }
}
