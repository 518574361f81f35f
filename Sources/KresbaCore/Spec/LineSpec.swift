import KresbaScene

/// The options of a line (or area) chart.
///
/// `x` is usually time (dates in the data), `y` the values; a `color` field splits the rows
/// into series (a long table). Missing values break a line rather than dropping it to zero.
package struct LineSpec: Sendable, Equatable {
    /// The `x` channel: time, numbers or ordered categories.
    package var x: ChannelSpec
    /// The `y` channel: values. For a wide table (`y: [a, b, c]`) this is the first field.
    package var y: ChannelSpec
    /// The value fields of a wide table, one series each; empty for a long table.
    package var wideFields: [FieldRef] = []
    /// How the value axis is scaled.
    package var yScale: ValueScaleType
    /// Whether the value axis must include zero (always true for areas).
    package var yZero: Bool
    /// Splits the rows into series; or one fixed colour.
    package var color: ColorChannelSpec?
    /// Line, area or step line.
    package var mark: LineMark
    /// Whether to draw a marker at every data point.
    package var points: Bool
    /// Areas stacked on each other (areas only).
    package var stack: StackMode
    /// A shaded band between two fields (e.g. a confidence interval).
    package var band: BandSpec?
    /// Series drawn in colour; the others grey.
    package var highlight: [String]
    /// How series are named: direct labels at the line ends, or a legend.
    package var labels: SeriesLabels
    /// Legend placement when a legend is used.
    package var legend: LegendSpec
    /// Notes, rules and shaded ranges on the plot.
    package var annotations: [AnnotationSpec]
}

/// Linear or logarithmic value scale.
package enum ValueScaleType: String, Sendable, Equatable, CaseIterable {
    case linear, log
}

/// The mark of a line chart.
package enum LineMark: String, Sendable, Equatable, CaseIterable {
    /// Straight segments between points.
    case line
    /// A filled area under the line (down to zero).
    case area
    /// Horizontal then vertical segments (a value holds until the next one).
    case step
}

/// How series are named.
package enum SeriesLabels: String, Sendable, Equatable, CaseIterable {
    /// Direct labels at the line ends when they fit without overlapping, else a legend.
    case auto
    /// Always direct labels (moved apart so they never overlap).
    case end
    /// Always a legend.
    case legend
    /// Neither (a single series needs no name).
    case none
}

/// A shaded band between two fields.
package struct BandSpec: Sendable, Equatable {
    /// The lower edge.
    package var from: FieldRef
    /// The upper edge.
    package var to: FieldRef
    /// Legend text for the band.
    package var label: String?
}

/// An annotation on a line chart.
package struct AnnotationSpec: Sendable, Equatable {
    /// What is drawn.
    package enum Kind: Sendable, Equatable {
        /// A vertical rule at an x value.
        case xRule(AxisValue)
        /// A horizontal rule at a y value.
        case yRule(Double)
        /// A shaded range between two x values.
        case xRange(AxisValue, AxisValue)
        /// A note pointing at a data point.
        case point(AxisValue, Double)
    }
    /// What is drawn.
    package var kind: Kind
    /// The annotation's text.
    package var text: String?
    /// Where it is written in the spec.
    package var path: SpecPath
}

/// A value on the x axis as the spec writes it: a number or a date-like text, resolved against
/// the axis once the data is known.
package enum AxisValue: Sendable, Equatable {
    case number(Double)
    case text(String)
}
