/// Applies a spec's transforms in order, between loading the data and drawing the chart.
///
/// A step that finds a problem reports it with the step's pointer and stops the run: the steps
/// after it would only repeat the problem in other words. Warnings (unmatched lookup keys, a filter
/// that keeps nothing) do not stop it.
package struct TransformRunner {
    /// Collects errors and warnings for the spec file.
    package let reader: SpecReader
    /// The chart's language ("ostatní" or "other", text order).
    package let locale: ChartLocale
    /// Loads the other table of a `lookup`, with the spec's folder and data roots.
    package let load: (DataReference) throws(KresbaError) -> LoadedData

    /// Creates a runner.
    package init(
        reader: SpecReader, locale: ChartLocale,
        load: @escaping (DataReference) throws(KresbaError) -> LoadedData
    ) {
        self.reader = reader
        self.locale = locale
        self.load = load
    }

    /// The result of a run.
    package struct Result {
        /// The table the chart reads.
        package var table: DataTable
        /// The tables a `lookup` brought in, for the source line.
        package var lookups: [LoadedData]
    }

    /// Runs the steps on `table`.
    /// - Throws: ``KresbaError`` with every diagnostic so far when a step fails.
    package func run(_ steps: [TransformStep], on table: DataTable) throws(KresbaError) -> Result {
        var result = Result(table: table, lookups: [])
        for step in steps {
            let context = TransformContext(table: result.table, reader: reader, locale: locale, step: step)
            let next: DataTable?
            switch step.operation {
            case .filter(let predicate): next = FilterTransform.apply(predicate, context)
            case .sort(let keys): next = SortTransform.apply(keys, context)
            case .aggregate(let spec): next = AggregateTransform.apply(spec, context)
            case .fold(let spec): next = ReshapeTransform.fold(spec, context)
            case .pivot(let spec): next = ReshapeTransform.pivot(spec, context)
            case .calculate(let spec): next = DeriveTransform.calculate(spec, context)
            case .share(let spec): next = DeriveTransform.share(spec, context)
            case .top(let spec): next = TopTransform.apply(spec, context)
            case .lookup(let spec):
                let other = try load(spec.data)
                other.warnings.forEach(reader.add)
                result.lookups.append(other)
                next = LookupTransform.apply(spec, other: other.table, context)
            }
            guard let next, !reader.hasErrors else {
                throw KresbaError(Diagnostic.inReadingOrder(reader.diagnostics))
            }
            result.table = next
        }
        return result
    }
}
