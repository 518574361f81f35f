/// Generated alt text for bar charts whose spec gives no `description`.
///
/// It names the chart type, the title, and the largest and smallest values, which is what a
/// reader of a screen reader needs to decide whether the chart matters to them.
enum AltText {
    static func bar(spec: ChartSpec, data: BarData) -> String {
        let cs = spec.locale.identifier == "cs"
        let kind =
            data.orientation == .vertical
            ? (cs ? "Sloupcový graf" : "Column chart") : (cs ? "Pruhový graf" : "Bar chart")
        var parts: [String] = []
        parts.append(spec.title.map { "\(kind): \($0)." } ?? "\(kind).")
        let totals = data.values.map { row in row.reduce(0) { $0 + ($1 ?? 0) } }
        let format = data.valueChannel.format ?? NumberFormat.automatic(forStep: 1)
        if let maxIndex = totals.indices.max(by: { totals[$0] < totals[$1] }),
            let minIndex = totals.indices.min(by: { totals[$0] < totals[$1] }), totals.count > 1
        {
            let hi = "\(data.categories[maxIndex]) (\(format.string(totals[maxIndex], locale: spec.locale)))"
            let lo = "\(data.categories[minIndex]) (\(format.string(totals[minIndex], locale: spec.locale)))"
            parts.append(cs ? "Nejvyšší hodnota: \(hi), nejnižší: \(lo)." : "Highest: \(hi); lowest: \(lo).")
        }
        if data.hasSeries {
            parts.append((cs ? "Řady: " : "Series: ") + data.series.joined(separator: ", ") + ".")
        }
        if let source = spec.source { parts.append(ChartFrame.sourceLine(source, locale: spec.locale) + ".") }
        return parts.joined(separator: " ")
    }
}
