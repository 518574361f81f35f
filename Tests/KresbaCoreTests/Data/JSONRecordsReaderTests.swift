import Testing

@testable import KresbaCore

@Suite("JSON records and inline values")
struct JSONRecordsReaderTests {
    private func read(_ text: String, path: String? = nil) throws(DataError) -> DataTable {
        try JSONRecordsReader.read(Array(text.utf8), sourceName: "data/test.json", path: path)
    }

    @Test("An array of objects, keys in first-seen order")
    func keyOrder() throws {
        // Keys chosen so that neither alphabetical nor hash order matches the document.
        let table = try read(
            """
            [{"zkratka": "LB", "obyvatel": 442476, "podíl": 12.5, "aktivní": true},
             {"obyvatel": 640196, "zkratka": "US", "nový": null, "podíl": 3},
             {"zkratka": "", "kraj": "Hlavní město Praha", "aktivní": false}]
            """)
        #expect(table.fieldNames == ["zkratka", "obyvatel", "podíl", "aktivní", "nový", "kraj"])
        #expect(table.rowCount == 3)
        #expect(table.rowLines.isEmpty)
        #expect(table.typeOf("zkratka") == .text)
        #expect(table.valuesOf("zkratka") == [.text("LB"), .text("US"), .missing])
        #expect(table.typeOf("obyvatel") == .integer)
        #expect(table.valuesOf("obyvatel") == [.number(442_476), .number(640_196), .missing])
        #expect(table.typeOf("podíl") == .number)
        #expect(table.typeOf("aktivní") == .boolean)
        #expect(table.valuesOf("aktivní") == [.bool(true), .missing, .bool(false)])
        #expect(table.typeOf("nový") == .text)
        #expect(table.valuesOf("nový") == [.missing, .missing, .missing])
        #expect(table.format.kind == .json)
        #expect(table.format.recordsPointer == "")
    }

    @Test("Records at a dotted path or a JSON Pointer")
    func paths() throws {
        let text = """
            {"meta": {"zdroj": "ČSÚ"}, "data": {"rows": [{"a": 1}, {"a": 2}], "a/b": [{"x": "y"}]}}
            """
        let dotted = try read(text, path: "data.rows")
        #expect(dotted.valuesOf("a") == [.number(1), .number(2)])
        #expect(dotted.format.recordsPointer == "/data/rows")
        let pointer = try read(text, path: "/data/rows")
        #expect(pointer == dotted)
        let escaped = try read(text, path: "/data/a~1b")
        #expect(escaped.valuesOf("x") == [.text("y")])
        #expect(escaped.location(ofRow: 0).pointer == "/data/a~1b/0")
    }

    @Test("Escapes, Unicode and numbers")
    func values() throws {
        let table = try read(
            #"[{"s": "\"Ž\"\n\u017Elutý \ud83d\udc34 \/", "n": -1.5e3, "z": 0, "big": 12345678901234567890}]"#
        )
        #expect(table.valuesOf("s") == [.text("\"Ž\"\nžlutý 🐴 /")])
        #expect(table.valuesOf("n") == [.number(-1500)])
        #expect(table.typeOf("z") == .integer)
        #expect(table.typeOf("big") == .number)  // not exactly representable, so not called an integer
    }

    @Test("Mixed value types make a text column without losing values")
    func mixedTypes() throws {
        let table = try read(#"[{"v": 1}, {"v": "x"}, {"v": true}, {"v": 2.5}]"#)
        #expect(table.typeOf("v") == .text)
        #expect(table.valuesOf("v") == [.text("1"), .text("x"), .text("true"), .text("2.5")])
    }

    @Test("Invalid JSON reports line and column")
    func invalidJSON() {
        #expect(
            DataTestSupport.jsonError("[\n  {\"a\": 1},\n  {\"a\": 2,}\n]")?.description
                == "data/test.json:3:11: error: a trailing comma before \"}\" is not allowed in JSON")
        #expect(
            DataTestSupport.jsonError("[{\"a\": 1, b: 2}]")?.description
                == "data/test.json:1:11: error: expected a key in double quotes, found \"b\"")
        #expect(
            DataTestSupport.jsonError("[{\"a\": 1}\n {\"a\": 2}]")?.description
                == "data/test.json:2:2: error: expected \",\" or \"]\" after an array element, found \"{\"")
        #expect(
            DataTestSupport.jsonError("[{\"a\": 1},]")?.description
                == "data/test.json:1:11: error: a trailing comma before \"]\" is not allowed in JSON")
        #expect(
            DataTestSupport.jsonError("[{\"a\": NaN}]")?.description
                == "data/test.json:1:8: error: expected a value, found \"N\"; strings need double "
                + "quotes; NaN, comments and trailing commas are not JSON")
        #expect(
            DataTestSupport.jsonError("[{\"název\": \"Liberec}]")?.description
                == "data/test.json:1:12: error: this string is never closed")
        #expect(
            DataTestSupport.jsonError("[{\"a\": 1, \"a\": 2}]")?.description
                == "data/test.json:1:11: error: key \"a\" appears twice in the same object")
        #expect(
            DataTestSupport.jsonError("[] x")?.message == "unexpected text after the end of the JSON value")
        #expect(DataTestSupport.jsonError("[01]")?.message == "numbers cannot have leading zeros in JSON")
        #expect(DataTestSupport.jsonError("[1e999]")?.message == "number is out of range")
        #expect(
            DataTestSupport.jsonError("[\"\\ud800\"]")?.message == "\\u escape is half of a surrogate pair")
        #expect(DataTestSupport.jsonError("")?.description == "data/test.json: error: file is empty")
    }

    @Test("A record that is not an object is named by its pointer")
    func notAnObject() {
        let error = DataTestSupport.jsonError("[{\"a\": 1}, {\"a\": 2}, {\"a\": 3},\n 4]")
        #expect(
            error?.description
                == "data/test.json:2:2: error: record \"/3\" is a number, not an object; every "
                + "element of the array must be an object such as {\"name\": …, \"value\": …}")
        #expect(error?.location.pointer == "/3")
        #expect(error?.location.record == 4)
        let nested = DataTestSupport.jsonError("{\"rows\": [{\"a\": {\"b\": 1}}]}", path: "rows")
        #expect(nested?.location.pointer == "/rows/0/a")
        #expect(
            nested?.message
                == "value \"/rows/0/a\" is an object; a column value must be a string, number, "
                + "boolean or null"
        )
    }

    @Test("Wrong or missing paths explain what is there")
    func pathErrors() {
        let text = "{\"meta\": {}, \"data\": {\"rows\": [{\"a\": 1}]}}"
        #expect(
            DataTestSupport.jsonError(text)?.description
                == "data/test.json:1:1: error: the top-level value is an object, not an array of "
                + "records; give the path of the records, e.g. \"data.rows\"")
        #expect(
            DataTestSupport.jsonError(text, path: "data.radky")?.description
                == "data/test.json:1:22: error: path \"data.radky\": the object at \"/data\" has no "
                + "key \"radky\"; its keys are \"rows\"")
        #expect(
            DataTestSupport.jsonError(text, path: "data")?.message
                == "the value at \"/data\" is an object, not an array of records")
        #expect(
            DataTestSupport.jsonError(text, path: "/data/rows/5")?.message
                == "path \"/data/rows/5\": the array at \"/data/rows\" has no element \"5\"")
        #expect(DataTestSupport.jsonError("[]")?.message == "the array of records is empty")
    }

    @Test("Nesting depth and size limits")
    func limits() {
        let deep = String(repeating: "[", count: 100_000)
        #expect(DataTestSupport.jsonError(deep)?.message == "values are nested more than 200 levels deep")
        do {
            _ = try JSONRecordsReader.read(
                Array("[{\"a\":1},{\"a\":2}]".utf8), sourceName: "x.json", limits: DataLimits(maxRows: 1))
            Issue.record("expected the row limit to apply")
        } catch {
            #expect(error.message == "the array has 2 records, more than the limit of 1")
        }
    }

    @Test("Inline values from a spec")
    func inlineValues() {
        let table = DataTable(
            records: [
                [("kraj", .text("Liberecký")), ("hodnota", .number(3))],
                [("hodnota", .number(4.5)), ("kraj", .text("Ústecký")), ("poznámka", .text(" "))],
            ],
            sourceName: "spec.yaml (inline values)")
        #expect(table.fieldNames == ["kraj", "hodnota", "poznámka"])
        #expect(table.typeOf("hodnota") == .number)
        #expect(table.valuesOf("poznámka") == [.missing, .missing])
        #expect(table.format.kind == .inline)
        #expect(table.rowCount == 2)
    }
}
