import Foundation
import KresbaScene

/// Stages ③–⑤ for pictograms: resolve the fields, allocate icons, lay out the scene.
enum PictogramChart {
    /// The scene of a pictogram.
    /// - Throws: ``KresbaError`` for unusable fields or amounts; any error of the text measurer.
    static func scene(
        spec: ChartSpec, pictogram: PictogramSpec, table: DataTable, measurer: any TextMeasurer,
        reader: SpecReader
    ) throws -> Scene {
        let data = try PictogramData.resolve(pictogram, table: table, reader: reader)
        let context = PictogramContext(
            spec: spec, p: pictogram, data: data, measurer: measurer, reader: reader)
        let (nodes, altText) =
            switch pictogram.layout {
            case .grid: try GridPictogram(context).nodes()
            case .rows: try RowsPictogram(context).nodes()
            case .single: try SinglePictogram(context).nodes()
            }
        return Scene(
            width: spec.size.width, height: spec.size.height, background: spec.theme.background, nodes: nodes,
            metadata: SceneMetadata(
                title: spec.title ?? "", description: spec.description ?? altText,
                language: spec.locale.identifier, author: spec.source ?? ""))
    }
}

/// What every pictogram layout shares: the spec, the data, colours, formats and words.
struct PictogramContext {
    let spec: ChartSpec
    let p: PictogramSpec
    let data: PictogramData
    let measurer: any TextMeasurer
    let reader: SpecReader

    var theme: Theme { spec.theme }
    var locale: ChartLocale { spec.locale }
    var czech: Bool { locale.identifier == "cs" }

    /// Whether direct labels are drawn.
    func labelsShown(default shown: Bool) -> Bool { p.labels?.shown ?? shown }

    /// The colour of each category: the spec's list, or the palette for categories that are
    /// parts of a whole (grid) and one colour for categories that are compared (rows, single).
    func colors(perCategory: Bool) -> [Color] {
        if p.colors.count == 1 { return data.categories.map { _ in p.colors[0] } }
        let palette = p.colors.isEmpty ? theme.palette : p.colors
        return data.categories.indices.map {
            perCategory || !p.colors.isEmpty ? palette[$0 % palette.count] : palette[0]
        }
    }

    /// The icon of the unit key: the largest category's, the one most of the icons show.
    var keyIcon: Icon {
        let largest = data.values.indices.max { data.values[$0] < data.values[$1] } ?? 0
        return data.icons[largest]
    }

    /// The widest icon's aspect ratio: every icon gets a cell this wide, so rows of different
    /// icons stay comparable by length.
    var cellAspect: Double { data.icons.map(\.aspectRatio).max() ?? 1 }

    /// The format of value labels: the spec's, or one that shows the data's decimals (up to two).
    func valueFormat() -> NumberFormat {
        if let f = p.labels?.format { return f }
        return NumberFormat.fitting(data.values)
    }

    /// The format of shares: the spec's, or whole per cents unless a share needs a decimal.
    func shareFormat(_ shares: [Double]) -> NumberFormat {
        if let f = p.labels?.format { return f }
        let whole = shares.allSatisfy { abs($0 * 100 - ($0 * 100).rounded()) < 0.05 }
        return (try? NumberFormat(pattern: whole ? "0 %" : "0.0 %")) ?? .fixed(decimals: 0)
    }

    /// "1 ikona = 10 000 obyvatel" / "1 icon = 10,000 people".
    func unitText(_ amount: String) -> String {
        let label = p.unit?.label.map { " " + $0 } ?? ""
        return (czech ? "1 ikona = " : "1 icon = ") + amount + label
    }

    /// The unit amount as text: whole numbers grouped, fractions with the decimals they need.
    func unitAmount(_ unit: Double) -> String {
        let decimals = (0...4).first { d in
            let scaled = unit * pow(10, Double(d))
            return abs(scaled - scaled.rounded()) < 1e-9 * max(1, scaled)
        }
        return NumberFormat.fixed(decimals: decimals ?? 4).string(unit, locale: locale)
    }

    /// The frame (title, legend, footer) around the icons.
    func frame(legend: PictogramLegend?) throws -> ChartFrame {
        let shown = legend.flatMap { $0.isEmpty || p.legend.position == .none ? nil : $0 }
        return try ChartFrame.layout(
            spec: spec,
            legend: shown.map { l in { width in try l.layout(width: width, measurer: measurer) } },
            legendAtBottom: p.legend.position == .bottom, measurer: measurer)
    }

    /// The start of the generated alt text: the kind of chart and its title.
    func altTextOpening(_ kind: (cs: String, en: String)) -> String {
        let name = czech ? kind.cs : kind.en
        return spec.title.map { "\(name): \($0)." } ?? "\(name)."
    }

    /// The end of the generated alt text: the source.
    var altTextSource: String {
        spec.source.map { " " + ChartFrame.sourceLine($0, locale: locale) + "." } ?? ""
    }

    /// The category's name followed by its number, for alt texts ("Liberec: 144 998").
    func named(_ i: Int, _ number: String) -> String {
        data.categories[i].isEmpty ? number : "\(data.categories[i]): \(number)"
    }
}
