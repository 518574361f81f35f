// kresba-bench: the benchmark suite's runner. See Benchmarks/README.md; normally started by
// Benchmarks/run.sh, which builds everything it needs first.
//
//   kresba-bench [--quick] [--root DIR] [--floor PATH] [--python PATH] [--chart NAME ...]
//                                                    the suite, one table (only the named charts)
//   kresba-bench encoders [--iterations N] [--root DIR]                  the PNG encoder study
//   kresba-bench loop [--iterations N] [--root DIR] [--chart NAME] [--format png|svg|pdf]
//                     [--stages] [--fresh | --cold-data]
//                                                    renders one chart in a loop, for perf; wall
//                                                    and CPU medians (and of the PNG stages)
//   kresba-bench loading [--quick] [--root DIR] [--python PATH]   the loading benchmark alone
//   kresba-bench csv-loop [--iterations N] [--root DIR]   CSVReader.read on the loading CSV, for perf
//   kresba-bench geo-loop [--iterations N] [--root DIR] [--file PATH]   GeoReader.read on the grid's
//                                      GeoJSON (or the file at PATH), for perf
//   kresba-bench csv-dump < PATHS      prints CSVReader.read's table or error for each path (one a line)
//                                      under several options, to diff two builds of the reader
import Foundation
import Kresba
import KresbaCore

struct Options {
    var command = "suite"
    var quick = false
    var root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    var kresba: String?
    var floor: String?
    var python: String?
    var iterations: Int?
    /// `--chart`, repeatable: the reference charts to measure (all when empty). Without `bar`
    /// the suite also skips the batches, which use the bar chart.
    var charts: [String] = []
    /// `--format` for `loop`.
    var format = "png"
    /// `--stages` for `loop`: also the CPU medians of the PNG render's stages.
    var stages = false
    /// `--fresh` for `loop`: a new `Renderer` for every render, so nothing is kept between them.
    var fresh = false
    /// `--cold-data` for `loop`: one `Renderer`, but it forgets the parsed geometry before every
    /// render, so each reads its map file as for the first time.
    var coldData = false
    /// geo-loop: the file to read instead of the grid.
    var file: String?

    init(_ arguments: [String]) throws {
        var rest = arguments[...]
        func value(_ name: String) throws -> String {
            guard let next = rest.popFirst() else { throw BenchError("\(name) needs a value") }
            return next
        }
        while let argument = rest.popFirst() {
            switch argument {
            case "suite", "encoders", "loop", "loading", "csv-loop", "csv-dump", "geo-loop":
                command = argument
            case "--quick": quick = true
            case "--root": root = URL(fileURLWithPath: try value(argument))
            case "--kresba": kresba = try value(argument)
            case "--floor": floor = try value(argument)
            case "--python": python = try value(argument)
            case "--iterations": iterations = Int(try value(argument))
            case "--chart": charts.append(try value(argument))
            case "--format": format = try value(argument)
            case "--stages": stages = true
            case "--fresh": fresh = true
            case "--cold-data": coldData = true
            case "--file": file = try value(argument)
            case "-h", "--help":
                say("usage: kresba-bench [suite|encoders] [--quick] [--root DIR] [--kresba PATH]")
                say("       [--floor PATH] [--python PATH] [--iterations N] [--chart NAME] [--format F]")
                exit(0)
            default: throw BenchError("unknown argument \(argument)")
            }
        }
    }
}

do {
    let options = try Options(Array(CommandLine.arguments.dropFirst()))
    let fonts = options.root.appendingPathComponent("Fonts", isDirectory: true)
    switch options.command {
    case "encoders":
        try encoderStudy(
            root: options.root, fonts: fonts, iterations: options.iterations ?? (options.quick ? 1 : 9))
    case "loop":
        let renderer = try Renderer(options: RenderOptions(fontDirectories: [fonts]))
        let name = options.charts.first ?? "bar"
        guard let chart = ReferenceChart.all.first(where: { $0.name == name }) else {
            throw BenchError("no reference chart named \(name)")
        }
        if chart.name == "grid" { try GridMap.write(root: options.root) }
        let format: OutputFormat
        switch options.format {
        case "svg": format = .svg
        case "pdf": format = .pdf
        default: format = .png(scale: 2)
        }
        let spec = options.root.appendingPathComponent(chart.spec)
        // Geometry is forgotten before the clock starts: freeing the previous layer is no part of
        // a first read.
        let timing = try measure(
            warmup: 1, iterations: options.iterations ?? 200,
            prepare: { if options.coldData { renderer.forgetGeometry() } }
        ) {
            let current =
                options.fresh ? try Renderer(options: RenderOptions(fontDirectories: [fonts])) : renderer
            _ = try current.render(specAt: spec, as: format)
        }
        say("median \(fmt(timing.cpu, 2)) ms CPU, \(fmt(timing.wall, 2)) ms wall")
        if options.stages {
            let stages = try measureStages(spec: spec, fonts: fonts, iterations: options.iterations ?? 200)
            say(
                "stages, CPU medians: spec, data and layout \(fmt(stages.compile.cpu, 2)) ms "
                    + "(\(fmt(stages.compileCold.cpu, 2)) ms with data read anew), "
                    + "drawing \(fmt(stages.draw.cpu, 2)) ms, encoding \(fmt(stages.encode.cpu, 2)) ms")
        }
    case "loading":
        try GridMap.write(root: options.root)
        try DataLoadingBenchmark(
            root: options.root, python: options.python,
            pythonScript: options.root.appendingPathComponent("Benchmarks/python/bench.py").path,
            warmup: options.quick ? 0 : 3, iterations: options.quick ? 1 : 20
        ).run()
    case "csv-dump":
        // Default options, each decimal mark forced, and every column declared as each type in turn
        // (which reaches the mismatch errors).
        while let path = readLine() {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            var variants: [(String, CSVOptions)] = [("default", CSVOptions())]
            var comma = CSVOptions()
            comma.decimal = ","
            var point = CSVOptions()
            point.decimal = "."
            variants += [("comma", comma), ("point", point)]
            let names = (try? CSVReader.read(bytes, sourceName: "f").fieldNames) ?? []
            for type in [FieldType.number, .integer, .date, .boolean, .text] where !names.isEmpty {
                var declared = CSVOptions()
                declared.fieldTypes = Dictionary(uniqueKeysWithValues: names.map { ($0, type) })
                variants.append(("\(type)", declared))
            }
            for (name, options) in variants {
                do {
                    let table = try CSVReader.read(bytes, sourceName: "f", options: options)
                    print("== \(path) \(name)\n\(table)")
                } catch {
                    print("== \(path) \(name) ERROR \(error)")
                }
            }
        }
    case "csv-loop":
        let csv = options.root.deletingLastPathComponent()
            .appendingPathComponent("shared/data/" + DataLoadingBenchmark.csvPath)
        // Like the loading benchmark: each load reads the file too (fresh memory every time).
        let timing = try measure(warmup: 3, iterations: options.iterations ?? 200) {
            _ = try CSVReader.read([UInt8](try Data(contentsOf: csv)), sourceName: csv.lastPathComponent)
        }
        say("CSVReader.read median: CPU \(fmt(timing.cpu, 2)) ms, wall \(fmt(timing.wall, 2)) ms")
    case "geo-loop":
        try GridMap.write(root: options.root)
        let grid =
            options.file.map { URL(fileURLWithPath: $0) } ?? options.root.appendingPathComponent(GridMap.data)
        let bytes = [UInt8](try Data(contentsOf: grid))
        // The previous layer is freed before the clock starts.
        var layer: GeoLayer?
        let timing = try measure(warmup: 3, iterations: options.iterations ?? 200, prepare: { layer = nil }) {
            layer = try GeoReader.read(bytes, sourceName: grid.lastPathComponent)
        }
        _ = layer
        say(
            "GeoReader.read median (\(options.file == nil ? "the grid's GeoJSON" : grid.lastPathComponent)): CPU \(fmt(timing.cpu, 2)) ms, wall \(fmt(timing.wall, 2)) ms"
        )
    default:
        try Suite(options: options, fonts: fonts).run()
    }
} catch {
    FileHandle.standardError.write(Data("kresba-bench: \(error)\n".utf8))
    exit(1)
}
