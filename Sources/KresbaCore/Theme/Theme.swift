import KresbaScene

/// Fonts, colours and spacing shared by every chart type.
///
/// Sizes are CSS pixels at 1x. The defaults follow newsroom practice: a strong title, a grey
/// subtitle, small grey axis text, light gridlines, and a colour-blind safe palette.
package struct Theme: Sendable, Equatable {
    /// The theme's name as written in specs.
    package var name: String
    /// Title font.
    package var title: Font
    /// Subtitle font.
    package var subtitle: Font
    /// Axis tick labels and category labels.
    package var axisLabel: Font
    /// Axis titles.
    package var axisTitle: Font
    /// Value labels on marks.
    package var valueLabel: Font
    /// Legend entries.
    package var legend: Font
    /// Notes under the chart.
    package var note: Font
    /// The source line.
    package var source: Font
    /// Main text colour.
    package var text: Color
    /// Secondary text (subtitle, axes, source).
    package var mutedText: Color
    /// Gridlines.
    package var grid: Color
    /// Axis baselines and ticks.
    package var axis: Color
    /// Canvas background; `nil` is transparent.
    package var background: Color?
    /// Series colours in order.
    package var palette: [Color]
    /// Colour of de-emphasised marks next to highlighted ones.
    package var muted: Color
    /// Colour of bars below zero when a single series has both signs.
    package var negative: Color
    /// Reference lines and their labels.
    package var reference: Color
    /// Space between the canvas edge and the content.
    package var padding: Double
    /// Line height as a multiple of the font size.
    package var lineHeight: Double

    /// The screen theme: Inter, Okabe–Ito colours.
    package static let `default` = Theme(
        name: "default",
        title: Font(family: "Inter", size: 20, weight: .bold),
        subtitle: Font(family: "Inter", size: 15),
        axisLabel: Font(family: "Inter", size: 12.5),
        axisTitle: Font(family: "Inter", size: 12.5, weight: .medium),
        valueLabel: Font(family: "Inter", size: 12.5, weight: .medium),
        legend: Font(family: "Inter", size: 13),
        note: Font(family: "Inter", size: 12, italic: true),
        source: Font(family: "Inter", size: 12),
        text: Color(rgb: 0x1F2328),
        mutedText: Color(rgb: 0x5C636E),
        grid: Color(rgb: 0xE3E6EA),
        axis: Color(rgb: 0x8C939D),
        background: .white,
        palette: ColorScheme.categorical,
        muted: Color(rgb: 0xC5CAD1),
        negative: Color(rgb: 0xD55E00),
        reference: Color(rgb: 0x3B4048),
        padding: 20,
        lineHeight: 1.3
    )

    /// The print theme: Noto Serif for text, the same colours, slightly smaller type.
    package static let print: Theme = {
        var t = Theme.default
        t.name = "print"
        func serif(_ f: Font) -> Font {
            Font(
                family: "Noto Serif", size: f.size * 0.95, weight: f.weight == .regular ? .regular : .bold,
                italic: f.italic)
        }
        t.title = serif(t.title)
        t.subtitle = serif(t.subtitle)
        t.axisLabel = serif(t.axisLabel)
        t.axisTitle = serif(t.axisTitle)
        t.valueLabel = serif(t.valueLabel)
        t.legend = serif(t.legend)
        t.note = serif(t.note)
        t.source = serif(t.source)
        return t
    }()

    /// The themes a spec may name.
    package static let builtIn: [Theme] = [.default, .print]
}
