import Foundation

/// The whole suite: in-process medians per reference chart and format for Kresba, the C floor,
/// matplotlib and vl-convert; whole-process times; batch throughput; peak RSS. One table.
struct Suite {
    let options: Options
    let fonts: URL
    let root: URL
    let warmup: Int
    let iterations: Int
    let rounds: Int
    let pythonIterations: Int
    /// vl-convert needs several seconds per PNG of the 6,000-polygon map, so fewer renders there.
    let pythonGridIterations: Int
    let coldCount: Int
    let pythonColdCount: Int
    let batchSize: Int
    let memoryBatchSize: Int
    let scratch: URL

    init(options: Options, fonts: URL) throws {
        self.options = options
        self.fonts = fonts
        root = options.root
        let quick = options.quick
        warmup = quick ? 1 : 5
        rounds = quick ? 1 : 5
        iterations = max(rounds, options.iterations ?? (quick ? 3 : 60))
        pythonIterations = quick ? 2 : 20
        pythonGridIterations = quick ? 1 : 5
        coldCount = quick ? 2 : 20
        pythonColdCount = quick ? 1 : 5
        batchSize = quick ? 20 : 200
        memoryBatchSize = quick ? 40 : 1000
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("kresba-bench-\(getpid())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        try GridMap.write(root: root)
    }

    var kresbaBinary: String { options.kresba ?? root.appendingPathComponent(".build/release/kresba").path }
    var pythonScript: String { root.appendingPathComponent("Benchmarks/python/bench.py").path }

    func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    func run() throws {
        defer { try? FileManager.default.removeItem(at: scratch) }
        say("# Kresba benchmark suite\(options.quick ? " (quick smoke run: numbers mean nothing)" : "")\n")
        say(machineLine())
        say(
            "Medians; in-process: \(iterations) renders in \(rounds) rounds taking turns with the C floor, each round after \(warmup) warm-up renders (Python: \(pythonIterations));"
        )
        say("whole process: \(coldCount) runs (Python: \(pythonColdCount)) after one untimed run.")
        say("Ratios are Kresba / other: below 1 means Kresba is faster.\n")
        say("Load average at the start: \(loadAverage()) (other work on the machine skews every number).\n")
        let chosen = ReferenceChart.all.filter { options.charts.isEmpty || options.charts.contains($0.name) }
        for chart in chosen { try runChart(chart) }
        if chosen.contains(where: { $0.name == "bar" }) { try runBatch(ReferenceChart.all[0]) }
        guard options.charts.isEmpty else { return }
        try DataLoadingBenchmark(
            root: root, python: options.python, pythonScript: pythonScript, warmup: options.quick ? 0 : 3,
            iterations: options.quick ? 1 : 20
        ).run()
        say("\nLoad average at the end: \(loadAverage()).")
    }

    private func machineLine() -> String {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let cpu =
            (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?.split(separator: "\n")
            .first { $0.hasPrefix("model name") }?.split(separator: ":").last?.trimmingCharacters(
                in: .whitespaces)
            ?? "unknown CPU"
        return "Machine: \(cpu), \(cores) cores.\n"
    }

    // MARK: One chart

    private func runChart(_ chart: ReferenceChart) throws {
        let spec = root.appendingPathComponent(chart.spec)
        // Kresba and the C floor take turns, a share of the renders each round, so that other work
        // on the machine weighs on both alike; the result is the median of the rounds' medians.
        var wallRounds: [KresbaTimings] = []
        var cpuRounds: [KresbaTimings] = []
        var floorRounds: [[String: Any]] = []
        for _ in 0..<rounds {
            let (warmup, perRound) = counts(chart)
            // The grid is the one reference chart that reads a geometry file.
            let kresba = try measureKresba(
                spec: spec, fonts: fonts, readsGeometry: chart.name == "grid", warmup: warmup,
                iterations: perRound)
            wallRounds.append(kresba.wall)
            cpuRounds.append(kresba.cpu)
            if let numbers = try floorNumbers(chart) { floorRounds.append(numbers) }
        }
        let wall = KresbaTimings.median(of: wallRounds)
        let cpu = KresbaTimings.median(of: cpuRounds)
        let floor = floorRounds.isEmpty ? nil : medianOfRounds(floorRounds)
        let python = try pythonNumbers(chart)
        let mpl = python?["matplotlib"] as? [String: Any]
        let vl = python?["vl-convert"] as? [String: Any]
        let cold = try coldNumbers(chart)

        say("## \(chart.name) chart, 800 x 500 (PNG at 2x: 1600 x 1000 px)\n")
        say("### In-process renders, median CPU time in ms (the process's, all threads)\n")
        inProcessTable(cpu, floor: floor, mpl: mpl, vl: vl, suffix: "_cpu")
        say("\n### In-process renders, median wall-clock time in ms\n")
        inProcessTable(wall, floor: floor, mpl: mpl, vl: vl, suffix: "")

        say("\n### One whole process per chart (exec to exit), PNG at 2x\n")
        var table = Table(header: ["median", "Kresba", "C floor", "Kresba / C", "matplotlib", "vl-convert"])
        func row(_ name: String, _ value: (ProcessCost) -> Double, cairo: Bool = false) {
            let k = cairo ? nil : cold.kresba.map(value)
            let c = (cairo ? cold.floorCairo : cold.floor).map(value)
            table.add([
                name, cell(k), cell(c), ratio(k, c), cell(cairo ? nil : cold.mpl.map(value)),
                cell(cairo ? nil : cold.vl.map(value)),
            ])
        }
        row("wall ms", \.wallMs)
        row("CPU ms (user + sys)", \.cpuMs)
        row("peak RSS MB (one run, GNU time)", \.peakRSSMB)
        row("wall ms, Cairo's PNG writer", \.wallMs, cairo: true)
        row("CPU ms, Cairo's PNG writer", \.cpuMs, cairo: true)
        table.show()

        say("\nKresba's PNG render in stages (CPU ms): spec, data and layout \(fmt(cpu.compile, 2)), drawing")
        say(
            "\(fmt(cpu.draw, 2)), encoding \(fmt(cpu.encode, 2)). C floor: drawing \(cell(floor?["draw_cpu"] as? Double)), encoding \(cell(floor?["encode_cpu"] as? Double));"
        )
        say(
            "the C floor's PNG with a new font map for every render (as Kresba did before it kept them): \(cell(floor?["png_new_font_map_cpu"] as? Double))."
        )
        say(
            "PNG size: Kresba \(cpu.pngBytes / 1024) KB, with Cairo's writer \(cpu.pngCairoWriterBytes / 1024) KB; C floor \(fmt(((floor?["png_bytes"] as? Double) ?? .nan) / 1024, 0)) KB."
        )
        if let mpl, let vl {
            say("Versions: matplotlib \(mpl["version"] ?? "?"), vl-convert-python \(vl["version"] ?? "?").")
        }
        say("")
        // The issue's targets are stated for the bar chart.
        if chart.name == "bar" { checkTargets(kresba: cpu, floor: floor, mpl: mpl, vl: vl, cold: cold) }
        if chart.name == "grid" { checkGridTargets(kresba: cpu, floor: floor, mpl: mpl, vl: vl) }
    }

    /// The in-process table; `suffix` picks the helpers' CPU (`_cpu`) or wall-clock ("") numbers.
    private func inProcessTable(
        _ kresba: KresbaTimings, floor: [String: Any]?, mpl: [String: Any]?, vl: [String: Any]?,
        suffix: String
    ) {
        var table = Table(
            header: [
                "render", "Kresba", "C floor", "Kresba / C", "matplotlib", "Kresba / mpl", "vl-convert",
                "Kresba / vl",
            ])
        func row(_ name: String, _ k: Double?, _ key: String?, python: Bool = true) {
            let c = key.flatMap { floor?[$0 + suffix] as? Double }
            let m = python ? key.flatMap { mpl?[$0 + suffix] as? Double } : nil
            let v = python ? key.flatMap { vl?[$0 + suffix] as? Double } : nil
            table.add([name, cell(k), cell(c), ratio(k, c), cell(m), ratio(k, m), cell(v), ratio(k, v)])
        }
        row("PNG", kresba.png, "png")
        row("SVG", kresba.svg, "svg")
        row("PDF", kresba.pdf, "pdf")
        row("PNG, Cairo's PNG writer", kresba.pngCairoWriter, "png_cairo", python: false)
        row("PNG, a new Renderer for every render (nothing kept)", kresba.pngFresh, "png", python: false)
        if !kresba.pngFirstRead.isNaN {
            row(
                "PNG, map files read anew for every render (a first read)", kresba.pngFirstRead, "png",
                python: false)
        }
        table.show()
    }

    private func checkTargets(
        kresba: KresbaTimings, floor: [String: Any]?, mpl: [String: Any]?, vl: [String: Any]?,
        cold: ColdNumbers
    ) {
        var lines: [String] = []
        func target(_ text: String, _ met: Bool?) {
            lines.append("- \(met.map { $0 ? "met" : "MISSED" } ?? "not measured"): \(text)")
        }
        target("PNG in-process ≤ 10 ms (\(fmt(kresba.png, 2)) ms)", kresba.png <= 10)
        target(
            "PNG ≥ 3x faster than Cairo's writer (\(fmt(kresba.pngCairoWriter / kresba.png, 1))x)",
            kresba.pngCairoWriter / kresba.png >= 3)
        if let m = mpl?["png_cpu"] as? Double {
            target("PNG ≥ 7x faster than matplotlib (\(fmt(m / kresba.png, 1))x)", m / kresba.png >= 7)
        } else {
            target("PNG ≥ 7x faster than matplotlib", nil)
        }
        if let v = vl?["png_cpu"] as? Double {
            target("PNG ≥ 12x faster than vl-convert (\(fmt(v / kresba.png, 1))x)", v / kresba.png >= 12)
        } else {
            target("PNG ≥ 12x faster than vl-convert", nil)
        }
        for (format, k) in [("SVG", kresba.svg), ("PDF", kresba.pdf)] {
            if let c = floor?[format.lowercased() + "_cpu"] as? Double {
                target("\(format) within 1.5x of the C floor (\(fmt(k / c, 2))x)", k / c <= 1.5)
            } else {
                target("\(format) within 1.5x of the C floor", nil)
            }
        }
        if let k = cold.kresba, let c = cold.floor {
            target(
                "one process within 1.3x of the C program's (wall \(fmt(k.wallMs / c.wallMs, 2))x, CPU \(fmt(k.cpuMs / c.cpuMs, 2))x)",
                k.cpuMs / c.cpuMs <= 1.3)
            target("peak RSS for one chart ≤ 40 MB (\(fmt(k.peakRSSMB, 1)) MB)", k.peakRSSMB <= 40)
        }
        say("Targets, judged on CPU medians (informational; nothing here fails a build):")
        lines.forEach { say($0) }
        say("")
    }

    /// Issues 6 and 7: the 6,000-polygon choropleth from GeoJSON to PNG at most 1.3x the C floor and
    /// faster than matplotlib and vl-convert; against the floor both with the geometry kept from an
    /// earlier render and with the GeoJSON read and parsed anew (the C floor computes its cells).
    private func checkGridTargets(
        kresba: KresbaTimings, floor: [String: Any]?, mpl: [String: Any]?, vl: [String: Any]?
    ) {
        say("Targets for the 6,000-polygon map, judged on CPU medians (informational):")
        for (name, limit, other, png) in [
            ("the C floor", 1.3, floor?["png_cpu"] as? Double, kresba.png),
            ("the C floor, the GeoJSON read anew", 1.3, floor?["png_cpu"] as? Double, kresba.pngFirstRead),
            ("matplotlib", 1.0, mpl?["png_cpu"] as? Double, kresba.pngFirstRead),
            ("vl-convert", 1.0, vl?["png_cpu"] as? Double, kresba.pngFirstRead),
        ] {
            let text = limit == 1 ? "PNG faster than \(name)" : "PNG within \(fmt(limit, 1))x of \(name)"
            if let other {
                let r = png / other
                say(
                    "- \(r <= limit ? "met" : "MISSED"): \(text) (\(fmt(r, 2))x: \(fmt(png, 1)) against \(fmt(other, 1)) ms)"
                )
            } else {
                say("- not measured: \(text)")
            }
        }
        say("")
    }

    /// Warm-up renders and renders per round for `chart`. The quick smoke run renders the 6,000-polygon
    /// map once per measurement (a debug build takes about 0.6 s per render), so CI stays cheap.
    private func counts(_ chart: ReferenceChart) -> (warmup: Int, perRound: Int) {
        options.quick && chart.name == "grid" ? (0, 1) : (warmup, iterations / rounds)
    }

    private func floorNumbers(_ chart: ReferenceChart) throws -> [String: Any]? {
        guard let floor = options.floor, chart.inFloor else { return nil }
        let (warmup, perRound) = counts(chart)
        let run = try runProcess([
            floor, "bench", "--chart", chart.name, "--fonts", fonts.path, "--data", path(chart.data),
            "--iterations", "\(perRound)", "--warmup", "\(warmup)",
        ])
        guard run.status == 0 else { throw BenchError("the C floor failed (status \(run.status))") }
        return try lastJSONObject(run.output)
    }

    private func pythonNumbers(_ chart: ReferenceChart) throws -> [String: Any]? {
        guard let python = options.python, chart.inPython else { return nil }
        let run = try runProcess([
            python, pythonScript, "bench", "--chart", chart.name, "--fonts", fonts.path, "--data",
            path(chart.data), "--iterations",
            "\(chart.name == "grid" ? pythonGridIterations : pythonIterations)",
            "--warmup", "\(chart.name == "grid" ? 1 : 2)",
        ])
        guard run.status == 0 else { throw BenchError("bench.py failed (status \(run.status))") }
        return try lastJSONObject(run.output)
    }

    struct ColdNumbers {
        var kresba: ProcessCost?
        var floor: ProcessCost?
        var floorCairo: ProcessCost?
        var mpl: ProcessCost?
        var vl: ProcessCost?
    }

    private func coldNumbers(_ chart: ReferenceChart) throws -> ColdNumbers {
        var numbers = ColdNumbers()
        let out = scratch.appendingPathComponent("cold-\(chart.name)").path
        numbers.kresba = try coldProcess(
            [kresbaBinary, "render", path(chart.spec), "--out", out, "--scale", "2", "--quiet"],
            count: coldCount)
        if let floor = options.floor, chart.inFloor {
            let base = [
                floor, "once", "--chart", chart.name, "--fonts", fonts.path, "--data", path(chart.data),
            ]
            numbers.floor = try coldProcess(base + ["--out", out + "/floor.png"], count: coldCount)
            numbers.floorCairo = try coldProcess(
                base + ["--out", out + "/floor-cairo.png", "--cairo-writer"], count: coldCount)
        }
        if let python = options.python, chart.inPython {
            for tool in ["matplotlib", "vl-convert"] {
                let result = try coldProcess(
                    [
                        python, pythonScript, "once", "--tool", tool, "--chart", chart.name, "--fonts",
                        fonts.path,
                        "--data", path(chart.data), "--out", out + "/\(tool).png",
                    ], count: pythonColdCount)
                if tool == "matplotlib" { numbers.mpl = result } else { numbers.vl = result }
            }
        }
        return numbers
    }

    // MARK: Batches

    /// `count` copies of the chart's spec, with its data, in a fresh folder; returns their paths.
    private func makeBatch(_ chart: ReferenceChart, count: Int) throws -> [String] {
        let folder = scratch.appendingPathComponent("batch-\(count)")
        let source = root.appendingPathComponent(chart.spec)
        let dataFolder = root.appendingPathComponent(chart.data).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: dataFolder, to: folder.appendingPathComponent(dataFolder.lastPathComponent))
        let text = try String(contentsOf: source, encoding: .utf8)
        return try (0..<count).map { i in
            let file = folder.appendingPathComponent(String(format: "\(chart.name)-%04d.yaml", i))
            try text.write(to: file, atomically: false, encoding: .utf8)
            return file.path
        }
    }

    private func runBatch(_ chart: ReferenceChart) throws {
        let specs = try makeBatch(chart, count: batchSize)
        say("## Batches: `kresba render` of \(batchSize) \(chart.name) specs to PNG at 2x in one process\n")
        var table = Table(header: [
            "--jobs", "wall ms (median of 3)", "charts / s", "CPU ms per chart", "peak RSS MB",
        ])
        var rates: [Int: Double] = [:]
        for jobs in [1, 2] {
            let out = scratch.appendingPathComponent("batch-out-\(jobs)").path
            let command =
                [kresbaBinary, "render"] + specs + [
                    "--out", out, "--scale", "2", "--quiet", "--jobs", "\(jobs)",
                ]
            let result = try coldProcess(command, count: options.quick ? 1 : 3)
            rates[jobs] = Double(batchSize) / (result.wallMs / 1000)
            table.add([
                "\(jobs)", fmt(result.wallMs, 0), fmt(rates[jobs] ?? .nan, 0),
                fmt(result.cpuMs / Double(batchSize), 1),
                fmt(result.peakRSSMB, 1),
            ])
        }
        table.show()
        let scaling = (rates[2] ?? .nan) / (rates[1] ?? .nan)
        say("\nScaling from 1 to 2 jobs: \(fmt(scaling, 2))x.")

        let many = try makeBatch(chart, count: memoryBatchSize)
        let out = scratch.appendingPathComponent("batch-out-many").path
        let memory = try peakRSS(
            [kresbaBinary, "render"] + many + ["--out", out, "--scale", "2", "--quiet", "--jobs", "2"])
        say("\(memoryBatchSize) specs in one process (--jobs 2): peak RSS \(fmt(memory, 1)) MB.\n")
        say("Targets (informational):")
        let perSecond = rates[2] ?? .nan
        say("- \(perSecond >= 150 ? "met" : "MISSED"): ≥ 150 charts/s with --jobs 2 (\(fmt(perSecond, 0)))")
        say("- \(scaling >= 1.8 ? "met" : "MISSED"): ≥ 1.8x from 1 to 2 jobs (\(fmt(scaling, 2))x)")
        say(
            "- \(memory <= 150 ? "met" : "MISSED"): \(memoryBatchSize) charts in one process ≤ 150 MB (\(fmt(memory, 1)) MB)"
        )
    }
}

private func cell(_ value: Double?) -> String {
    guard let value else { return "–" }
    return fmt(value, value < 10 ? 2 : value < 100 ? 1 : 0)
}

private func ratio(_ a: Double?, _ b: Double?) -> String {
    guard let a, let b, b > 0 else { return "–" }
    return fmt(a / b, 2)
}

/// A Markdown table.
struct Table {
    var header: [String]
    var rows: [[String]] = []

    mutating func add(_ row: [String]) { rows.append(row) }

    func show() {
        say("| " + header.joined(separator: " | ") + " |")
        say(
            "| " + header.enumerated().map { $0.offset == 0 ? "---" : "---:" }.joined(separator: " | ") + " |"
        )
        for row in rows { say("| " + row.joined(separator: " | ") + " |") }
    }
}

/// The median of each number over the rounds (the first round's other values kept).
func medianOfRounds(_ rounds: [[String: Any]]) -> [String: Any] {
    var result = rounds[0]
    for (key, value) in rounds[0] where value is Double {
        result[key] = median(rounds.compactMap { $0[key] as? Double })
    }
    return result
}
