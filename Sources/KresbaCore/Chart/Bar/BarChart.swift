import KresbaScene

/// Stages ③–⑤ for bar charts: resolve the fields against the table, then lay out the scene.
enum BarChart {
    /// The scene of a bar chart.
    /// - Throws: ``KresbaError`` for unusable fields; any error of the text measurer.
    static func scene(
        spec: ChartSpec, bar: BarSpec, table: DataTable, measurer: any TextMeasurer, reader: SpecReader
    ) throws -> Scene {
        // The rest of a top N ("ostatní") is muted and kept last, as readers expect of a remainder.
        var remainders: [String: String] = [:]
        for step in spec.transforms {
            if case .top(let top) = step.operation {
                let label = top.remainderLabel(locale: spec.locale)
                if !label.isEmpty { remainders[top.category.name] = label }
            }
        }
        let data = try BarData.resolve(
            bar, table: table, locale: spec.locale, remainders: remainders, reader: reader)
        checkHighlight(bar, data: data, reader: reader)
        return try BarLayout(spec: spec, bar: bar, data: data, measurer: measurer, reader: reader).scene()
    }

    /// Highlighted names that are not categories are warnings with a did-you-mean.
    private static func checkHighlight(_ bar: BarSpec, data: BarData, reader: SpecReader) {
        for (i, name) in bar.highlight.enumerated() where !data.categories.contains(name) {
            var message = "highlight names \"\(name)\", which is not a category"
            if let hint = Suggestion.closest(to: name, in: data.categories) {
                message += "; did you mean \"\(hint)\"?"
            }
            let path =
                bar.highlight.count == 1 ? SpecPath(["highlight"]) : SpecPath(["highlight", String(i)])
            reader.warning(message, at: path, nil)
        }
    }
}
