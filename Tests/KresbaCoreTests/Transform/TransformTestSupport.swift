import Foundation
import Testing

@testable import KresbaCore

/// Runs a spec's `transform` list on small CSV tables written in the test.
enum TransformTestSupport {
    static let okresy = """
        kod,okres,obyvatel,rozloha
        CZ0511,Česká Lípa,102998,1073
        CZ0512,Jablonec nad Nisou,90198,402
        CZ0513,Liberec,175465,989
        CZ0514,Semily,73815,699
        """

    /// The outcome of a run: the table, or the messages that stopped it.
    struct Outcome {
        var table: DataTable?
        /// Every diagnostic, errors first, as the user would read them.
        var messages: [String]

        /// The values of a field as text (missing as "∅"), for compact expectations.
        func column(_ name: String) -> [String] {
            table?.field(named: name)?.values.map { $0.keyText ?? "∅" } ?? []
        }

        func type(_ name: String) -> FieldType? { table?.field(named: name)?.type }
    }

    static func table(_ csv: String, name: String = "data.csv") throws -> DataTable {
        try CSVReader.read(Array(csv.utf8), sourceName: name)
    }

    /// Reads `transform:` (YAML, indented by two spaces under it) from a spec and runs it.
    /// - Parameter others: tables a `lookup` may name by file path.
    static func run(
        _ transform: String, on csv: String = okresy, locale: String = "cs", others: [String: String] = [:]
    ) throws -> Outcome {
        let indented = transform.split(separator: "\n", omittingEmptySubsequences: false)
            .map { "  " + $0 }.joined(separator: "\n")
        let yaml =
            "type: bar\nlocale: \(locale)\ndata: data.csv\nx: okres\ny: obyvatel\ntransform:\n\(indented)\n"
        let spec: ChartSpec
        do {
            spec = try ChartSpec.read(SpecParser.parse(Array(yaml.utf8), file: "t.yaml"), file: "t.yaml").0
        } catch {
            return Outcome(table: nil, messages: error.diagnostics.map(\.description))
        }
        let otherTables = try others.mapValues { try table($0) }
        let reader = SpecReader(file: "t.yaml")
        let runner = TransformRunner(reader: reader, locale: spec.locale) { (reference) throws(KresbaError) in
            guard case .file(let path, _, _) = reference, var other = otherTables[path] else {
                throw KresbaError(Diagnostic(.error, "no such test table", file: "t.yaml"))
            }
            other.sourceName = path
            return LoadedData(table: other, dataset: nil, warnings: [])
        }
        let input = try table(csv)
        do {
            let result = try runner.run(spec.transforms, on: input)
            return Outcome(table: result.table, messages: reader.diagnostics.map(\.description))
        } catch {
            return Outcome(table: nil, messages: error.diagnostics.map(\.description))
        }
    }
}
