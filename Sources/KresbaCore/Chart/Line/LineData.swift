import Foundation

/// The rows of a line chart reduced to what is drawn: series of (x, y) points in x order.
struct LineData {
    /// What the x axis shows.
    enum XKind: Equatable {
        /// Numbers; `years` when they are calendar years (printed without grouping).
        case quantitative(years: Bool)
        /// Ordered categories, evenly spaced in data order.
        case ordinal([String])
        /// Dates, as days since 1970-01-01; `precision` is the finest unit in the data.
        case temporal(precision: DatePrecision)
    }

    /// One point; `y == nil` is a gap.
    struct Point: Equatable {
        var x: Double
        var y: Double?
    }

    /// One named series.
    struct Series: Equatable {
        var name: String
        var points: [Point]
        /// Band edges at the same x positions, when the spec has a band.
        var band: [(x: Double, lo: Double, hi: Double)]

        static func == (a: Series, b: Series) -> Bool {
            a.name == b.name && a.points == b.points && a.band.count == b.band.count
        }
    }

    var xKind: XKind
    var series: [Series]
    var xChannel: ChannelSpec
    var yChannel: ChannelSpec

    /// Whether the chart has a series field.
    var hasSeries: Bool { series.count > 1 || series.first?.name.isEmpty == false }

    /// The most common distance between neighbouring x values (e.g. one month), for step lines.
    var medianXStep: Double {
        let xs = Array(Set(series.flatMap { $0.points.map(\.x) })).sorted()
        let steps = zip(xs, xs.dropFirst()).map { $1 - $0 }.sorted()
        return steps.isEmpty ? 1 : steps[steps.count / 2]
    }

    /// The span of x values that have a value (a trailing empty month does not stretch the axis).
    var xExtent: (Double, Double)? {
        let xs = series.flatMap { $0.points.filter { $0.y != nil }.map(\.x) + $0.band.map(\.x) }
        guard let lo = xs.min(), let hi = xs.max() else { return nil }
        return (lo, hi)
    }

    /// Resolves the spec's fields against the table.
    static func resolve(_ line: LineSpec, table: DataTable, reader: SpecReader) throws(KresbaError)
        -> LineData
    {
        func field(_ ref: FieldRef) -> DataField? { table.field(ref, reader: reader) }
        let xField = field(line.x.field)
        let wide = line.wideFields.compactMap { field($0) }
        let yField = line.wideFields.isEmpty ? field(line.y.field) : wide.first
        let colorField = line.color?.field.flatMap { field($0) }
        let bandFields = line.band.map { (field($0.from), field($0.to)) }
        guard let xField, let yField, line.color?.field == nil || colorField != nil,
            bandFields.map({ $0.0 != nil && $0.1 != nil }) ?? true
        else { throw KresbaError(reader.diagnostics) }

        for f in wide where f.type != .number && f.type != .integer {
            let ref = line.wideFields.first { $0.name == f.name } ?? line.y.field
            reader.error(
                "field \"\(f.name)\" must hold numbers for the line, but holds text", at: ref.path,
                ref.position)
        }
        if wide.count != line.wideFields.count || reader.hasErrors { throw KresbaError(reader.diagnostics) }
        guard yField.type == .number || yField.type == .integer else {
            let sample = yField.values.first { if case .text = $0 { true } else { false } }
            reader.error(
                "field \"\(yField.name)\" must hold numbers for the line, but holds text"
                    + (sample.map { if case .text(let t) = $0 { " such as \"\(t)\"" } else { "" } } ?? ""),
                at: line.y.field.path, line.y.field.position)
            throw KresbaError(reader.diagnostics)
        }

        let (xKind, xs) = try xPositions(xField, channel: line.x, reader: reader)
        var order = FirstSeenOrder()
        var points: [[Double: Double?]] = []
        var bands: [[Double: (Double, Double)]] = []
        var duplicates = 0
        // A long table has one value column and a series column; a wide one a column per series.
        let columns = wide.isEmpty ? [yField] : wide
        for row in 0..<table.rowCount {
            guard let x = xs[row] else { continue }
            for column in columns {
                let name = wide.isEmpty ? (colorField.map { $0.values[row].categoryText } ?? "") : column.name
                let s = order.index(of: name)
                if s == points.count {
                    points.append([:])
                    bands.append([:])
                }
                let y = number(column.values[row])
                if let existing = points[s][x] {
                    duplicates += 1
                    points[s][x] = (existing ?? 0) + (y ?? 0)
                } else {
                    points[s][x] = y
                }
                if let (fromField, toField) = bandFields, let fromField, let toField,
                    let lo = number(fromField.values[row]), let hi = number(toField.values[row])
                {
                    bands[s][x] = (min(lo, hi), max(lo, hi))
                }
            }
        }
        if duplicates > 0 {
            reader.warning(
                "\(duplicates) row(s) repeat an x value\(colorField == nil ? "" : " within a series"); "
                    + "their values were added up", at: line.x.field.path, line.x.field.position)
        }
        let series = order.values.enumerated().map { s, name in
            Series(
                name: name,
                points: points[s].keys.sorted().map { Point(x: $0, y: points[s][$0] ?? nil) },
                band: bands[s].keys.sorted().compactMap { x in bands[s][x].map { (x, $0.0, $0.1) } })
        }
        if series.allSatisfy({ $0.points.allSatisfy { $0.y == nil } }) {
            reader.error("the data has no values to draw", at: line.y.field.path, line.y.field.position)
            throw KresbaError(reader.diagnostics)
        }
        return LineData(xKind: xKind, series: series, xChannel: line.x, yChannel: line.y)
    }

    /// The x position of every row (`nil` where x is missing) and what kind of axis they make.
    private static func xPositions(_ field: DataField, channel: ChannelSpec, reader: SpecReader)
        throws(KresbaError) -> (XKind, [Double?])
    {
        let declared = channel.type
        if field.type == .number || field.type == .integer, declared != .ordinal, declared != .nominal {
            let xs = field.values.map(number)
            if declared == .temporal {
                // Whole numbers declared temporal are years.
                let days = xs.map {
                    $0.map { Double(CalendarDate.daysSince1970(year: Int($0), month: 1, day: 1)) }
                }
                return (.temporal(precision: .year), days)
            }
            let present = xs.compactMap { $0 }
            let years =
                field.type == .integer && !present.isEmpty
                && present.allSatisfy { (1000...3000).contains($0) }
            return (.quantitative(years: years), xs)
        }
        // Dates found by the data reader: positions are days since 1970 of each date's first day.
        if field.type == .date, declared != .ordinal, declared != .nominal {
            let dates = field.values.map(\.dateValue)
            let precision = dates.compactMap { $0?.precision }.max() ?? .day
            return (.temporal(precision: precision), dates.map { $0.map { Double($0.daysSince1970) } })
        }
        let texts = field.values.map { value -> String? in
            if case .missing = value { return nil }
            return value.categoryText
        }
        if declared != .ordinal && declared != .nominal {
            // Text the reader kept as text (mixed date formats) may still all be dates.
            let parsed = texts.map { $0.map { DateParsing.parse($0)?.date } }
            let present = parsed.compactMap { $0 }
            if !present.isEmpty && present.allSatisfy({ $0 != nil }) {
                let precision = present.compactMap { $0?.precision }.max() ?? .day
                return (
                    .temporal(precision: precision),
                    parsed.map { $0??.daysSince1970 }.map { $0.map(Double.init) }
                )
            }
            if declared == .temporal,
                let bad = zip(texts, parsed).first(where: { $0.0 != nil && $0.1 == nil })?.0
            {
                reader.error(
                    "cannot read \"\(bad)\" as a date; write dates as 2024-01-05, 2024-01, 2024, 5. 1. 2024 or leden 2024",
                    at: channel.field.path, channel.field.position)
                throw KresbaError(reader.diagnostics)
            }
        }
        var order = FirstSeenOrder()
        let xs = texts.map { $0.map { Double(order.index(of: $0)) } }
        return (.ordinal(order.values), xs)
    }

    private static func number(_ value: DataValue) -> Double? {
        if case .number(let d) = value { return d }
        return nil
    }
}
