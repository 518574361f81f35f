/// A chart specification after reading and checking, before any data is loaded.
///
/// The parts every chart type shares live here; the chart's own options live in ``kind``.
package struct ChartSpec: Sendable, Equatable {
    /// The spec file name used in messages.
    package var file: String
    /// Main title.
    package var title: String?
    /// Line under the title (e.g. the reference date).
    package var subtitle: String?
    /// Alt text; generated from the data when absent.
    package var description: String?
    /// Where the data come from ("ČSÚ"); shown as "Zdroj: ČSÚ".
    package var source: String?
    /// Footnotes, one paragraph each.
    package var notes: [String]
    /// Language of all generated text and number formats.
    package var locale: ChartLocale
    /// Size of the drawing.
    package var size: ChartSize
    /// Fonts, colours and spacing.
    package var theme: Theme
    /// Where the rows come from.
    package var data: DataReference?
    /// The chart type and its options.
    package var kind: ChartKind
    /// Steps that reshape the data before the chart reads it, in order.
    package var transforms: [TransformStep] = []
}

/// The chart type with its own options.
package enum ChartKind: Sendable, Equatable {
    case bar(BarSpec)
    case line(LineSpec)
    case pictogram(PictogramSpec)
    case choropleth(ChoroplethSpec)
}

/// The size of a chart, in CSS pixels; print specs may give it in millimetres.
package struct ChartSize: Sendable, Equatable {
    /// Width in CSS pixels (1/96 in).
    package var width: Double
    /// Height in CSS pixels.
    package var height: Double

    package init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// 800 x 500 px, a common article width.
    package static let `default` = ChartSize(width: 800, height: 500)
}

/// Where a chart's rows come from.
package enum DataReference: Sendable, Equatable {
    /// A file relative to the spec, or an http(s) URL, with optional reading hints.
    case file(path: String, hints: DataHints, specPath: SpecPath)
    /// A dataset named in a catalog file (`datasets.yaml`); the hints override the catalog's.
    case dataset(id: String, hints: DataHints, specPath: SpecPath)
    /// Rows written in the spec itself, in key order.
    case values([[(String, DataValue)]], specPath: SpecPath)

    package static func == (lhs: DataReference, rhs: DataReference) -> Bool {
        switch (lhs, rhs) {
        case let (.file(a, h1, p1), .file(b, h2, p2)): return a == b && h1 == h2 && p1 == p2
        case let (.dataset(a, h1, p1), .dataset(b, h2, p2)): return a == b && h1 == h2 && p1 == p2
        case let (.values(a, p1), .values(b, p2)):
            return p1 == p2 && a.count == b.count
                && zip(a, b).allSatisfy { x, y in x.count == y.count && zip(x, y).allSatisfy { $0 == $1 } }
        default: return false
        }
    }
}

/// Reading hints for a data file, when detection is not wanted.
package struct DataHints: Sendable, Equatable {
    /// Field delimiter.
    package var delimiter: Character?
    /// Decimal mark.
    package var decimal: Character?
    /// Text encoding name ("utf-8", "windows-1250", "iso-8859-2").
    package var encoding: String?
    /// "csv", "tsv" or "json"; taken from the file extension when absent.
    package var format: String?
    /// For JSON: where the array of records sits ("data.rows" or "/data/rows").
    package var property: String?
    /// Declared field types that override inference.
    package var types: [(String, FieldType)]

    package init() {
        types = []
    }

    package static func == (lhs: DataHints, rhs: DataHints) -> Bool {
        lhs.delimiter == rhs.delimiter && lhs.decimal == rhs.decimal && lhs.encoding == rhs.encoding
            && lhs.format == rhs.format && lhs.property == rhs.property
            && lhs.types.map(\.0) == rhs.types.map(\.0) && lhs.types.map(\.1) == rhs.types.map(\.1)
    }
}

/// A reference to a data field, remembering where the spec named it.
package struct FieldRef: Sendable, Equatable {
    /// The field (column) name.
    package var name: String
    /// Where the name is written in the spec.
    package var path: SpecPath
    /// Line and column of the name.
    package var position: SourcePosition?
}
