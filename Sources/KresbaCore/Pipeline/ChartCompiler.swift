import Foundation
import KresbaScene

/// The pipeline from spec bytes to a scene:
///
/// ```
///  spec bytes ─① SpecParser ─▶ SpecNode ─ ChartSpec.read ─▶ ChartSpec
///             ─② DataLoader ─▶ DataTable
///             ─③ resolve fields, aggregate, sort (BarData)
///             ─④ scales, axes, text layout (BarLayout) ─⑤ Scene
/// ```
/// Each stage reports problems as ``Diagnostic``s carrying the spec pointer and, for data, the
/// file, line and column. Nothing here touches Cairo: text is measured through ``TextMeasurer``.
package struct ChartCompiler: Sendable {
    /// Where data may be read from besides the spec's folder.
    package var dataRoots: [URL]

    /// Creates a compiler.
    package init(dataRoots: [URL] = []) {
        self.dataRoots = dataRoots
    }

    /// The result of compiling one spec.
    package struct Output {
        /// The finished drawing.
        package var scene: Scene
        /// Warnings (never errors).
        package var warnings: [Diagnostic]
        /// The spec as read.
        package var spec: ChartSpec
    }

    /// Reads and checks a spec without loading data or laying out.
    package func read(_ bytes: [UInt8], file: String) throws(KresbaError) -> (ChartSpec, [Diagnostic]) {
        let root = try SpecParser.parse(bytes, file: file)
        return try ChartSpec.read(root, file: file)
    }

    /// Runs the whole pipeline.
    /// - Parameters:
    ///   - bytes: the spec file's content.
    ///   - file: the spec's name in messages.
    ///   - baseURL: the folder relative data paths start from.
    ///   - measurer: measures text exactly as the backend will draw it.
    package func compile(
        _ bytes: [UInt8], file: String, baseURL: URL, measurer: any TextMeasurer
    ) throws(KresbaError) -> Output {
        let (spec, specWarnings) = try read(bytes, file: file)
        let reader = SpecReader(file: file)
        specWarnings.forEach(reader.add)
        guard let reference = spec.data else {
            throw KresbaError(Diagnostic(.error, "missing key \"data\"", file: file, path: .root))
        }
        let table = try DataLoader(baseURL: baseURL, allowedRoots: dataRoots).load(reference, specFile: file)
        let scene: Scene
        do {
            switch spec.kind {
            case .bar(let bar):
                scene = try BarChart.scene(
                    spec: spec, bar: bar, table: table, measurer: measurer, reader: reader)
            case .pictogram(let pictogram):
                scene = try PictogramChart.scene(
                    spec: spec, pictogram: pictogram, table: table, measurer: measurer, reader: reader)
            }
        } catch let error as KresbaError {
            throw error
        } catch {
            throw KresbaError(Diagnostic(.error, "cannot lay out the chart: \(error)", file: file))
        }
        if reader.hasErrors { throw KresbaError(Diagnostic.inReadingOrder(reader.diagnostics)) }
        return Output(scene: scene, warnings: reader.diagnostics, spec: spec)
    }
}
