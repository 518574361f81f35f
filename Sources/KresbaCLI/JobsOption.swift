import ArgumentParser
import Foundation

/// `--jobs`, shared by `render` and `build`: how many charts are rendered at once.
///
/// Optional, so that the help says "the number of cores" rather than this machine's count (which
/// would also make the generated manual differ from machine to machine).
struct JobsOption: ParsableArguments {
    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("Charts rendered at once (default: the number of cores).", valueName: "n"))
    var jobs: Int?

    /// Read once: ArgumentParser creates the command several times per run, and on Linux each
    /// read of `activeProcessorCount` opens the cgroup files.
    private static let cores = ProcessInfo.processInfo.activeProcessorCount

    /// The number of charts to render at once.
    var count: Int { jobs ?? Self.cores }

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }
}
