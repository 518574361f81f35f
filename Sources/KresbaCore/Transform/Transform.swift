/// One step of a spec's `transform` list: reshapes the table before the chart reads it.
///
/// The words follow Vega-Lite where the concept is the same (`filter`, `aggregate` with `groupby`,
/// `fold`, `pivot`, `lookup`); derived fields use a small closed vocabulary (`calculate: per`, `share`,
/// `top`) instead of an expression language, so every spec stays readable and every mistake has a
/// precise message.
package struct TransformStep: Sendable, Equatable {
    /// What the step does.
    package var operation: TransformOperation
    /// The step's pointer, `/transform/2`.
    package var path: SpecPath
    /// Where the step starts in the spec file.
    package var position: SourcePosition?
}

/// The transform kinds, each with its own options.
package enum TransformOperation: Sendable, Equatable {
    /// Keeps the rows for which the predicate holds.
    case filter(FilterPredicate)
    /// Orders the rows by one or more fields; stable, missing values last.
    case sort([SortKey])
    /// Groups rows and reduces each group to one row.
    case aggregate(AggregateSpec)
    /// Wide to long: several fields become key/value rows.
    case fold(FoldSpec)
    /// Long to wide: the values of one field become new fields.
    case pivot(PivotSpec)
    /// A new field computed from each row.
    case calculate(CalculateSpec)
    /// A new field: each value's share of its field's total.
    case share(ShareSpec)
    /// Keeps the largest categories and sums the rest into one "ostatní" row.
    case top(TopSpec)
    /// Adds fields from another table, matching a key field compared as text.
    case lookup(LookupSpec)

    /// The key that names the transform in the spec.
    package static let kinds = [
        "filter", "sort", "aggregate", "fold", "pivot", "calculate", "share", "top", "lookup",
    ]
}

/// A filter condition on one field, or the negation of one.
package indirect enum FilterPredicate: Sendable, Equatable {
    /// All tests must hold for the field's value.
    case field(FieldRef, [FilterTest])
    /// The inner predicate must not hold.
    case not(FilterPredicate)
}

/// One comparison of a filter, with the pointer of its key for messages.
package struct FilterTest: Sendable, Equatable {
    /// The comparisons a filter offers, spelt as in Vega-Lite.
    package enum Kind: String, Sendable, Equatable, CaseIterable {
        case equal, lt, lte, gt, gte, range, oneOf, valid
    }
    package var kind: Kind
    /// The value(s) compared with: one for comparisons, two for `range`, any number for `oneOf`,
    /// a boolean for `valid`.
    package var values: [DataValue]
    /// Where the comparison is written.
    package var path: SpecPath
    package var position: SourcePosition?
}

/// One sort key.
package struct SortKey: Sendable, Equatable {
    package var field: FieldRef
    package var descending: Bool
}

/// `aggregate: [{op, field, as}], groupby: [...]`.
package struct AggregateSpec: Sendable, Equatable {
    /// The reductions a group offers.
    package enum Op: String, Sendable, Equatable, CaseIterable {
        case sum, mean, median, min, max, count
    }
    /// One output field of an aggregate.
    package struct Measure: Sendable, Equatable {
        package var op: Op
        /// The field reduced; optional only for `count`.
        package var field: FieldRef?
        /// The output name; defaults to the field's name (`count` without a field: "count").
        package var name: String
        package var path: SpecPath
        package var position: SourcePosition?
    }
    package var measures: [Measure]
    package var groupby: [FieldRef]
}

/// `fold: [a, b], as: [key, value]`.
package struct FoldSpec: Sendable, Equatable {
    package var fields: [FieldRef]
    package var keyName: String
    package var valueName: String
}

/// `pivot: field, value: field, groupby: [...], op: sum`.
package struct PivotSpec: Sendable, Equatable {
    package var pivot: FieldRef
    package var value: FieldRef
    /// Explicit grouping fields; `nil` means every other field.
    package var groupby: [FieldRef]?
    /// How repeated values of one cell are combined; `nil` when not given (sum, with a warning).
    package var op: AggregateSpec.Op?
}

/// `calculate: per | sum | difference | change`, with its operands, an optional `scale` and `as`.
package struct CalculateSpec: Sendable, Equatable {
    /// The row-wise calculations.
    package enum Op: String, Sendable, Equatable, CaseIterable {
        /// `field ÷ per × scale`: cases per 1 000 inhabitants.
        case per
        /// `fields` added up: men + women.
        case sum
        /// `field − minus`: growth in persons.
        case difference
        /// `(field − from) ÷ from × scale`: relative change, a fraction unless scaled.
        case change
    }
    package var op: Op
    /// The operands in the order of the formula (`field`, then `per`/`minus`/`from`; or `fields`).
    package var operands: [FieldRef]
    package var scale: Double
    package var name: String
}

/// `share: field, as: name, groupby: [...]`.
package struct ShareSpec: Sendable, Equatable {
    package var field: FieldRef
    package var name: String
    package var groupby: [FieldRef]
}

/// `top: 5, by: field, category: field, other: ostatní | false, groupby: [...]`.
package struct TopSpec: Sendable, Equatable {
    package var count: Int
    package var by: FieldRef
    package var category: FieldRef
    /// The label of the rest; `nil` means the locale's word; an empty string drops the rest.
    package var otherLabel: String?
    package var groupby: [FieldRef]

    /// The label of the rest in `locale`: the spec's, else "ostatní" or "other"; empty drops it.
    package func remainderLabel(locale: ChartLocale) -> String {
        otherLabel ?? (locale.identifier == "cs" ? "ostatní" : "other")
    }
}

/// `lookup: key, from: {data, key, fields}, as: [...]`.
package struct LookupSpec: Sendable, Equatable {
    /// The key field in the chart's table.
    package var key: FieldRef
    /// The other table.
    package var data: DataReference
    /// The key field in the other table.
    package var otherKey: FieldRef
    /// The fields to take; `nil` means every field but the key.
    package var fields: [FieldRef]?
    /// New names for the taken fields, parallel to `fields`.
    package var names: [String]?
}
