import KresbaScene

/// The options of a bar chart.
///
/// As in Vega-Lite, the channel that names a text (nominal) field is the category axis and the
/// other is the value axis: `x: okres, y: obyvatel` gives vertical bars, `x: obyvatel, y: okres`
/// horizontal ones.
package struct BarSpec: Sendable, Equatable {
    /// The `x` channel.
    package var x: ChannelSpec
    /// The `y` channel.
    package var y: ChannelSpec
    /// Splits each category into series (grouped or stacked bars).
    package var color: ColorChannelSpec?
    /// How series are combined.
    package var stack: StackMode
    /// Category order.
    package var sort: SortOrder
    /// Value labels on the bars.
    package var labels: LabelSpec?
    /// Categories drawn in the accent colour; the others are muted.
    package var highlight: [String]
    /// Horizontal (or vertical) reference lines.
    package var references: [ReferenceSpec]
    /// Series legend placement.
    package var legend: LegendSpec
}

/// One positional channel (`x` or `y`).
package struct ChannelSpec: Sendable, Equatable {
    /// The field.
    package var field: FieldRef
    /// Axis title; `nil` means the default (the field name for values, none for categories).
    package var title: String?
    /// Whether an explicit empty title hides it.
    package var titleHidden: Bool
    /// Declared role: nominal (categories) or quantitative (values); inferred from data when absent.
    package var type: ChannelType?
    /// Number format pattern for values ("#,##0.0", "0 %").
    package var format: NumberFormat?
    /// Where the format pattern is written, for messages.
    package var formatPath: SpecPath?
    /// Explicit value domain, e.g. `[0, 100]`.
    package var domain: (Double, Double)?
    /// Whether to draw gridlines (value axis only).
    package var grid: Bool

    package static func == (lhs: ChannelSpec, rhs: ChannelSpec) -> Bool {
        lhs.field == rhs.field && lhs.title == rhs.title && lhs.titleHidden == rhs.titleHidden
            && lhs.type == rhs.type && lhs.format == rhs.format && lhs.domain?.0 == rhs.domain?.0
            && lhs.domain?.1 == rhs.domain?.1 && lhs.grid == rhs.grid
    }
}

/// Whether a channel holds categories or values.
package enum ChannelType: String, Sendable, Equatable, CaseIterable {
    /// Unordered categories.
    case nominal
    /// Ordered categories (e.g. age groups).
    case ordinal
    /// Numbers on a continuous scale.
    case quantitative
    /// Dates on a time scale.
    case temporal

    /// Whether values are categories rather than positions on a continuous scale.
    package var isCategorical: Bool { self == .nominal || self == .ordinal }
}

/// The series channel of a bar chart.
package struct ColorChannelSpec: Sendable, Equatable {
    /// The field whose values are the series.
    package var field: FieldRef?
    /// A single fixed colour for all bars.
    package var value: Color?
    /// Explicit colours for the series, in order.
    package var colors: [Color]
    /// Legend title.
    package var title: String?
}

/// How the series of a bar chart are combined.
package enum StackMode: String, Sendable, Equatable, CaseIterable {
    /// Side by side.
    case none
    /// Stacked on each other.
    case zero
    /// Stacked and scaled to 100 %.
    case normalize
}

/// The order of categories.
package enum SortOrder: Sendable, Equatable {
    /// As in the data.
    case data
    /// By total value, largest first.
    case descending
    /// By total value, smallest first.
    case ascending
    /// In the given order; unlisted categories follow in data order.
    case explicit([String])
}

/// Value labels on bars.
package struct LabelSpec: Sendable, Equatable {
    /// Where labels go.
    package enum Position: String, Sendable, Equatable, CaseIterable {
        /// Inside when the label fits in the bar, outside otherwise.
        case auto
        case inside, outside
    }
    /// Where labels go.
    package var position: Position
    /// Number format; defaults to the value channel's.
    package var format: NumberFormat?
}

/// A reference line across the plot (e.g. the regional average).
package struct ReferenceSpec: Sendable, Equatable {
    /// Where the line sits.
    package enum Value: Sendable, Equatable {
        case number(Double)
        /// The mean of the plotted values.
        case mean
        /// The median of the plotted values.
        case median
    }
    /// Where the line sits.
    package var value: Value
    /// Text shown at the line; the formatted value is appended.
    package var label: String?
    /// Where it is written in the spec.
    package var path: SpecPath
}

/// Placement of the series legend.
package struct LegendSpec: Sendable, Equatable {
    /// Where the legend goes.
    package enum Position: String, Sendable, Equatable, CaseIterable {
        case top, bottom, none
    }
    /// Where the legend goes.
    package var position: Position
    /// Optional title before the entries.
    package var title: String?
}
