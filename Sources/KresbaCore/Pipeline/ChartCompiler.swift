import Foundation
import KresbaScene

/// The pipeline from spec bytes to a scene:
///
/// ```
///  spec bytes ─① SpecParser ─▶ SpecNode ─ ChartSpec.read ─▶ ChartSpec
///             ─② DataLoader ─▶ DataTable (file, URL via the download cache, catalog dataset, inline)
///             ─  TransformRunner ─▶ DataTable (filter, aggregate, lookup, … in the spec's order)
///             ─③ resolve fields, aggregate, sort (BarData)
///             ─④ scales, axes, text layout (BarLayout) ─⑤ Scene
/// ```
/// Each stage reports problems as ``Diagnostic``s carrying the spec pointer and, for data, the
/// file, line and column. Nothing here touches Cairo: text is measured through ``TextMeasurer``.
package struct ChartCompiler: Sendable {
    /// Where data may be read from besides the spec's folder.
    package var dataRoots: [URL]
    /// Dataset catalogs the caller names, consulted after the one beside the spec.
    package var catalogs: [URL]
    /// Fetches data named by http(s) URL; `nil` refuses URLs.
    package var downloads: DownloadCache?
    /// Geometry parsed by this compiler's earlier renders, reused while the files are unchanged.
    package let geometry = GeometryCache()

    /// Creates a compiler.
    package init(dataRoots: [URL] = [], catalogs: [URL] = [], downloads: DownloadCache? = nil) {
        self.dataRoots = dataRoots
        self.catalogs = catalogs
        self.downloads = downloads
    }

    /// The result of compiling one spec.
    package struct Output {
        /// The finished drawing.
        package var scene: Scene
        /// Warnings (never errors).
        package var warnings: [Diagnostic]
        /// The spec as read, with the source line filled from the catalog when it had none.
        package var spec: ChartSpec
        /// The files and URLs the render read besides the spec.
        package var inputs: InputLog
    }

    /// Reads and checks a spec without loading data or laying out.
    package func read(_ bytes: [UInt8], file: String) throws(KresbaError) -> (ChartSpec, [Diagnostic]) {
        let root = try SpecParser.parse(bytes, file: file)
        return try ChartSpec.read(root, file: file)
    }

    /// Loads a spec's data and applies its transforms: the table the chart will read.
    /// - Returns: the table, and the spec with its source line filled from the catalog.
    package func prepareData(
        _ spec: ChartSpec, baseURL: URL, reader: SpecReader, geoLayers: GeoLayerMemo = GeoLayerMemo(),
        inputs: InputLog = InputLog()
    ) throws(KresbaError) -> (DataTable, ChartSpec) {
        guard let reference = spec.data else {
            throw KresbaError(Diagnostic(.error, "missing key \"data\"", file: spec.file, path: .root))
        }
        var loader = DataLoader(
            baseURL: baseURL, allowedRoots: dataRoots, catalogs: catalogs, downloads: downloads)
        loader.geoLayers = geoLayers
        loader.inputs = inputs
        let file = spec.file
        let loaded = try loader.loadData(reference, specFile: file)
        loaded.warnings.forEach(reader.add)
        let runner = TransformRunner(reader: reader, locale: spec.locale) { (reference) throws(KresbaError) in
            try loader.loadData(reference, specFile: file)
        }
        let result = try runner.run(spec.transforms, on: loaded.table)
        var spec = spec
        if spec.source == nil {
            // Every catalog source of the data shown, main table first: "MZČR; ČSÚ".
            let sources = ([loaded] + result.lookups).compactMap { $0.dataset?.source }.uniqued()
            spec.source = sources.isEmpty ? nil : sources.joined(separator: "; ")
        }
        return (result.table, spec)
    }

    /// Runs the whole pipeline.
    /// - Parameters:
    ///   - bytes: the spec file's content.
    ///   - file: the spec's name in messages.
    ///   - baseURL: the folder relative data paths start from.
    ///   - measurer: measures text exactly as the backend will draw it.
    ///   - size: replaces the spec's size (a build drawing one chart in several sizes).
    package func compile(
        _ bytes: [UInt8], file: String, baseURL: URL, measurer: any TextMeasurer, size: ChartSize? = nil
    ) throws(KresbaError) -> Output {
        let (asRead, specWarnings) = try read(bytes, file: file)
        var readSpec = asRead
        if let size { readSpec.size = size }
        let reader = SpecReader(file: file)
        specWarnings.forEach(reader.add)
        // A map whose data file is its geometry parses that file once for both uses.
        let geoLayers = GeoLayerMemo(shared: geometry)
        let inputs = InputLog()
        let (table, spec) = try prepareData(
            readSpec, baseURL: baseURL, reader: reader, geoLayers: geoLayers, inputs: inputs)
        let scene: Scene
        do {
            switch spec.kind {
            case .bar(let bar):
                scene = try BarChart.scene(
                    spec: spec, bar: bar, table: table, measurer: measurer, reader: reader)
            case .line(let line):
                scene = try LineChart.scene(
                    spec: spec, line: line, table: table, measurer: measurer, reader: reader)
            case .pictogram(let pictogram):
                scene = try PictogramChart.scene(
                    spec: spec, pictogram: pictogram, table: table, measurer: measurer, reader: reader)
            case .choropleth(let map):
                var loader = DataLoader(
                    baseURL: baseURL, allowedRoots: dataRoots, catalogs: catalogs, downloads: downloads)
                loader.geoLayers = geoLayers
                loader.inputs = inputs
                scene = try ChoroplethChart.scene(
                    spec: spec, map: map, table: table, loader: loader, measurer: measurer, reader: reader)
            }
        } catch let error as KresbaError {
            throw error
        } catch {
            throw KresbaError(Diagnostic(.error, "cannot lay out the chart: \(error)", file: file))
        }
        if reader.hasErrors { throw KresbaError(Diagnostic.inReadingOrder(reader.diagnostics)) }
        return Output(scene: scene, warnings: reader.diagnostics, spec: spec, inputs: inputs)
    }
}
