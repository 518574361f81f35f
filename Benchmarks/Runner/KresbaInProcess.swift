import Foundation
import Kresba
import KresbaCairo
import KresbaCore
import KresbaScene

/// Medians of Kresba's in-process renders of one spec.
struct KresbaTimings {
    var png: Double
    var pngCairoWriter: Double
    var svg: Double
    var pdf: Double
    /// PNG with a new `Renderer` for every render: fonts loaded, nothing kept from earlier renders.
    var pngFresh: Double
    /// PNG by one `Renderer` that forgets parsed geometry before every render, so each reads its map
    /// files as for the first time (fonts and memory kept): what a map's first render costs. NaN for
    /// charts without a geometry file (not measured).
    var pngFirstRead: Double
    /// Stages of the PNG render: spec and data read and laid out into a scene, drawn, encoded.
    var compile: Double
    var draw: Double
    var encode: Double
    var pngBytes: Int
    var pngCairoWriterBytes: Int

    /// The median of every time over several rounds of measurements.
    static func median(of rounds: [KresbaTimings]) -> KresbaTimings {
        func m(_ field: KeyPath<KresbaTimings, Double>) -> Double {
            kresba_bench.median(rounds.map { $0[keyPath: field] })
        }
        return KresbaTimings(
            png: m(\.png), pngCairoWriter: m(\.pngCairoWriter), svg: m(\.svg), pdf: m(\.pdf),
            pngFresh: m(\.pngFresh), pngFirstRead: m(\.pngFirstRead),
            compile: m(\.compile),
            draw: m(\.draw), encode: m(\.encode),
            pngBytes: rounds[0].pngBytes,
            pngCairoWriterBytes: rounds[0].pngCairoWriterBytes)
    }
}

/// Renders through the public API (`Renderer`) as an embedding portal would, and through the
/// package-internal stages to show where the time goes. Medians of wall-clock and of CPU time.
func measureKresba(spec url: URL, fonts: URL, readsGeometry: Bool, warmup: Int, iterations: Int) throws -> (
    wall: KresbaTimings, cpu: KresbaTimings
) {
    let renderer = try Renderer(options: RenderOptions(fontDirectories: [fonts]))
    func render(_ format: OutputFormat) throws -> [UInt8] {
        try renderer.render(specAt: url, as: format).bytes
    }

    let png = try measure(warmup: warmup, iterations: iterations) { _ = try render(.png(scale: 2)) }
    let svg = try measure(warmup: warmup, iterations: iterations) { _ = try render(.svg) }
    let pdf = try measure(warmup: warmup, iterations: iterations) { _ = try render(.pdf) }
    let pngBytes = try render(.png(scale: 2)).count
    let pngFresh = try measure(warmup: warmup, iterations: iterations) {
        _ = try Renderer(options: RenderOptions(fontDirectories: [fonts])).render(
            specAt: url, as: .png(scale: 2))
    }
    // Forgotten before the clock starts: freeing the previous layer is no part of a first read.
    let pngFirstRead =
        readsGeometry
        ? try measure(warmup: warmup, iterations: iterations, prepare: { renderer.forgetGeometry() }) {
            _ = try render(.png(scale: 2))
        } : Timing(wall: .nan, cpu: .nan)

    PNGWriter.current = .cairo
    defer { PNGWriter.current = .standard }
    let pngCairo = try measure(warmup: warmup, iterations: iterations) { _ = try render(.png(scale: 2)) }
    let pngCairoBytes = try render(.png(scale: 2)).count
    PNGWriter.current = .standard

    // The same work split into its stages.
    let stages = try measureStages(spec: url, fonts: fonts, warmup: warmup, iterations: iterations)
    let (compileMs, drawMs, encodeMs) = (stages.compile, stages.draw, stages.encode)
    func timings(_ value: KeyPath<Timing, Double>) -> KresbaTimings {
        KresbaTimings(
            png: png[keyPath: value], pngCairoWriter: pngCairo[keyPath: value], svg: svg[keyPath: value],
            pdf: pdf[keyPath: value], pngFresh: pngFresh[keyPath: value],
            pngFirstRead: pngFirstRead[keyPath: value], compile: compileMs[keyPath: value],
            draw: drawMs[keyPath: value],
            encode: encodeMs[keyPath: value], pngBytes: pngBytes, pngCairoWriterBytes: pngCairoBytes)
    }
    return (timings(\.wall), timings(\.cpu))
}

/// Medians of the PNG render's stages: spec and data read and laid out into a scene, drawn at 2x,
/// encoded; each with what a `Renderer` keeps from one render to the next: a measurer (font map,
/// resolved fonts) and the raster memory.
func measureStages(spec url: URL, fonts: URL, warmup: Int = 5, iterations: Int) throws -> (
    compile: Timing, compileCold: Timing, draw: Timing, encode: Timing
) {
    let library = try FontLibrary(directories: [fonts])
    let backend = CairoBackend(fonts: library)
    let compiler = ChartCompiler()
    let measurer = try PangoTextMeasurer(fonts: library)
    let buffers = RasterBuffers()
    func compile(with compiler: ChartCompiler = compiler) throws -> Scene {
        measurer.forgetMeasurements()
        let bytes = [UInt8](try Data(contentsOf: url))
        var scene = try compiler.compile(
            bytes, file: url.lastPathComponent, baseURL: url.deletingLastPathComponent(), measurer: measurer
        ).scene
        try scene.dropHalosOverBackground(measurer: measurer)
        return scene
    }
    let compileMs = try measure(warmup: warmup, iterations: iterations) { _ = try compile() }
    // A new compiler keeps no parsed geometry: the data are read as for the first time. It is made,
    // and the previous one freed, before the clock starts.
    var fresh = ChartCompiler()
    let compileColdMs = try measure(
        warmup: warmup, iterations: iterations, prepare: { fresh = ChartCompiler() }
    ) {
        _ = try compile(with: fresh)
    }
    let scene = try compile()
    let drawMs = try measure(warmup: warmup, iterations: iterations) {
        _ = try backend.raster(scene, scale: 2, measurer: measurer, buffers: buffers)
    }
    // Encoding reuses the scanline and stream memory; the pixels stay those of one drawing.
    let raster = try backend.raster(scene, scale: 2, measurer: measurer)
    let encodeMs = try measure(warmup: warmup, iterations: iterations) {
        _ = try raster.png(writer: .standard, buffers: buffers)
    }
    return (compileMs, compileColdMs, drawMs, encodeMs)
}
