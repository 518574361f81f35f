import Foundation
import KresbaTestSupport

/// External checkers the tests use: poppler's pdffonts and the Python JSON Schema validator
/// (installed by `scripts/install-deps.sh --test`).
enum Tools {
    struct Result {
        var status: Int32
        var output: String
    }

    static func run(_ arguments: [String], input: [UInt8]? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        let inPipe = Pipe()
        if input != nil { process.standardInput = inPipe }
        try process.run()
        if let input {
            inPipe.fileHandleForWriting.write(Data(input))
            try inPipe.fileHandleForWriting.close()
        }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    /// Whether `pdffonts` lists every font as embedded (column "emb" is "yes").
    static func pdfFontsAllEmbedded(_ pdf: [UInt8]) -> Bool {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "kresba-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: file) }
        guard (try? Data(pdf).write(to: file)) != nil, let result = try? run(["pdffonts", file.path]),
            result.status == 0
        else { return false }
        let rows = result.output.split(separator: "\n").dropFirst(2)
        return !rows.isEmpty
            && rows.allSatisfy { row in
                let columns = row.split(separator: " ", omittingEmptySubsequences: true)
                // name type [encoding words…] emb sub uni object ID: "emb" is the 5th field from the end.
                return columns.count >= 7 && columns[columns.count - 5] == "yes"
            }
    }

    /// Runs `scripts/check-schema.py` with the first Python that has jsonschema and PyYAML.
    static func checkSchema(_ specs: [String]) throws -> Result {
        let root = GoldenImage.packageRoot
        for python in ["/usr/bin/python3", "python3"] {
            let probe = try? run([python, "-c", "import jsonschema, yaml"])
            guard probe?.status == 0 else { continue }
            return try run(
                [
                    python, root.appendingPathComponent("scripts/check-schema.py").path,
                    root.appendingPathComponent("docs/kresba.schema.json").path,
                ] + specs)
        }
        return Result(
            status: 127, output: "no python3 with jsonschema and PyYAML; run scripts/install-deps.sh --test")
    }
}
