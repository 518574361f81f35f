import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Monotonic time in milliseconds.
func nowMs() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1_000_000
}

/// The median of `values` (the mean of the middle two for an even count).
func median(_ values: [Double]) -> Double {
    guard !values.isEmpty else { return .nan }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/// CPU time of the whole process (all threads) in milliseconds.
func cpuNowMs() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1_000_000
}

/// Medians of one measurement: wall-clock time, and the process's CPU time (which other work on
/// a busy machine disturbs far less; on an idle machine the two agree for single-threaded work).
struct Timing {
    var wall: Double
    var cpu: Double
}

/// Runs `body` `warmup` times untimed, then `iterations` times; medians in ms. `prepare` runs
/// before each, untimed (e.g. to forget what the previous run kept).
func measure(
    warmup: Int, iterations: Int, prepare: () -> Void = {}, _ body: () throws -> Void
) rethrows -> Timing {
    for _ in 0..<warmup {
        prepare()
        try body()
    }
    var walls: [Double] = []
    var cpus: [Double] = []
    for _ in 0..<iterations {
        prepare()
        let start = nowMs()
        let cpuStart = cpuNowMs()
        try body()
        cpus.append(cpuNowMs() - cpuStart)
        walls.append(nowMs() - start)
    }
    return Timing(wall: median(walls), cpu: median(cpus))
}

/// The wall-clock median in ms (see ``measure(warmup:iterations:_:)``).
func medianMs(warmup: Int, iterations: Int, _ body: () throws -> Void) rethrows -> Double {
    try measure(warmup: warmup, iterations: iterations, body).wall
}

/// What one child process cost.
struct ProcessRun {
    /// Wall time from spawn to exit, in ms.
    var wallMs: Double
    /// CPU time (user + system, all threads) in ms: less disturbed by other work on the machine.
    var cpuMs: Double
    /// Exit status (the raw wait status; 0 is success).
    var status: Int32
    /// What it wrote to standard output.
    var output: String
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Runs `arguments[0]` (a path) with the rest as arguments, standard output captured in a file
/// and standard error passed through, and measures the wall time.
func runProcess(_ arguments: [String], environment: [String: String]? = nil) throws -> ProcessRun {
    let outputPath = FileManager.default.temporaryDirectory
        .appendingPathComponent("kresba-bench-\(getpid())-stdout.txt").path
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    let env = environment ?? ProcessInfo.processInfo.environment
    let envp: [UnsafeMutablePointer<CChar>?] = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for pointer in envp { free(pointer) } }
    var pid: pid_t = 0
    let start = nowMs()
    let spawned = posix_spawn(&pid, arguments[0], &actions, nil, argv, envp)
    guard spawned == 0 else { throw BenchError("cannot start \(arguments[0]): error \(spawned)") }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 {
        guard errno == EINTR else { throw BenchError("wait4 failed for \(arguments[0])") }
    }
    let wall = nowMs() - start
    let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    try? FileManager.default.removeItem(atPath: outputPath)
    let cpu =
        Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000
        + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000
    return ProcessRun(wallMs: wall, cpuMs: cpu, status: status, output: output)
}

/// Runs a command `count` times (after one untimed run that warms the page cache) and returns
/// the median wall time, and the peak RSS of one more run made under GNU time.
///
/// Peak RSS cannot come from our own wait4: glibc's posix_spawn shares this process's memory
/// until exec, and Linux records that memory's high-water mark as the child's at exec, so every
/// child would seem as large as the runner. GNU time forks a small process first. Without
/// /usr/bin/time (Debian package `time`) the RSS is reported as not measured.
func coldProcess(_ arguments: [String], count: Int, environment: [String: String]? = nil) throws
    -> ProcessCost
{
    let first = try runProcess(arguments, environment: environment)
    guard first.status == 0 else {
        throw BenchError("\(arguments.joined(separator: " ")) failed with status \(first.status)")
    }
    var walls: [Double] = []
    var cpus: [Double] = []
    for _ in 0..<count {
        let run = try runProcess(arguments, environment: environment)
        guard run.status == 0 else { throw BenchError("\(arguments[0]) failed with status \(run.status)") }
        walls.append(run.wallMs)
        cpus.append(run.cpuMs)
    }
    return ProcessCost(
        wallMs: median(walls), cpuMs: median(cpus),
        peakRSSMB: try peakRSS(arguments, environment: environment))
}

/// Medians of whole-process runs, and the peak RSS of one.
struct ProcessCost {
    var wallMs: Double
    var cpuMs: Double
    var peakRSSMB: Double
}

/// The peak RSS in MB of one run of `arguments`, measured by GNU time; NaN without it.
func peakRSS(_ arguments: [String], environment: [String: String]? = nil) throws -> Double {
    let time = "/usr/bin/time"
    guard FileManager.default.isExecutableFile(atPath: time) else { return .nan }
    let report = FileManager.default.temporaryDirectory.appendingPathComponent(
        "kresba-bench-\(getpid())-rss.txt")
    defer { try? FileManager.default.removeItem(at: report) }
    let run = try runProcess([time, "-f", "%M", "-o", report.path] + arguments, environment: environment)
    guard run.status == 0 else { throw BenchError("\(arguments[0]) failed with status \(run.status)") }
    let text = try String(contentsOf: report, encoding: .utf8)
    guard let kilobytes = text.split(separator: "\n").last.flatMap({ Double($0) }) else {
        throw BenchError("cannot read GNU time's report: \(text)")
    }
    return kilobytes / 1024
}

/// The 1-minute load average: other work on the machine skews every number.
func loadAverage() -> String {
    (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3)
        .joined(separator: " ") ?? "unknown"
}

/// The JSON object a helper program printed as its last line of output.
func lastJSONObject(_ output: String) throws -> [String: Any] {
    guard let line = output.split(separator: "\n").last(where: { $0.hasPrefix("{") }),
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
    else { throw BenchError("expected a JSON line in the output, got: \(output.prefix(300))") }
    return object
}

/// Writes a line to standard output at once (unbuffered, so a long run shows its progress).
func say(_ text: String = "") {
    var line = text + "\n"
    line.withUTF8 { bytes in _ = write(1, bytes.baseAddress, bytes.count) }
}
