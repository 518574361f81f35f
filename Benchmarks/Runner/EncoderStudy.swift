import CZlib
import Foundation
import KresbaCairo
import KresbaCore
import KresbaScene

/// A way of encoding a PNG that the study compares.
private enum Candidate: CustomStringConvertible {
    case kresba(PNGWriter)
    case zlib(level: Int32, filter: PNGRowFilter)
    /// Only the conversion to filtered scanlines, no compression: the floor under every row.
    case scanlinesOnly(filter: PNGRowFilter)

    var description: String {
        switch self {
        case .kresba(.cairo): "Cairo's writer (libpng: zlib 6, adaptive filters)"
        case .kresba(.libdeflate(let level, let filter)): "libdeflate \(level), filter \(filter)"
        case .zlib(let level, let filter): "zlib \(level), filter \(filter)"
        case .scanlinesOnly(let filter): "(scanlines only, filter \(filter), uncompressed size)"
        }
    }

    func encode(_ raster: RasterImage) throws -> [UInt8] {
        switch self {
        case .kresba(let writer):
            return try raster.png(writer: writer)
        case .scanlinesOnly(let filter):
            return try raster.scanlines(filter: filter).bytes
        case .zlib(let level, let filter):
            let lines = try raster.scanlines(filter: filter)
            var size = compressBound(uLong(lines.bytes.count))
            var output = [UInt8](repeating: 0, count: Int(size))
            let status = output.withUnsafeMutableBufferPointer { out in
                lines.bytes.withUnsafeBufferPointer { input in
                    compress2(out.baseAddress, &size, input.baseAddress, uLong(input.count), level)
                }
            }
            guard status == Z_OK else { throw BenchError("zlib failed with \(status)") }
            output.removeSubrange(Int(size)...)
            return PNGFile.assemble(
                width: lines.width, height: lines.height, hasAlpha: lines.hasAlpha, zlibStream: output,
                dpi: nil)
        }
    }
}

private let candidates: [Candidate] =
    [.scanlinesOnly(filter: .none), .scanlinesOnly(filter: .up), .kresba(.cairo)]
    + [1, 2, 3, 4, 5, 6, 7, 9].map { Candidate.kresba(.libdeflate(level: $0, filter: .none)) }
    + [PNGRowFilter.sub, .up, .average, .paeth, .adaptive].map { .kresba(.libdeflate(level: 6, filter: $0)) }
    + [1, 3].map { Candidate.kresba(.libdeflate(level: $0, filter: .up)) }
    + [Int32(1), 6].flatMap { level in
        [PNGRowFilter.none, .up, .adaptive].map { .zlib(level: level, filter: $0) }
    }
    + [.zlib(level: 9, filter: .none)]

/// Encodes every Gallery chart at 2x with every candidate; prints total size, total time and the
/// reference bar chart's own numbers, as a Markdown table.
func encoderStudy(root: URL, fonts: URL, iterations: Int) throws {
    let library = try FontLibrary(directories: [fonts])
    let backend = CairoBackend(fonts: library)
    let compiler = ChartCompiler()
    var specs = try galleryspecs(root.appendingPathComponent("Gallery"))
    specs.append(root.appendingPathComponent(ReferenceChart.all[0].spec))
    var rasters: [(name: String, raster: RasterImage)] = []
    for spec in specs {
        let measurer = try PangoTextMeasurer(fonts: library)
        let scene = try compiler.compile(
            [UInt8](try Data(contentsOf: spec)), file: spec.lastPathComponent,
            baseURL: spec.deletingLastPathComponent(), measurer: measurer
        ).scene
        rasters.append((spec.deletingPathExtension().lastPathComponent, try backend.raster(scene, scale: 2)))
    }
    let referenceIndex = rasters.count - 1
    say("Encoder study: \(rasters.count - 1) Gallery charts at 2x, plus the reference bar chart; ")
    say(
        "median CPU time of \(iterations) encodes per chart, taken round robin. Load average: \(loadAverage()).\n"
    )
    say("| encoder | Gallery total CPU ms | Gallery total KB | reference CPU ms | reference KB |")
    say("| --- | ---: | ---: | ---: | ---: |")
    // Round robin (every candidate on every chart, then again), so that other work on the
    // machine weighs on all candidates alike rather than on whichever ran during a busy spell.
    var times = Array(repeating: Array(repeating: [Double](), count: rasters.count), count: candidates.count)
    var sizes = Array(repeating: Array(repeating: 0, count: rasters.count), count: candidates.count)
    for round in 0...iterations {
        for (c, candidate) in candidates.enumerated() {
            for (r, item) in rasters.enumerated() {
                let start = cpuNowMs()
                sizes[c][r] = try candidate.encode(item.raster).count
                if round > 0 { times[c][r].append(cpuNowMs() - start) }  // round 0 warms up
            }
        }
    }
    for (c, candidate) in candidates.enumerated() {
        let medians = times[c].map(median)
        let galleryMs = medians.dropLast().reduce(0, +)
        let galleryBytes = sizes[c].dropLast().reduce(0, +)
        say(
            "| \(candidate) | \(fmt(galleryMs, 1)) | \(fmt(Double(galleryBytes) / 1024, 0)) | \(fmt(medians[referenceIndex], 2)) | \(fmt(Double(sizes[c][referenceIndex]) / 1024, 0)) |"
        )
    }
}

/// The Gallery's chart specs (every `Gallery/<type>/*.yaml|json` except the invalid examples).
func galleryspecs(_ gallery: URL) throws -> [URL] {
    var result: [URL] = []
    for type in try FileManager.default.contentsOfDirectory(atPath: gallery.path).sorted()
    where type != "invalid" {
        let folder = gallery.appendingPathComponent(type)
        guard let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { continue }
        for file in files.sorted() where file.hasSuffix(".yaml") || file.hasSuffix(".json") {
            result.append(folder.appendingPathComponent(file))
        }
    }
    return result
}

/// `value` with `digits` decimals.
func fmt(_ value: Double, _ digits: Int) -> String {
    value.isNaN ? "n/a" : String(format: "%.\(digits)f", value)
}
