import Foundation
import Testing

@testable import KresbaCore

@Suite("CSV reader: dialects and values")
struct CSVReaderTests {
    @Test("ČSÚ style: BOM, semicolon, CRLF, line breaks in header cells, decimal comma, space thousands")
    func csuStyleFixture() throws {
        let table = try CSVReader.read(
            try DataTestSupport.fixtureBytes("csu-style.csv"), sourceName: "Fixtures/csu-style.csv")
        #expect(
            table.fieldNames == [
                "kód okresu", "Název okresu", "Počet obyvatel (k 31.12.)", "Podíl 65+ (%)", "Nezaměstnanost",
                "Poznámka",
            ])
        #expect(table.rowCount == 4)
        #expect(table.rowLines == [5, 6, 7, 9])
        #expect(table.typeOf("kód okresu") == .text)
        #expect(table.valuesOf("kód okresu") == [.text("0511"), .text("0512"), .text("0513"), .text("0514")])
        #expect(table.typeOf("Počet obyvatel (k 31.12.)") == .integer)
        #expect(
            table.valuesOf("Počet obyvatel (k 31.12.)") == [
                .number(102_998), .number(90_198), .number(175_465), .number(73_815),
            ])
        #expect(table.typeOf("Podíl 65+ (%)") == .number)
        #expect(
            table.valuesOf("Podíl 65+ (%)") == [.number(21.3), .number(20.9), .number(19.8), .number(22.4)])
        #expect(table.typeOf("Nezaměstnanost") == .number)
        #expect(table.valuesOf("Nezaměstnanost") == [.number(3.1), .missing, .missing, .number(2.7)])
        #expect(table.typeOf("Poznámka") == .text)
        #expect(
            table.valuesOf("Poznámka") == [
                .missing, .text("s \"uvozovkami\""), .text("dva\nřádky"), .text("x"),
            ])

        let format = table.format
        #expect(format.kind == .csv)
        #expect(format.encoding == .utf8)
        #expect(format.byteOrderMark)
        #expect(format.delimiter == ";")
        #expect(format.lineEnding == .crlf)
        #expect(format.decimalMark == ",")
        #expect(format.thousandsSeparator == " ")
        #expect(format.missingMarkers == ["-", "i.d."])
        #expect(
            format.notes == [
                "column \"kód okresu\" is read as text although its values are numbers: its name marks a code"
            ])
    }

    @Test("Tab-separated values")
    func tab() throws {
        let table = try DataTestSupport.csv("okres\trok\tpočet\nLiberec\t2020\t1,5\nSemily\t2021\t2\n")
        #expect(table.format.delimiter == "\t")
        #expect(table.fieldNames == ["okres", "rok", "počet"])
        #expect(table.typeOf("rok") == .integer)
        #expect(table.valuesOf("počet") == [.number(1.5), .number(2)])
        #expect(table.format.decimalMark == ",")
    }

    @Test("Pipe-separated values with decimal point")
    func pipe() throws {
        let table = try DataTestSupport.csv("a|b|c\nx|1.25|true\ny|2|false\n")
        #expect(table.format.delimiter == "|")
        #expect(table.valuesOf("b") == [.number(1.25), .number(2)])
        #expect(table.typeOf("c") == .boolean)
        #expect(table.valuesOf("c") == [.bool(true), .bool(false)])
    }

    @Test("Comma file with quoted delimiters, doubled quotes and a line break in a value")
    func rfc4180Quoting() throws {
        let table = try DataTestSupport.csv(
            "name,note,n\n\"Brod, Železný\",\"řekl \"\"ahoj\"\"\",1\n\"a\nb\",,2\n")
        #expect(table.format.delimiter == ",")
        #expect(table.valuesOf("name") == [.text("Brod, Železný"), .text("a\nb")])
        #expect(table.valuesOf("note") == [.text("řekl \"ahoj\""), .missing])
        #expect(table.rowLines == [2, 3])
    }

    @Test("Semicolons inside quoted values do not fool delimiter detection")
    func detectionRespectsQuotes() throws {
        let table = try DataTestSupport.csv("a,b\n\"x;y;z\",1\n\"p;q;r\",2\n\"s;t;u\",3\n")
        #expect(table.format.delimiter == ",")
        #expect(table.valuesOf("a") == [.text("x;y;z"), .text("p;q;r"), .text("s;t;u")])
    }

    @Test("Decimal commas do not fool delimiter detection in semicolon files")
    func decimalCommaVersusDelimiter() throws {
        let table = try DataTestSupport.csv("lon;lat\n12,19499167;50,22386944\n14,6869;49,78\n")
        #expect(table.format.delimiter == ";")
        #expect(table.valuesOf("lon") == [.number(12.19499167), .number(14.6869)])
    }

    @Test("LF, CRLF, lone CR and mixed line ends; a trailing empty line is ignored")
    func lineEnds() throws {
        for (text, ending) in [
            ("a,b\n1,2\n3,4\n", LineEnding.lf), ("a,b\r\n1,2\r\n3,4\r\n", .crlf), ("a,b\r1,2\r3,4\r", .cr),
            ("a,b\n1,2\r\n3,4", .mixed),
        ] {
            let table = try DataTestSupport.csv(text)
            #expect(table.rowCount == 2)
            #expect(table.valuesOf("b") == [.number(2), .number(4)])
            #expect(table.format.lineEnding == ending)
            #expect(table.rowLines == [2, 3])
        }
        let withBlankLines = try DataTestSupport.csv("a,b\n1,2\n\n3,4\n\n\r\n")
        #expect(withBlankLines.rowCount == 2)
        #expect(withBlankLines.rowLines == [2, 4])
        // Lines of empty fields, as spreadsheets leave them, are skipped too (even with fewer delimiters).
        let withEmptyRows = try DataTestSupport.csv("a;b;c\n1;2;3\n;;\n4;5;6\n;;\n;\n\"\";\"\";\n")
        #expect(withEmptyRows.rowCount == 2)
        #expect(withEmptyRows.rowLines == [2, 4])
    }

    @Test("A trailing delimiter on every line (or only on data lines) is tolerated")
    func trailingDelimiter() throws {
        let both = try DataTestSupport.csv("a;b;\n1;2;\n3;4;\n")
        #expect(both.fieldNames == ["a", "b"])
        #expect(both.valuesOf("b") == [.number(2), .number(4)])
        let dataOnly = try DataTestSupport.csv("a;b\n1;2;\n3;4\n")
        #expect(dataOnly.fieldNames == ["a", "b"])
        #expect(dataOnly.valuesOf("a") == [.number(1), .number(3)])
    }

    @Test("Numbers: signs, U+2212, grouping with space, no-break spaces and dots")
    func numberForms() throws {
        let table = try DataTestSupport.csv(
            "a;b;c;d\n−1 234,5;1.234,5;1\u{202F}000;+7\n-0,25;12.345.678;2\u{00A0}500\u{00A0}000;1e3\n")
        #expect(table.format.decimalMark == ",")
        #expect(table.valuesOf("a") == [.number(-1234.5), .number(-0.25)])
        #expect(table.valuesOf("b") == [.number(1234.5), .number(12_345_678)])
        #expect(table.valuesOf("c") == [.number(1000), .number(2_500_000)])
        #expect(table.typeOf("c") == .integer)
        #expect(table.valuesOf("d") == [.number(7), .number(1000)])
    }

    @Test("English numbers with comma thousands in a quoted comma file")
    func englishGrouping() throws {
        let table = try DataTestSupport.csv("name,amount\nx,\"1,234.5\"\ny,\"12,000\"\nz,0.5\n")
        #expect(table.format.decimalMark == ".")
        #expect(table.format.thousandsSeparator == ",")
        #expect(table.valuesOf("amount") == [.number(1234.5), .number(12000), .number(0.5)])
    }

    @Test("Decimal mark per file: given, or voted by unambiguous values")
    func decimalMark() throws {
        // "1.234" alone is ambiguous; "0,5" settles the file as decimal comma, so the dot groups thousands.
        let czech = try DataTestSupport.csv("a;b\n1.234;0,5\n")
        #expect(czech.valuesOf("a") == [.number(1234)])
        let english = try DataTestSupport.csv("a;b\n1.234;0.5\n")
        #expect(english.format.decimalMark == ".")
        #expect(english.valuesOf("a") == [.number(1.234)])
        // A value in the other mark does not parse: the column is text.
        let mixed = try DataTestSupport.csv("a;b\n1,5;2,5\n3,5;2.5\n")
        #expect(mixed.typeOf("a") == .number)
        #expect(mixed.typeOf("b") == .text)
        let given = try DataTestSupport.csv("a;b\n1.234;2\n", options: CSVOptions(decimal: "."))
        #expect(given.valuesOf("a") == [.number(1.234)])
    }

    @Test("Codes stay text: leading zeros, letters, code-like names, long numbers")
    func codes() throws {
        let table = try DataTestSupport.csv(
            """
            KOD_OBEC,ZUJ,okres_lau_kod,nuts,psc,obecKod,IČO,cislo,id,pocet,long
            554782,554782,CZ0513,CZ051,46001,563889,00274046,0513,1,10,9007199254740993
            563889,563889,CZ0514,CZ052,51101,577626,12345678,12,2,20,1
            """)
        for name in [
            "KOD_OBEC", "ZUJ", "okres_lau_kod", "nuts", "psc", "obecKod", "IČO", "cislo", "id", "long",
        ] {
            #expect(table.typeOf(name) == .text, "\(name)")
        }
        #expect(table.valuesOf("KOD_OBEC") == [.text("554782"), .text("563889")])
        #expect(table.valuesOf("cislo") == [.text("0513"), .text("12")])
        #expect(table.typeOf("pocet") == .integer)
        #expect(
            table.format.notes.contains(
                "column \"cislo\" is read as text although its values are numbers: values such as "
                    + "\"0513\" have leading zeros"))
        #expect(
            table.format.notes.contains(
                "column \"long\" is read as text although its values are numbers: some whole numbers "
                    + "are too long to be stored exactly"))
    }

    @Test("Code-like column names")
    func codeNames() {
        for name in [
            "KOD_OBEC", "kód SOORP", "Kód KRAJ_NUTS", "obec_kod", "spravniobeckod", "ZUJ", "IČO", "obecId",
            "id",
            "KOD_LAU1", "postcode", "PSČ", "code",
        ] {
            #expect(TypeInference.isCodeName(name), "\(name)")
        }
        for name in ["Celkem", "POCET_OBYV_2020", "hodnota", "rok", "idealni", "kraj", "Počet obyvatel"] {
            #expect(!TypeInference.isCodeName(name), "\(name)")
        }
    }

    @Test("Quoted numbers are text when the file leaves other numbers unquoted")
    func quotedCodes() throws {
        let table = try DataTestSupport.csv(
            "KODCIS2,CHODNOTA,TEXT\n65,\"1000\",\"Praha\"\n65,\"2101\",\"Benešov\"\n")
        #expect(table.typeOf("CHODNOTA") == .text)
        #expect(table.valuesOf("CHODNOTA") == [.text("1000"), .text("2101")])
        #expect(table.typeOf("KODCIS2") == .text)  // its name marks a code
        // When every field is quoted, quoting says nothing and numbers are numbers.
        let allQuoted = try DataTestSupport.csv("\"a\",\"b\"\n\"x\",\"1,5\"\n\"y\",\"2\"\n")
        #expect(allQuoted.typeOf("b") == .number)
        #expect(allQuoted.valuesOf("b") == [.number(1.5), .number(2)])
    }

    @Test("Missing markers count in numeric columns only")
    func missingMarkers() throws {
        let table = try DataTestSupport.csv(
            "a;b;c;d;e\n1;-;x;ano;NA\n2;.;y;ne;\n3;…;-;x;4\n4;i.d.;z;;N/A\n")
        #expect(table.typeOf("a") == .integer)
        #expect(table.typeOf("b") == .text)  // no numbers at all: nothing to be missing from
        #expect(table.valuesOf("b") == [.text("-"), .text("."), .text("…"), .text("i.d.")])
        #expect(table.typeOf("c") == .text)
        #expect(table.valuesOf("c") == [.text("x"), .text("y"), .text("-"), .text("z")])
        #expect(table.typeOf("d") == .boolean)
        #expect(table.valuesOf("d") == [.bool(true), .bool(false), .missing, .missing])
        #expect(table.typeOf("e") == .integer)
        #expect(table.valuesOf("e") == [.missing, .missing, .number(4), .missing])
        #expect(table.format.missingMarkers == ["x", "NA", "N/A"])

        let custom = try DataTestSupport.csv(
            "a;b\n-999;-\n5;6\n", options: CSVOptions(missingMarkers: ["-999"]))
        #expect(custom.valuesOf("a") == [.missing, .number(5)])
        #expect(custom.typeOf("b") == .text)
    }

    @Test("Percent values stay text unless the column is declared numeric")
    func percent() throws {
        let text = "kraj;podíl\nLiberecký;12,5 %\nJihočeský;9%\n"
        let inferred = try DataTestSupport.csv(text)
        #expect(inferred.typeOf("podíl") == .text)
        let declared = try DataTestSupport.csv(text, options: CSVOptions(fieldTypes: ["podíl": .number]))
        #expect(declared.valuesOf("podíl") == [.number(12.5), .number(9)])
    }

    @Test("Declared types override inference")
    func declaredTypes() throws {
        let table = try DataTestSupport.csv(
            "KOD_OBEC;rok;flag;n\n554782;2020;1;-\n563889;2021;0;5\n",
            options: CSVOptions(fieldTypes: [
                "KOD_OBEC": .integer, "rok": .text, "flag": .boolean, "n": .number,
            ]))
        #expect(table.valuesOf("KOD_OBEC") == [.number(554_782), .number(563_889)])
        #expect(table.valuesOf("rok") == [.text("2020"), .text("2021")])
        #expect(table.valuesOf("flag") == [.bool(true), .bool(false)])
        #expect(table.typeOf("n") == .number)
        #expect(table.valuesOf("n") == [.missing, .number(5)])
    }

    @Test("Unquoted values are trimmed; spaces around quotes are allowed")
    func whitespace() throws {
        let table = try DataTestSupport.csv("a, b ,c\n x , \"y, z\" , 3 \n")
        #expect(table.fieldNames == ["a", "b", "c"])
        #expect(table.valuesOf("a") == [.text("x")])
        #expect(table.valuesOf("b") == [.text("y, z")])
        #expect(table.valuesOf("c") == [.number(3)])
    }

    @Test("A file with one column")
    func singleColumn() throws {
        let table = try DataTestSupport.csv("obec\nLiberec\nSemily\n")
        #expect(table.fieldNames == ["obec"])
        #expect(table.valuesOf("obec") == [.text("Liberec"), .text("Semily")])
    }

    @Test("Explicit delimiter")
    func explicitDelimiter() throws {
        let table = try DataTestSupport.csv("a;b,c\n1;2,3\n", options: CSVOptions(delimiter: ","))
        #expect(table.fieldNames == ["a;b", "c"])
    }

    @Test("Row locations for later messages")
    func rowLocation() throws {
        let table = try DataTestSupport.csv("a\n\"x\ny\"\n2\n")
        #expect(table.location(ofRow: 1, fieldName: "a").description == "data/test.csv:4")
        #expect(table.location(ofRow: 1).record == 2)
    }
}
