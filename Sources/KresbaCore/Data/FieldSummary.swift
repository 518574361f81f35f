/// What `kresba data` shows about one column: its type, how many values are missing, a few samples and
/// the range of numbers and dates.
package struct FieldSummary: Sendable, Equatable {
    package var name: String
    package var type: FieldType
    package var dateFormat: DateFormat?
    package var missing: Int
    /// Distinct non-missing values, counted up to ``distinctLimit`` (then reported as "more than").
    package var distinct: Int
    /// The first few distinct non-missing values, in row order.
    package var samples: [DataValue]
    /// The smallest and largest number or date; nil for other types and all-missing columns.
    package var minimum: DataValue?
    package var maximum: DataValue?

    /// Counting distinct values stops here, so a million-row column costs a bounded set.
    package static let distinctLimit = 10_000

    /// Summarises `field` with at most `sampleCount` samples.
    package init(_ field: DataField, sampleCount: Int = 3) {
        name = field.name
        type = field.type
        dateFormat = field.dateFormat
        var missing = 0
        var seen: Set<SampleKey> = []
        var samples: [DataValue] = []
        var lowNumber: Double?
        var highNumber: Double?
        var lowDate: CalendarDate?
        var highDate: CalendarDate?
        for value in field.values {
            switch value {
            case .missing:
                missing += 1
                continue
            case .number(let number):
                lowNumber = min(lowNumber ?? number, number)
                highNumber = max(highNumber ?? number, number)
            case .date(let date):
                lowDate = min(lowDate ?? date, date)
                highDate = max(highDate ?? date, date)
            case .text, .bool:
                break
            }
            if seen.count < Self.distinctLimit, seen.insert(SampleKey(value)).inserted,
                samples.count < sampleCount
            {
                samples.append(value)
            }
        }
        self.missing = missing
        self.distinct = seen.count
        self.samples = samples
        if let lowNumber, let highNumber {
            minimum = .number(lowNumber)
            maximum = .number(highNumber)
        } else if let lowDate, let highDate {
            minimum = .date(lowDate)
            maximum = .date(highDate)
        }
    }

    /// A value as `kresba data` prints it: numbers as read (`17.27573662`, `175465`), dates in ISO form,
    /// text quoted and shortened.
    package static func display(_ value: DataValue) -> String {
        switch value {
        case .number(let number): DataTable.text(of: number)
        case .text(let text): Quoting.quoted(text)
        case .bool(let flag): flag ? "true" : "false"
        case .date(let date): date.description
        case .missing: "(missing)"
        }
    }
}

/// A hashable stand-in for a ``DataValue`` (which is not `Hashable` because of its `Double`).
private enum SampleKey: Hashable {
    case number(Double)
    case text(String)
    case bool(Bool)
    case date(CalendarDate)
    case missing

    init(_ value: DataValue) {
        switch value {
        case .number(let number): self = .number(number)
        case .text(let text): self = .text(text)
        case .bool(let flag): self = .bool(flag)
        case .date(let date): self = .date(date)
        case .missing: self = .missing
        }
    }
}
