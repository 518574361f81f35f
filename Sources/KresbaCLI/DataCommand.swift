import ArgumentParser
import Foundation
import KresbaCore

/// `kresba data FILE`: shows how Kresba reads a data file, so people can debug a file before charting it.
struct DataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "data",
        abstract: "Show how Kresba reads a data file: its format, encoding, columns and their types.",
        discussion: """
            Reads CSV/TSV, JSON records, GeoJSON and TopoJSON (told apart by content). For tables it \
            prints the encoding, delimiter, decimal mark, row count and each column with its type, \
            missing values and samples; for geometry the features, geometry types, coordinate system, \
            bounds and properties. On bad input it prints file:line:column: error: … and exits non-zero. \
            --json prints one JSON object for scripts, with keys in a fixed order.
            """)

    @Argument(help: ArgumentHelp("A CSV, TSV, JSON, GeoJSON or TopoJSON file.", valueName: "file"))
    var file: String

    @Flag(help: "Print one JSON object instead of text.")
    var json = false

    @Option(help: ArgumentHelp("CSV field delimiter: , ; | or tab (default: detected).", valueName: "char"))
    var delimiter: String?

    @Option(help: ArgumentHelp("utf-8, windows-1250 or iso-8859-2 (default: detected).", valueName: "name"))
    var encoding: String?

    @Option(help: ArgumentHelp("Decimal mark of CSV numbers: , or . (default: detected).", valueName: "char"))
    var decimal: String?

    @Option(
        name: .customLong("type"),
        help: ArgumentHelp(
            "Declare a CSV column's type: number, integer, text, boolean or date (repeatable).",
            valueName: "field=type"))
    var types: [String] = []

    @Option(
        help: ArgumentHelp("Where the records are in a JSON document, e.g. data.rows.", valueName: "path"))
    var path: String?

    @Option(help: ArgumentHelp("The TopoJSON object to read (default: the only one).", valueName: "name"))
    var object: String?

    @Option(help: ArgumentHelp("Sample values shown per column (default 3).", valueName: "n"))
    var samples: Int = 3

    func validate() throws {
        _ = try csvOptions()
        guard (0...20).contains(samples) else { throw ValidationError("--samples must be between 0 and 20") }
    }

    func csvOptions() throws -> CSVOptions {
        var options = CSVOptions()
        if let delimiter {
            let named: [String: Character] = [
                ",": ",", ";": ";", "|": "|", "tab": "\t", "\\t": "\t", "\t": "\t",
            ]
            guard let character = named[delimiter.lowercased()] else {
                throw ValidationError("--delimiter must be one of , ; | tab")
            }
            options.delimiter = character
        }
        if let encoding {
            guard let known = TextEncoding(name: encoding) else {
                throw ValidationError("--encoding must be utf-8, windows-1250 or iso-8859-2")
            }
            options.encoding = known
        }
        if let decimal {
            guard decimal == "," || decimal == "." else { throw ValidationError("--decimal must be , or .") }
            options.decimal = Character(decimal)
        }
        for declaration in types {
            let parts = declaration.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let type = FieldType(rawValue: parts[1].lowercased()) else {
                throw ValidationError(
                    "--type \"\(declaration)\" must be field=type with a type of number, integer, text, boolean "
                        + "or date")
            }
            options.fieldTypes[parts[0]] = type
        }
        return options
    }

    func run() throws {
        let bytes = try readFile()
        let kind = DataFileKind.detect(bytes, fileName: file)
        if kind != .csv {
            let given = [
                ("--delimiter", delimiter != nil), ("--decimal", decimal != nil), ("--type", !types.isEmpty),
            ]
            for (option, _) in given.filter(\.1) {
                printError("\(file): note: \(option) applies to CSV files only; ignored")
            }
        }
        do {
            let report: String
            switch kind {
            case .csv:
                let table = try CSVReader.read(bytes, sourceName: file, options: try csvOptions())
                report =
                    json ? DataReport.json(table, samples: samples) : DataReport.text(table, samples: samples)
            case .json:
                let table = try JSONRecordsReader.read(bytes, sourceName: file, path: path)
                report =
                    json ? DataReport.json(table, samples: samples) : DataReport.text(table, samples: samples)
            case .geojson, .topojson:
                let layer = try GeoReader.read(bytes, sourceName: file, object: object)
                report =
                    json ? DataReport.json(layer, samples: samples) : DataReport.text(layer, samples: samples)
            }
            print(report)
        } catch let error as DataError {
            printError(error.description)
            throw ExitCode.failure
        }
    }

    /// The file's bytes; a missing, unreadable or oversized file is reported in the compiler style.
    private func readFile() throws -> [UInt8] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isFolder) else {
            printError("\(file): error: no such file")
            throw ExitCode.failure
        }
        guard !isFolder.boolValue else {
            printError("\(file): error: is a folder, not a data file")
            throw ExitCode.failure
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
        let limits = DataLimits()
        guard size <= limits.maxBytes else {
            printError(limits.tooLarge(size, sourceName: file).description)
            throw ExitCode.failure
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            printError("\(file): error: cannot read the file")
            throw ExitCode.failure
        }
        return [UInt8](data)
    }
}
