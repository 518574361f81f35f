import Foundation
import Testing

@testable import KresbaCore

/// Calendar dates: arithmetic, parsing every accepted spelling, and per-column detection.
@Suite("Dates")
struct DateTests {
    private func date(_ year: Int, _ month: Int? = nil, _ day: Int? = nil) throws -> CalendarDate {
        try #require(CalendarDate(year: year, month: month, day: day))
    }

    @Test("Day counts from 1970-01-01 are exact, including leap days and centuries")
    func dayCounts() throws {
        #expect(try date(1970, 1, 1).daysSince1970 == 0)
        #expect(try date(1969, 12, 31).daysSince1970 == -1)
        #expect(try date(2000, 3, 1).daysSince1970 - date(2000, 2, 28).daysSince1970 == 2)  // 2000 is leap
        #expect(try date(1900, 3, 1).daysSince1970 - date(1900, 2, 28).daysSince1970 == 1)  // 1900 is not
        #expect(try date(2024, 1, 5).daysSince1970 == 19_727)
        #expect(try date(2024, 1).daysSince1970 == date(2024, 1, 1).daysSince1970)
        #expect(try date(2024).lastDaySince1970 == date(2024, 12, 31).daysSince1970)
        #expect(try date(2024, 2).lastDaySince1970 == date(2024, 2, 29).daysSince1970)
        // Round trip over four centuries around the epoch and at both ends of the range.
        for ordinal in stride(from: -150_000, through: 150_000, by: 37) {
            let day = try #require(CalendarDate(daysSince1970: ordinal))
            #expect(day.daysSince1970 == ordinal)
        }
        #expect(CalendarDate(daysSince1970: try date(1, 1, 1).daysSince1970)?.description == "0001-01-01")
        #expect(CalendarDate(daysSince1970: try date(9999, 12, 31).daysSince1970 + 1) == nil)
    }

    @Test("Invalid parts are rejected")
    func invalidParts() {
        #expect(CalendarDate(year: 2023, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 2024, month: 13) == nil)
        #expect(CalendarDate(year: 2024, month: 4, day: 31) == nil)
        #expect(CalendarDate(year: 2024, month: nil, day: 5) == nil)
        #expect(CalendarDate(year: 0) == nil)
        #expect(CalendarDate(year: 10_000) == nil)
    }

    @Test("Sorting is by first day, coarser first; descriptions are ISO at the date's precision")
    func ordering() throws {
        let sorted = [try date(2024, 1, 1), try date(2023, 12, 31), try date(2024, 1), try date(2024)]
            .sorted()
        #expect(sorted.map(\.description) == ["2023-12-31", "2024", "2024-01", "2024-01-01"])
        #expect(try date(2024, 1, 5).precision == .day)
        #expect(try date(2024, 1).precision == .month)
        #expect(try date(2024).precision == .year)
        // Quarters: between the year and its first month, and over three months.
        let q1 = try #require(CalendarDate(year: 2024, quarter: 1))
        let q4 = try #require(CalendarDate(year: 2024, quarter: 4))
        #expect(
            [try date(2024, 1), q1, try date(2024)].sorted().map(\.description) == [
                "2024", "2024-Q1", "2024-01",
            ])
        #expect(q1.precision == .quarter && q1.quarter == 1 && q1.month == 1)
        #expect(q1 != (try date(2024, 1)))
        #expect(q4.daysSince1970 == (try date(2024, 10, 1)).daysSince1970)
        #expect(q4.lastDaySince1970 == (try date(2024, 12, 31)).daysSince1970)
        #expect(CalendarDate(year: 2024, quarter: 5) == nil)
        #expect(q4.label(.cs) == "4. čtvrtletí 2024")
        #expect(q4.label(.en) == "Q4 2024")
    }

    @Test(
        "Every accepted spelling",
        arguments: [
            ("2024-01-05", "2024-01-05", DateFormat.isoDay),
            ("2024-1-5", "2024-01-05", .isoDay),
            ("2024-01", "2024-01", .isoMonth),
            ("2024", "2024", .year),
            ("5. 1. 2024", "2024-01-05", .czechDay),
            ("5.1.2024", "2024-01-05", .czechDay),
            ("05.01.2024", "2024-01-05", .czechDay),
            ("5.\u{A0}1.\u{A0}2024", "2024-01-05", .czechDay),
            ("1/2024", "2024-01", .czechMonth),
            ("12/2024", "2024-12", .czechMonth),
            ("leden 2024", "2024-01", .czechMonthName),
            ("ledna 2024", "2024-01", .czechMonthName),
            ("Únor 2024", "2024-02", .czechMonthName),
            ("unor 2024", "2024-02", .czechMonthName),
            ("ČERVENCE 2021", "2021-07", .czechMonthName),
            ("září 2020", "2020-09", .czechMonthName),
            ("5. ledna 2024", "2024-01-05", .czechDayMonthName),
            ("29. února 2024", "2024-02-29", .czechDayMonthName),
            ("  2024-01-05 ", "2024-01-05", .isoDay),
            ("2024-Q1", "2024-Q1", .isoQuarter),
            ("2024Q4", "2024-Q4", .isoQuarter),
            ("2024 q2", "2024-Q2", .isoQuarter),
            ("Q3 2023", "2023-Q3", .quarterYear),
            ("Q3/2023", "2023-Q3", .quarterYear),
            ("1Q 2024", "2024-Q1", .quarterYear),
            ("1Q2024", "2024-Q1", .quarterYear),
            ("1. čtvrtletí 2024", "2024-Q1", .czechQuarter),
            ("4.čtvrtletí 2024", "2024-Q4", .czechQuarter),
            ("2. ctvrtleti 2024", "2024-Q2", .czechQuarter),
            ("3. Čtvrtletí 2022", "2022-Q3", .czechQuarter),
            ("I/2024", "2024-Q1", .romanQuarter),
            ("IV/2024", "2024-Q4", .romanQuarter),
        ])
    func accepted(text: String, iso: String, format: DateFormat) throws {
        let parsed = try #require(DateParsing.parse(text), "\(text)")
        #expect(parsed.date.description == iso)
        #expect(parsed.format == format)
        #expect(parsed.date.precision == format.precision)
    }

    @Test(
        "Not dates",
        arguments: [
            "", "2024-13", "2024-02-30", "29. února 2023", "24", "20240105", "2024-01-05T10:00",
            "3/5/2021 12:00:00 AM", "5/1/2024", "2024/01", "1.5", "1.2024", "5. 1.", "leden", "lednu 2024",
            "led 2024", "leden2024", "2024 leden", "5 1 2024", "05.01.24", "-2024", "x", "0000",
            "2024-Q5", "2024-Q0", "Q5 2024", "5. čtvrtletí 2024", "V/2024", "IIII/2024", "2024Q", "Q1",
            "Q12024", "1Q", "12Q 2024", "1. čtvrtletí", "I 2024", "2024-Q1-01",
        ])
    func rejected(text: String) {
        #expect(DateParsing.parse(text) == nil, "\(text)")
    }

    @Test("Every format's example parses in that format")
    func examples() {
        for format in DateFormat.allCases {
            #expect(DateParsing.parse(format.example)?.format == format)
        }
    }

    @Test("A CSV column of dates in one format is detected, with its format and missing markers")
    func csvDetection() throws {
        let table = try DataTestSupport.csv(
            """
            den;mesic;datum;nazev;obdobi;rok;hodnota
            2024-01-05;2024-01;5. 1. 2024;leden 2024;1/2024;2023;1,5
            2024-01-06;2024-02;6.1.2024;února 2024;2/2024;2024;-
            ;-;7. 1. 2024;březen 2024;;2025;2
            """)
        #expect(table.typeOf("den") == .date)
        #expect(table.field(named: "den")?.dateFormat == .isoDay)
        #expect(
            table.valuesOf("den") == [.date(try date(2024, 1, 5)), .date(try date(2024, 1, 6)), .missing])
        #expect(table.typeOf("mesic") == .date)
        #expect(table.valuesOf("mesic") == [.date(try date(2024, 1)), .date(try date(2024, 2)), .missing])
        #expect(table.field(named: "datum")?.dateFormat == .czechDay)
        #expect(table.field(named: "nazev")?.dateFormat == .czechMonthName)
        #expect(table.valuesOf("nazev").last == .date(try date(2024, 3)))
        #expect(table.field(named: "obdobi")?.dateFormat == .czechMonth)
        // Years stay numbers unless declared: they are bar categories and plotted values as often as not.
        #expect(table.typeOf("rok") == .integer)
        #expect(table.typeOf("hodnota") == .number)
    }

    @Test("Mixed formats, dates with text, and dates with numbers are text")
    func mixedColumns() throws {
        let table = try DataTestSupport.csv(
            "a,b,c,d\n2024-01-05,2024-01-05,2024-01-05,-\n5. 1. 2024,pondělí,2024,-\n")
        #expect(table.typeOf("a") == .text)
        #expect(table.typeOf("b") == .text)
        #expect(table.typeOf("c") == .text)
        #expect(table.valuesOf("c") == [.text("2024-01-05"), .text("2024")])
        #expect(table.typeOf("d") == .text)  // only markers: nothing says it is a date
    }

    @Test("A declared date column accepts years and mixed formats; a non-date is a pinned error")
    func declaredDates() throws {
        let options = CSVOptions(fieldTypes: ["rok": .date, "kdy": .date])
        let table = try DataTestSupport.csv("rok;kdy\n2023;2024-01-05\n2024;ledna 2024\n", options: options)
        #expect(table.typeOf("rok") == .date)
        #expect(table.field(named: "rok")?.dateFormat == .year)
        #expect(table.valuesOf("rok") == [.date(try date(2023)), .date(try date(2024))])
        #expect(table.field(named: "kdy")?.dateFormat == nil)
        #expect(table.valuesOf("kdy") == [.date(try date(2024, 1, 5)), .date(try date(2024, 1))])

        let error = DataTestSupport.csvError(
            "okres;kdy\nLiberec;2024-01-05\nSemily;31. 2. 2024\n",
            options: CSVOptions(fieldTypes: ["kdy": .date]))
        #expect(
            error?.description
                == "data/test.csv:3:8: error: value \"31. 2. 2024\" in column \"kdy\" (2) is not a date; write "
                + "dates as 2024-01-05, 2024-01, 2024, 5. 1. 2024, 1/2024 or leden 2024; fix the value, add it "
                + "to the missing markers, or declare the column as text")
    }

    @Test("JSON strings that are dates make a date column; JSON numbers stay numbers")
    func jsonDates() throws {
        let json = #"[{"mesic": "2024-01", "rok": 2024, "kod": "2024"}, {"mesic": "2024-02", "rok": 2025}]"#
        let table = try JSONRecordsReader.read(Array(json.utf8), sourceName: "data/test.json")
        #expect(table.typeOf("mesic") == .date)
        #expect(table.field(named: "mesic")?.dateFormat == .isoMonth)
        #expect(table.typeOf("rok") == .integer)
        #expect(table.typeOf("kod") == .text)  // a year written as a string is not detected either
        let inline = DataTable(
            records: [[("d", .text("5. 1. 2024"))], [("d", .date(try date(2024, 2)))], [("d", .missing)]],
            sourceName: "spec.yaml")
        #expect(inline.typeOf("d") == .date)
        #expect(inline.valuesOf("d") == [.date(try date(2024, 1, 5)), .date(try date(2024, 2)), .missing])
        let mixed = DataTable(
            records: [[("d", .text("x"))], [("d", .date(try date(2024, 2)))]], sourceName: "s")
        #expect(mixed.valuesOf("d") == [.text("x"), .text("2024-02")])
    }

    @Test("Dates in the shared MZČR and ČSÚ files", .enabled(if: SharedDataTests.available))
    func sharedDates() throws {
        let folder = try #require(DataTestSupport.sharedStats)
        func read(_ name: String) throws -> DataTable {
            let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
            return try CSVReader.read(bytes, sourceName: name)
        }
        let daily = try read("lbk_okresy_covid_denne.csv")
        #expect(daily.field(named: "datum")?.dateFormat == .isoDay)
        #expect(daily.valuesOf("datum").first == .date(try date(2020, 3, 1)))
        #expect(daily.valuesOf("datum").compactMap(\.dateValue).max() == (try date(2021, 6, 13)))
        let monthly = try read("lbk_okresy_covid_mesicne.csv")
        #expect(monthly.field(named: "mesic")?.dateFormat == .isoMonth)
        #expect(monthly.typeOf("posledni_den_dat") == .date)
        let incidence = try read("mzcr_pes_okresy.csv")
        for name in ["zacatek_14_dni", "zacatek_tyden", "datum_zobrazeni", "datum"] {
            #expect(incidence.typeOf(name) == .date, "\(name)")
        }
        #expect(incidence.valuesOf("datum").first == .date(try date(2020, 9, 30)))
        // US-style date-times are not guessed at.
        #expect(try read("mzcr_covid_obce_20210305.csv").typeOf("datum") == .text)
        #expect(try read("kraje_hdp_populace_2019_2024.csv").typeOf("rok") == .integer)
    }
}
