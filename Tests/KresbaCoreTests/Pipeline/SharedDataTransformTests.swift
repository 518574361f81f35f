import Foundation
import Testing

@testable import KresbaCore

/// Transforms and joins on the real Czech files in `../shared/data/stats` (see its SOURCES.md),
/// reached through a data root as a portal would. Skipped, visibly, where the folder is absent.
@Suite("Transforms on the shared Czech statistics")
struct SharedDataTransformTests {
    static var available: Bool { DataTestSupport.sharedStats != nil }

    /// Loads the spec's data and runs its transforms, with the shared folder as a data root.
    private func prepare(_ yaml: String) throws -> (DataTable, [String]) {
        let stats = try #require(DataTestSupport.sharedStats)
        let spec = try ChartSpec.read(SpecParser.parse(Array(yaml.utf8), file: "t.yaml"), file: "t.yaml").0
        let reader = SpecReader(file: "t.yaml")
        let folder = FileManager.default.temporaryDirectory
        let (table, _) = try ChartCompiler(dataRoots: [stats]).prepareData(
            spec, baseURL: folder, reader: reader)
        return (table, reader.diagnostics.map(\.description))
    }

    private func path(_ name: String) throws -> String {
        try #require(DataTestSupport.sharedStats).appendingPathComponent(name).path
    }

    @Test("Report whether the shared data is present")
    func reportAvailability() {
        if !Self.available {
            print("SKIPPED: shared-data transform tests: ../shared/data/stats not found next to the package")
        }
    }

    @Test(
        "The 215 obce add up to the okres populations SOURCES.md states", .enabled(if: Self.available))
    func obceAddUpToOkresy() throws {
        let (table, messages) = try prepare(
            """
            type: bar
            data: \(try path("lbk_obce_obyvatele_2020.csv"))
            transform:
              - aggregate: [{ op: sum, field: POCET_OBYV_2020 }, { op: count, as: obci }]
                groupby: [KOD_LAU1, NAZ_LAU1]
              - sort: KOD_LAU1
            x: NAZ_LAU1
            y: POCET_OBYV_2020
            """)
        #expect(messages.isEmpty)
        #expect(
            table.field(named: "KOD_LAU1")?.values
                == ["CZ0511", "CZ0512", "CZ0513", "CZ0514"].map(DataValue.text))
        #expect(
            table.field(named: "POCET_OBYV_2020")?.values
                == [102_998, 90_198, 175_465, 73_815].map(DataValue.number))
        #expect(table.field(named: "obci")?.values == [57, 34, 59, 65].map(DataValue.number))
    }

    @Test("Top 10 obce plus ostatní keep the kraj total", .enabled(if: Self.available))
    func topTenKeepsTheTotal() throws {
        let (table, _) = try prepare(
            """
            type: bar
            data: \(try path("lbk_obce_obyvatele_2020.csv"))
            transform:
              - { top: 10, by: POCET_OBYV_2020, category: NAZ_OBEC }
            x: NAZ_OBEC
            y: POCET_OBYV_2020
            """)
        #expect(table.rowCount == 11)
        #expect(table.field(named: "NAZ_OBEC")?.values.first == .text("Liberec"))
        #expect(table.field(named: "NAZ_OBEC")?.values.last == .text("ostatní"))
        let total = table.field(named: "POCET_OBYV_2020")?.values.compactMap(\.numberValue).reduce(0, +)
        #expect(total == 442_476)
    }

    @Test("COVID-19 cases per 1 000 inhabitants by okres, joined by LAU1 code", .enabled(if: Self.available))
    func casesPerThousand() throws {
        let (table, messages) = try prepare(
            """
            type: bar
            data: \(try path("lbk_okresy_covid_mesicne.csv"))
            transform:
              - filter: { field: mesic, range: ["2020-10", "2020-12"] }
              - aggregate: [{ op: sum, field: nove_pripady }]
                groupby: [KOD_LAU1, NAZ_LAU1]
              - lookup: KOD_LAU1
                from:
                  data:
                    values:
                      - { KOD_LAU1: CZ0511, obyvatel: 102998 }
                      - { KOD_LAU1: CZ0512, obyvatel: 90198 }
                      - { KOD_LAU1: CZ0513, obyvatel: 175465 }
                      - { KOD_LAU1: CZ0514, obyvatel: 73815 }
              - { calculate: per, field: nove_pripady, per: obyvatel, scale: 1000, as: na_1000 }
            x: NAZ_LAU1
            y: na_1000
            """)
        #expect(messages.isEmpty)
        #expect(table.rowCount == 4)
        let rates = table.field(named: "na_1000")?.values.compactMap(\.numberValue) ?? []
        #expect(rates.count == 4)
        // Autumn 2020: tens of cases per 1 000 inhabitants in every okres, not per person or per million.
        #expect(rates.allSatisfy { (5...200).contains($0) }, "\(rates)")
    }

    @Test(
        "ČSÚ and RÚIAN ORP codes agree between the census file and the crosswalk",
        .enabled(if: Self.available))
    func orpCrosswalk() throws {
        let (table, messages) = try prepare(
            """
            type: bar
            data: \(try path("lbk_orp_sldb2021.csv"))
            transform:
              - lookup: KOD_ORP
                from: { data: "\(try path("orp_kody_csu_ruian.csv"))", fields: [KOD_ORP_RUIAN, NAZ_ORP] }
            x: NAZ_ORP
            y: poc_obyv_SLDB_2021
            """)
        #expect(messages.isEmpty)
        let ruian = table.field(named: "KOD_ORP_RUIAN")?.values.map(\.keyText) ?? []
        let kod = table.field(named: "kod")?.values.map(\.keyText) ?? []
        #expect(ruian.count == 10)
        #expect(ruian == kod)
        #expect(table.field(named: "NAZ_ORP")?.values.first == .text("Česká Lípa"))
    }
}
