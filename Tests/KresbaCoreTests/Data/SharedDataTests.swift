import Foundation
import Testing

@testable import KresbaCore

/// Reads the real Czech files in `../shared/data/stats` (see its SOURCES.md). The folder is not part of
/// the repository, so these tests are skipped, visibly, where it is absent.
@Suite("Shared Czech statistics files")
struct SharedDataTests {
    /// Data rows per file, from the table in SOURCES.md.
    static let expectedRows: [String: Int] = [
        "csu_orp_vybrane_ukazatele.csv": 206,
        "csu_ciselnik_orp_CIS0065_cp1250.csv": 206,
        "volby_kz2020_kzcoco_cp1250.csv": 6_331,
        "up_kontaktni_pracoviste.csv": 253,
        "mzcr_covid_kraj_okres_kumulativne.csv": 36_660,
        "mzcr_pes_okresy.csv": 19_789,
        "mzcr_covid_obce_20210305.csv": 6_260,
        "obce_obyvatele_2020.csv": 6_280,
        "kraje_hdp_populace_2019_2024.csv": 252,
        "csu_obce_vekove_slozeni_2020.csv": 18_774,
        "lbk_obce_vekove_slozeni_2020.csv": 645,
        "lbk_obce_obyvatele_2020.csv": 215,
        "lbk_orp_sldb2021.csv": 10,
        "lbk_okresy_covid_denne.csv": 1_880,
        "lbk_okresy_covid_mesicne.csv": 64,
        "orp_kody_csu_ruian.csv": 206,
    ]

    static var available: Bool { DataTestSupport.sharedStats != nil }

    private func read(_ name: String, options: CSVOptions = .init()) throws -> DataTable {
        let folder = try #require(DataTestSupport.sharedStats)
        let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
        return try CSVReader.read(bytes, sourceName: "stats/\(name)", options: options)
    }

    @Test("Report whether the shared data is present")
    func reportAvailability() {
        if let folder = DataTestSupport.sharedStats {
            print("Shared data tests use \(folder.path)")
        } else {
            print("SKIPPED: shared data tests: ../shared/data/stats not found next to the package")
        }
    }

    // `.enabled(if:)` rather than a failure: the data lives outside the repository and CI may not have it.
    @Test(
        "Every CSV parses with the row count SOURCES.md states and more than one column",
        .enabled(if: SharedDataTests.available))
    func everyFileParses() throws {
        let folder = try #require(DataTestSupport.sharedStats)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".csv") }.sorted()
        #expect(names.count >= 16)
        for name in names {
            let table = try read(name)
            #expect(table.fields.count > 1, "\(name)")
            #expect(table.fields.count < 100, "\(name)")
            if let rows = Self.expectedRows[name] {
                #expect(table.rowCount == rows, "\(name)")
            }
            for field in table.fields {
                #expect(field.values.count == table.rowCount)
                #expect(!field.name.isEmpty && !field.name.contains("\n"), "\(name): \(field.name)")
            }
        }
    }

    @Test(
        "ČSÚ ORP indicators: semicolon, decimal comma, CRLF, line breaks in header cells, - and i.d.",
        .enabled(if: SharedDataTests.available))
    func csuIndicators() throws {
        let table = try read("csu_orp_vybrane_ukazatele.csv")
        #expect(table.fields.count == 48)
        #expect(table.format.delimiter == ";")
        #expect(table.format.decimalMark == ",")
        #expect(table.format.lineEnding == .crlf)
        #expect(table.format.missingMarkers.contains("-"))
        #expect(table.format.missingMarkers.contains("i.d."))
        #expect(table.fieldNames.first == "kód SOORP")
        #expect(table.fieldNames.contains("Počet obyvatel (k 31.12.)"))
        #expect(table.typeOf("kód SOORP") == .text)
        #expect(table.typeOf("Počet obyvatel (k 31.12.)") == .integer)
        let unemployment = "Podíl nezaměstnaných osob dosažitelných (%) k 31.12."
        #expect(table.typeOf(unemployment) == .number)
        let codes = table.valuesOf("kód SOORP")
        let liberec = try #require(codes.firstIndex(of: .text("5105")))
        #expect(table.valuesOf("název SO ORP")[liberec] == .text("Liberec"))
        #expect(table.valuesOf("KRAJ")[liberec] == .text("Liberecký kraj"))
        #expect(table.valuesOf("Kód CZ_NUTS (3)")[liberec] == .text("CZ051"))
        // First data row: 2101 Benešov, share 0-14 = 17,27573662.
        #expect(
            table.valuesOf("Podíl obyvatel ve věku 0-14 na celkovém počtu obyvatel (%)").first
                == .number(17.27573662))
        #expect(table.rowLines.first == 11)  // ten header lines: quoted cells hold nine line breaks
    }

    @Test(
        "Code list CIS0065 in Windows-1250 decodes to correct Czech names; quoted codes stay text",
        .enabled(if: SharedDataTests.available))
    func codeListWindows1250() throws {
        let table = try read("csu_ciselnik_orp_CIS0065_cp1250.csv")
        #expect(table.format.encoding == .windows1250)
        #expect(table.format.delimiter == ",")
        // SOURCES.md says CRLF, but the lines end in LF; only the final empty line is CR LF.
        #expect(table.format.lineEnding == .mixed)
        #expect(
            table.fieldNames == [
                "KODJAZ", "AKRCIS", "KODCIS", "CHODNOTA", "ZKRTEXT", "TEXT", "ADMPLOD", "ADMNEPO",
                "KOD_RUIAN",
            ])
        let codes = table.valuesOf("CHODNOTA")
        let names = table.valuesOf("TEXT")
        var nameOfCode: [String: String] = [:]
        for (code, name) in zip(codes, names) {
            if case .text(let code) = code, case .text(let name) = name { nameOfCode[code] = name }
        }
        #expect(nameOfCode["5101"] == "Česká Lípa")
        #expect(nameOfCode["5105"] == "Liberec")
        #expect(nameOfCode["5110"] == "Železný Brod")
        #expect(nameOfCode["2101"] == "Benešov")
        #expect(nameOfCode["2103"] == "Brandýs nad Labem-Stará Boleslav")
        #expect(table.typeOf("CHODNOTA") == .text)
        #expect(table.typeOf("KOD_RUIAN") == .text)
        // Validity dates such as "01.01.2003" (quoted, like everything in this file) are Czech dates;
        // "09.09.9999" is ČSÚ's "valid until further notice" and still a real calendar date.
        #expect(table.typeOf("ADMPLOD") == .date)
        #expect(table.field(named: "ADMPLOD")?.dateFormat == .czechDay)
        #expect(
            table.valuesOf("ADMPLOD").first == .date(try #require(CalendarDate(year: 2003, month: 1, day: 1)))
        )
        #expect(
            table.valuesOf("ADMNEPO").first == .date(try #require(CalendarDate(year: 9999, month: 9, day: 9)))
        )
    }

    @Test(
        "volby.cz obce in Windows-1250 with semicolons",
        .enabled(if: SharedDataTests.available))
    func electionsWindows1250() throws {
        let table = try read("volby_kz2020_kzcoco_cp1250.csv")
        #expect(table.format.encoding == .windows1250)
        #expect(table.format.delimiter == ";")
        #expect(table.fields.count == 10)
        let names = table.valuesOf("NAZEVOBCE")
        #expect(names.first == .text("Želechovice nad Dřevnicí"))
        #expect(names.contains(.text("Liberec (nečleněné město)")))
        #expect(names.contains(.text("Česká Lípa")))
        #expect(names.contains(.text("Žďár nad Sázavou")))
        #expect(!names.contains(.text("Praha")))  // no regional election in Praha
        #expect(table.typeOf("OBEC") == .integer)
    }

    @Test(
        "Labour office points: decimal comma coordinates",
        .enabled(if: SharedDataTests.available))
    func labourOffices() throws {
        let table = try read("up_kontaktni_pracoviste.csv")
        #expect(table.fieldNames == ["nazev", "okres", "obec", "pocetMist", "lon", "lat"])
        #expect(table.typeOf("lon") == .number)
        #expect(table.valuesOf("lon").first == .number(12.19499167))
        #expect(table.valuesOf("lat").first == .number(50.22386944))
        #expect(table.valuesOf("obec").first == .text("Aš"))
    }

    @Test(
        "MZČR incidence: BOM, semicolon, decimal point",
        .enabled(if: SharedDataTests.available))
    func incidence() throws {
        let table = try read("mzcr_pes_okresy.csv")
        #expect(table.format.byteOrderMark)
        #expect(table.format.delimiter == ";")
        #expect(table.format.decimalMark == ".")
        #expect(table.fieldNames.first == "zacatek_14_dni")
        #expect(table.valuesOf("incidence14_100").first == .number(474.8015855))
        #expect(table.typeOf("okres_kod") == .text)
    }

    @Test(
        "MZČR obce snapshot: BOM, codes stay text, the pseudo-row 999999 survives",
        .enabled(if: SharedDataTests.available))
    func covidObce() throws {
        let table = try read("mzcr_covid_obce_20210305.csv")
        #expect(table.format.byteOrderMark)
        #expect(table.fieldNames.first == "den")
        #expect(table.typeOf("obec_kod") == .text)
        #expect(table.typeOf("orp_kod") == .text)
        #expect(table.valuesOf("obec_kod").contains(.text("999999")))
        #expect(table.valuesOf("obec_kod").contains(.text("539996")))  // Brdy, defunct
        #expect(table.valuesOf("datum").first == .text("3/5/2021 12:00:00 AM"))
        #expect(table.typeOf("nove_pripady_14_dni") == .integer)
    }

    @Test(
        "Population of obce: ZUJ is a code, Praha appears whole",
        .enabled(if: SharedDataTests.available))
    func obcePopulation() throws {
        let table = try read("obce_obyvatele_2020.csv")
        #expect(table.typeOf("ZUJ") == .text)
        #expect(table.valuesOf("ZUJ").contains(.text("554782")))
        #expect(table.typeOf("Celkem") == .integer)
    }

    @Test(
        "Liberec obce add up to the kraj total 442 476",
        .enabled(if: SharedDataTests.available))
    func liberecTotal() throws {
        let table = try read("lbk_obce_obyvatele_2020.csv")
        #expect(table.typeOf("KOD_OBEC") == .text)
        #expect(table.typeOf("KOD_LAU1") == .text)
        #expect(table.typeOf("POCET_OBYV_2020") == .integer)
        #expect(table.typeOf("PODIL_65PLUS_PCT") == .number)
        let total = table.valuesOf("POCET_OBYV_2020").compactMap(\.numberValue).reduce(0, +)
        #expect(total == 442_476)
        #expect(table.valuesOf("NAZ_LAU1").first == .text("Česká Lípa"))
    }

    @Test(
        "Age groups sum to CELKEM in every row",
        .enabled(if: SharedDataTests.available))
    func ageGroups() throws {
        let table = try read("lbk_obce_vekove_slozeni_2020.csv")
        #expect(table.fields.count == 24)
        let groups = table.fields.filter { $0.name.first?.isNumber == true }
        #expect(groups.count == 18)
        #expect(groups.map(\.type).allSatisfy { $0 == .integer })
        let totals = table.valuesOf("CELKEM")
        for row in 0..<table.rowCount {
            let sum = groups.compactMap { $0.values[row].numberValue }.reduce(0, +)
            #expect(totals[row] == .number(sum))
        }
    }

    @Test(
        "The GDP JSON is keyed by kraj, not an array of records, and the error says so",
        .enabled(if: SharedDataTests.available))
    func gdpJSON() throws {
        let folder = try #require(DataTestSupport.sharedStats)
        let bytes = [UInt8](
            try Data(contentsOf: folder.appendingPathComponent("kraje_hdp_populace_2019_2024.json")))
        #expect(throws: DataError.self) {
            try JSONRecordsReader.read(bytes, sourceName: "stats/kraje_hdp_populace_2019_2024.json")
        }
        do {
            _ = try JSONRecordsReader.read(bytes, sourceName: "x.json", path: "kraje")
        } catch {
            #expect(error.message == "the value at \"/kraje\" is an object, not an array of records")
            #expect(error.location.line == 8)
        }
    }
}
