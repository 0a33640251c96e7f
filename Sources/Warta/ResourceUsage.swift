#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Process resource figures for summaries and benchmarks.
public enum ResourceUsage {
    /// Peak resident set size in MB (`getrusage` ru_maxrss; KB on Linux).
    public static var peakRSSMegabytes: Double {
        var u = rusage()
        #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &u)
        #else
        getrusage(RUSAGE_SELF, &u)
        #endif
        #if os(Linux)
        return Double(u.ru_maxrss) / 1024
        #else
        return Double(u.ru_maxrss) / (1024 * 1024)
        #endif
    }

    /// Monotonic seconds.
    public static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
