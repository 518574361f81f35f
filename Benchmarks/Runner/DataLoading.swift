import Foundation
import KresbaCore

/// Issue 3's loading benchmark: Kresba's readers (`CSVReader.read`, `GeoReader.read`, in-process)
/// on two real files from `../shared/data`, next to pandas `read_csv` and Python's `json.load` on the
/// same files in the same run. One load = read the file from disk and parse it into a table or layer.
/// Skipped, with a message, when `../shared/data` is absent (a fresh clone has none).
struct DataLoadingBenchmark {
    let root: URL
    let python: String?
    let pythonScript: String
    let warmup: Int
    let iterations: Int

    static let csvPath = "stats/mzcr_pes_okresy.csv"
    static let geoPath = "geo/cz_orp_ruian_sldb2021.geojson"

    func run() throws {
        say("\n## Loading data: Kresba's readers against pandas and json.load\n")
        let shared = root.deletingLastPathComponent().appendingPathComponent("shared/data", isDirectory: true)
        let csv = shared.appendingPathComponent(Self.csvPath)
        let geo = shared.appendingPathComponent(Self.geoPath)
        guard FileManager.default.fileExists(atPath: csv.path),
            FileManager.default.fileExists(atPath: geo.path)
        else {
            say(
                "SKIPPED: \(shared.path) is absent (a fresh clone has no ../shared), so no loading benchmark.\n"
            )
            return
        }
        func load(_ url: URL, _ parse: ([UInt8]) throws -> Void) throws -> (Timing, Int) {
            let size = try [UInt8](Data(contentsOf: url)).count
            let timing = try measure(warmup: warmup, iterations: iterations) {
                try parse([UInt8](try Data(contentsOf: url)))
            }
            return (timing, size)
        }
        var rows = 0
        var features = 0
        let (csvTiming, csvBytes) = try load(csv) { bytes in
            rows = try CSVReader.read(bytes, sourceName: csv.lastPathComponent).rowCount
        }
        let (geoTiming, geoBytes) = try load(geo) { bytes in
            features = try GeoReader.read(bytes, sourceName: geo.lastPathComponent).features.count
        }
        // The 6,000 small features of the grid map (GridMap.write has made it): per-feature costs.
        let grid = root.appendingPathComponent(GridMap.data)
        let (gridTiming, gridBytes) = try load(grid) { bytes in
            _ = try GeoReader.read(bytes, sourceName: grid.lastPathComponent)
        }

        var other: [String: Any]?
        if let python {
            let run = try runProcess([
                python, pythonScript, "load", "--csv", csv.path, "--geojson", geo.path, "--geojson-grid",
                grid.path,
                "--iterations",
                "\(iterations)", "--warmup", "\(warmup)",
            ])
            guard run.status == 0 else { throw BenchError("bench.py load failed (status \(run.status))") }
            other = try lastJSONObject(run.output)
        }
        let pandas = other?["pandas"] as? [String: Any]
        let json = other?["json"] as? [String: Any]
        let jsonGrid = other?["json_grid"] as? [String: Any]

        say(
            "Median of \(iterations) loads after \(warmup) warm-up loads; one load reads the file and parses it."
        )
        say(
            "`\(Self.csvPath)`: \(mb(csvBytes)) MB, \(rows) rows; `\(Self.geoPath)`: \(mb(geoBytes)) MB, \(features) features.\n"
        )
        for (title, suffix) in [("CPU time", "_cpu"), ("wall-clock time", "")] {
            say("### Median \(title) in ms, and MB/s\n")
            var table = Table(header: [
                "file", "Kresba", "Kresba MB/s", "Python", "Python MB/s", "Kresba / Python",
            ])
            func row(_ name: String, _ timing: Timing, bytes: Int, other: [String: Any]?, tool: String) {
                let k = suffix.isEmpty ? timing.wall : timing.cpu
                let p = other?["load" + suffix] as? Double
                table.add([
                    name, fmt(k, 1), fmt(Double(bytes) / 1_000_000 / (k / 1000), 1),
                    p.map { "\(fmt($0, 1)) (\(tool))" } ?? "–",
                    p.map { fmt(Double(bytes) / 1_000_000 / ($0 / 1000), 1) } ?? "–",
                    p.map { fmt(k / $0, 2) } ?? "–",
                ])
            }
            row(
                "CSV (CSVReader.read; pandas.read_csv)", csvTiming, bytes: csvBytes, other: pandas,
                tool: "pandas")
            row(
                "GeoJSON (GeoReader.read; json.load)", geoTiming, bytes: geoBytes, other: json,
                tool: "json.load")
            row(
                "grid GeoJSON, 6,000 features (GeoReader.read; json.load)", gridTiming, bytes: gridBytes,
                other: jsonGrid, tool: "json.load")
            table.show()
            say("")
        }
        if let version = pandas?["version"] { say("pandas \(version), Python \(other?["python"] ?? "?").\n") }
        say("Target (informational): Kresba faster than both (ratio below 1).")
        let csvRatio = (pandas?["load_cpu"] as? Double).map { csvTiming.cpu / $0 }
        let geoRatio = (json?["load_cpu"] as? Double).map { geoTiming.cpu / $0 }
        for (name, ratio) in [("CSV against pandas", csvRatio), ("GeoJSON against json.load", geoRatio)] {
            say(
                "- \(ratio.map { $0 < 1 ? "met" : "MISSED" } ?? "not measured"): \(name)\(ratio.map { " (\(fmt($0, 2))x)" } ?? "")"
            )
        }
        say("")
    }

    private func mb(_ bytes: Int) -> String { fmt(Double(bytes) / 1_000_000, 2) }
}
