import KresbaScene

/// Stages ③–⑤ for line and area charts.
enum LineChart {
    /// The scene of a line chart.
    static func scene(
        spec: ChartSpec, line: LineSpec, table: DataTable, measurer: any TextMeasurer, reader: SpecReader
    ) throws -> Scene {
        let data = try LineData.resolve(line, table: table, reader: reader)
        for (i, name) in line.highlight.enumerated() where !data.series.contains(where: { $0.name == name }) {
            var message = "highlight names \"\(name)\", which is not a series"
            if let hint = Suggestion.closest(to: name, in: data.series.map(\.name)) {
                message += "; did you mean \"\(hint)\"?"
            }
            let path =
                line.highlight.count == 1 ? SpecPath(["highlight"]) : SpecPath(["highlight", String(i)])
            reader.warning(message, at: path, nil)
        }
        return try LineLayout(spec: spec, line: line, data: data, measurer: measurer, reader: reader).scene()
    }
}
