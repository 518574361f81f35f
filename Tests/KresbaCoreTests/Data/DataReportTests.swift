import Foundation
import Testing

@testable import KresbaCore

/// The pieces behind `kresba data`: file kind detection, column summaries, hints and JSON output.
@Suite("Data reports")
struct DataReportTests {
    @Test(
        "File kinds come from the content, then the name",
        arguments: [
            ("a,b\n1,2\n", "x.csv", DataFileKind.csv),
            ("a;b\n1;2\n", "x.json", .json),
            ("[{\"a\": 1}]", "x.json", .json),
            ("\u{FEFF} \n[{\"a\": 1}]", "x.txt", .json),
            (#"{"data": [{"a": 1}], "type": "records"}"#, "x.json", .json),
            (
                #"{"meta": {"type": "Topology"}, "type": "FeatureCollection", "features": []}"#, "x.json",
                .geojson
            ),
            (#"{"bbox": [1, 2], "type": "Topology"}"#, "x.json", .topojson),
            (#"{"type": "Point", "coordinates": [1, 2]}"#, "x", .geojson),
            (#"{"type": "Toplogy"}"#, "x.topojson", .topojson),
            (#"{"features": []}"#, "x.geojson", .geojson),
            ("{\"type\": \"a\\\"b\"}", "x.json", .json),
            ("{\"type\"", "x.json", .json),
            ("", "x.csv", .csv),
        ])
    func detection(text: String, name: String, kind: DataFileKind) {
        #expect(DataFileKind.detect(Array(text.utf8), fileName: name) == kind)
    }

    @Test("Column summaries: missing values, distinct samples in row order, ranges")
    func summaries() throws {
        let table = try DataTestSupport.csv("n;t;d\n3;b;2024-02\n-;a;\n1;b;2024-01\n3;c;2024-03\n")
        let numbers = FieldSummary(try #require(table.field(named: "n")), sampleCount: 5)
        #expect(numbers.missing == 1)
        #expect(numbers.distinct == 2)
        #expect(numbers.samples == [.number(3), .number(1)])
        #expect(numbers.minimum == .number(1) && numbers.maximum == .number(3))
        let texts = FieldSummary(try #require(table.field(named: "t")), sampleCount: 2)
        #expect(texts.samples == [.text("b"), .text("a")])
        #expect(texts.distinct == 3)
        #expect(texts.minimum == nil)
        #expect(DataReport.values(texts) == "\"b\", \"a\"; 3 distinct")
        let dates = FieldSummary(try #require(table.field(named: "d")))
        #expect(dates.dateFormat == .isoMonth)
        #expect(DataReport.values(dates) == "2024-02, 2024-01, 2024-03; 2024-01 … 2024-03")
    }

    @Test("Date-times are recognised for the hint, dates and other text are not")
    func dateTimes() {
        for text in ["3/5/2021 12:00:00 AM", "2021-03-05T10:00", "2021-03-05 10:00:00", "5. 3. 2021 10:00"] {
            #expect(DateParsing.looksLikeDateTime(text), "\(text)")
        }
        for text in ["2021-03-05", "10:00", "Praha 1", "pátek 10:00", "1:2", "a 2021-03-05 10:00"] {
            #expect(!DateParsing.looksLikeDateTime(text), "\(text)")
        }
    }

    @Test("Hints: a wrong delimiter and a date-time column")
    func advice() throws {
        let wrong = try DataTestSupport.csv("a;b\n1;2\n", options: CSVOptions(delimiter: ","))
        #expect(
            DataReport.advice(for: wrong) == [
                "the file reads as one column whose name contains \";\"; is the delimiter wrong?"
            ])
        let times = try DataTestSupport.csv("kdy,n\n2021-03-05 10:00,1\n")
        #expect(
            DataReport.advice(for: times) == [
                "column \"kdy\" holds dates with a time of day (\"2021-03-05 10:00\"); Kresba reads calendar dates "
                    + "without times, so it is text"
            ])
    }

    @Test("JSON output keeps key order, escapes strings and writes numbers as read")
    func jsonOutput() {
        let value = JSONOutput.object([
            ("b", .string("a\"\n\u{1}č")), ("a", .array([.integer(1), .number(0.5), .null, .bool(true)])),
            ("c", .object([])), ("d", .array([.object([("x", .number(1e-5))])])),
        ])
        #expect(
            value.rendered() == """
                {
                  "b": "a\\"\\n\\u0001č",
                  "a": [1, 0.5, null, true],
                  "c": {},
                  "d": [
                    {
                      "x": 1e-05
                    }
                  ]
                }
                """)
    }
}
