import Foundation
import Warta

/// A one-line progress display on stderr (only when stderr is a terminal): records, records/s,
/// errors, and an ETA when the total is known. Redrawn at most twice a second.
struct Progress {
    let enabled: Bool
    let total: Int?
    let started = ResourceUsage.now()
    var lastDraw = 0.0
    var drawn = false

    init(enabled: Bool, total: Int?) { self.enabled = enabled; self.total = total }

    mutating func tick(records: Int, errors: Int) {
        guard enabled else { return }
        let now = ResourceUsage.now()
        guard now - lastDraw >= 0.5 else { return }
        lastDraw = now
        let secs = max(now - started, 1e-9)
        let rate = Double(records) / secs
        var line = String(format: "\rwarta: %d", records)
        if let total { line += String(format: "/%d", total) }
        line += String(format: " records, %.1f/s, %d errors", rate, errors)
        if let total, rate > 0, records < total {
            let eta = Int(Double(total - records) / rate)
            line += String(format: ", ETA %d:%02d", eta / 60, eta % 60)
        }
        var bytes = Array((line + "\u{1B}[K").utf8)
        RawOutput.writeAll(fd: 2, &bytes)
        drawn = true
    }

    /// Erases the progress line before the final summary.
    mutating func clear() {
        guard drawn else { return }
        var bytes = Array("\r\u{1B}[K".utf8)
        RawOutput.writeAll(fd: 2, &bytes)
        drawn = false
    }
}
