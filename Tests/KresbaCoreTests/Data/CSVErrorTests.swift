import Testing

@testable import KresbaCore

/// Error messages are part of the interface: they are pinned word for word.
@Suite("CSV reader: errors")
struct CSVErrorTests {
    @Test("A row with too few fields")
    func raggedTooFew() {
        let error = DataTestSupport.csvError(
            "okres;rok;počet\nLiberec;2020;5\nSemily;2021\n", name: "data/okresy.csv")
        #expect(
            error?.description
                == "data/okresy.csv:3:12: error: row 2 has 2 fields, but the header has 3; check for "
                + "a missing \";\" or a line break inside an unquoted value")
        #expect(error?.location.record == 2)
    }

    @Test("A row with too many fields")
    func raggedTooMany() {
        let error = DataTestSupport.csvError("okres,podíl\nLiberec,1,5\n", name: "data/okresy.csv")
        #expect(
            error?.description
                == "data/okresy.csv:2:11: error: row 1 has 3 fields, but the header has 2; a value "
                + "that contains \",\" must be quoted")
    }

    @Test("A value under a header cell left empty by a trailing delimiter")
    func valueInUnnamedColumn() {
        let error = DataTestSupport.csvError("a;b;\n1;2;\n3;4;5\n")
        #expect(
            error?.description
                == "data/test.csv:3:5: error: row 2 has a value in column 3, which has no name in "
                + "the header; write a name for the column in the header row")
    }

    @Test("An unterminated quote names where it opened")
    func unterminatedQuote() {
        let error = DataTestSupport.csvError("a;b\n1;\"Liberec\n2;Semily\n", name: "data/okresy.csv")
        #expect(
            error?.description
                == "data/okresy.csv:2:3: error: this quote is never closed; close the quoted value, "
                + "and write a quote inside it as two quotes (\"\")")
    }

    @Test("Text after a closing quote")
    func textAfterQuote() {
        let error = DataTestSupport.csvError("a;b\n1;\"Liberec\" město\n")
        #expect(
            error?.description
                == "data/test.csv:2:13: error: unexpected text after the closing quote of a value; "
                + "write a quote inside a quoted value as two quotes (\"\")")
    }

    @Test("Empty files")
    func empty() {
        #expect(DataTestSupport.csvError("")?.description == "data/test.csv: error: file is empty")
        #expect(DataTestSupport.csvError("\r\n\n  \n")?.description == "data/test.csv: error: file is empty")
        #expect(
            DataTestSupport.csvError(bytes: [0xEF, 0xBB, 0xBF])?.description
                == "data/test.csv: error: file is empty")
    }

    @Test("A row with a single field and a title line above the header")
    func singleFieldAndTitle() {
        #expect(
            DataTestSupport.csvError("a;b;c\n1;2;3\nkonec\n")?.message
                == "row 2 has 1 field, but the header has 3")
        #expect(
            DataTestSupport.csvError("Obyvatelstvo k 31. 12. 2020;;\nkód;název;počet\n1;a;2\n")?.description
                == "data/test.csv:1:29: error: column 2 has no name; the first line looks like a title; "
                + "the file must start with the column names")
    }

    @Test("A header without data rows")
    func headerOnly() {
        #expect(
            DataTestSupport.csvError("okres;rok\n\n")?.description
                == "data/test.csv:1: error: file has a header but no data rows")
    }

    @Test("Empty and duplicate column names")
    func badHeader() {
        #expect(
            DataTestSupport.csvError("a;;c\n1;2;3\n")?.description
                == "data/test.csv:1:3: error: column 2 has no name; write a name in the header row "
                + "for every column"
        )
        #expect(
            DataTestSupport.csvError(";a\n1;2\n")?.description
                == "data/test.csv:1:1: error: column 1 has no name; write a name in the header row "
                + "for every column"
        )
        #expect(
            DataTestSupport.csvError("rok;počet;\"rok\"\n1;2;3\n")?.description
                == "data/test.csv:1:11: error: column name \"rok\" is used twice, for columns 1 and "
                + "3; rename one of the columns")
        // Names are compared after whitespace is collapsed.
        #expect(
            DataTestSupport.csvError("\"a  b\";\"a\nb\"\n1;2\n")?.message
                == "column name \"a b\" is used twice, for columns 1 and 2")
    }

    @Test("A value that does not fit the declared type")
    func declaredMismatch() {
        let text = "okres;rok;obyvatel\nLiberec;2020;175 465\nSemily;2021;\"12,5x\"\n"
        let error = DataTestSupport.csvError(
            text, name: "data/okresy.csv", options: CSVOptions(fieldTypes: ["obyvatel": .number]))
        #expect(
            error?.description
                == "data/okresy.csv:3:13: error: value \"12,5x\" in column \"obyvatel\" (3) is not a "
                + "number; fix the value, add it to the missing markers, or declare the column as text")
        #expect(error?.location.fieldName == "obyvatel")
        #expect(error?.location.record == 2)

        let integer = DataTestSupport.csvError(
            "a;b\nx;2,5\n", options: CSVOptions(fieldTypes: ["b": .integer]))
        #expect(integer?.message == "value \"2,5\" in column \"b\" (2) is not an integer")

        let boolean = DataTestSupport.csvError(
            "a;b\nx;možná\n", options: CSVOptions(fieldTypes: ["b": .boolean]))
        #expect(
            boolean?.message
                == "value \"možná\" in column \"b\" (2) is not a boolean (true/false, ano/ne, yes/no, 1/0)")

        let otherMark = DataTestSupport.csvError(
            "a;b\nx;1,5\ny;2.5\n", options: CSVOptions(fieldTypes: ["b": .number]))
        #expect(
            otherMark?.description
                == "data/test.csv:3:3: error: value \"2.5\" in column \"b\" (2) is not a number; the "
                + "file is read with \",\" as the decimal mark; set decimal to \".\"")
    }

    @Test("A declared type for a column the file lacks")
    func unknownDeclaredColumn() {
        let error = DataTestSupport.csvError("a;b\n1;2\n", options: CSVOptions(fieldTypes: ["c": .number]))
        #expect(
            error?.description
                == "data/test.csv: error: a type is declared for column \"c\", which the file does "
                + "not have; the columns are \"a\", \"b\"")
    }

    @Test("Row, cell, column and size limits")
    func limits() {
        let rows = "a\n" + String(repeating: "1\n", count: 5)
        #expect(
            DataTestSupport.csvError(rows, options: CSVOptions(maxRows: 4))?.description
                == "data/test.csv:6: error: file has more than 4 data rows, the row limit; aggregate "
                + "or filter the data before charting it, or raise the limit")
        #expect(DataTestSupport.csvError(rows, options: CSVOptions(maxRows: 5)) == nil)
        #expect(
            DataTestSupport.csvError("a,b\n1,2\n3,4\n", options: CSVOptions(maxCells: 5))?.message
                == "file has more than 5 cells, the cell limit")
        #expect(
            DataTestSupport.csvError("a,b,c\n1,2,3\n", options: CSVOptions(maxColumns: 2))?.description
                == "data/test.csv:1:5: error: the record has more than 2 fields, the column limit; "
                + "check that the file is really a table, or raise the limit")
        #expect(
            DataTestSupport.csvError("a\n1\n", options: CSVOptions(maxBytes: 3))?.description
                == "data/test.csv: error: the file has 4 bytes, more than the limit of 3 bytes; aggregate or "
                + "filter the data before charting it")
    }

    @Test("Unusable options")
    func badOptions() {
        #expect(
            DataTestSupport.csvError("a\n1\n", options: CSVOptions(delimiter: "\""))?.message
                == "the delimiter \"\\\"\" cannot be used")
        #expect(
            DataTestSupport.csvError("a\n1\n", options: CSVOptions(delimiter: "§"))?.message
                == "the delimiter \"§\" cannot be used")
        #expect(
            DataTestSupport.csvError("a\n1\n", options: CSVOptions(decimal: "'"))?.message
                == "the decimal mark \"'\" cannot be used")
    }

    @Test("Hostile input fails cleanly")
    func hostileInput() throws {
        // A long line of delimiters hits the column limit instead of allocating millions of cells.
        let commas = String(repeating: ",", count: 200_000)
        #expect(DataTestSupport.csvError("a\(commas)\n") != nil)
        // Deep quote runs, lone quotes and control characters neither crash nor hang.
        #expect(DataTestSupport.csvError(String(repeating: "\"", count: 10_001)) != nil)
        let odd = try DataTestSupport.csv("a,b\nx\"y,\u{1}\n")
        #expect(odd.valuesOf("a") == [.text("x\"y")])
        // Random bytes either read or fail with a located error.
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = [0x22, 0x2C, 0x3B, 0x0A, 0x0D, 0x31, 0x61, 0xC3, 0xA1, 0x9A, 0x20]
        for _ in 0..<200 {
            let bytes = (0..<Int.random(in: 0..<300, using: &generator)).map { _ in
                alphabet.randomElement(using: &generator) ?? 0x61
            }
            _ = DataTestSupport.csvError(bytes: bytes)
        }
    }
}
