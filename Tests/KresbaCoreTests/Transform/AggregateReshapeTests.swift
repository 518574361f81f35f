import Testing

@testable import KresbaCore

/// `aggregate`, `fold` and `pivot`.
@Suite struct AggregateReshapeTests {
    static let obce = """
        okres,obec,obyvatel,seniori
        Liberec,Liberec,104261,21000
        Semily,Semily,8000,1900
        Liberec,Chrastava,6200,
        Semily,Turnov,14391,3300
        Liberec,Hrádek,7400,1500
        """

    private func run(_ yaml: String, on csv: String = obce, others: [String: String] = [:]) throws
        -> TransformTestSupport.Outcome
    {
        try TransformTestSupport.run(yaml, on: csv, others: others)
    }

    @Test func everyOpWithGroupby() throws {
        let out = try run(
            """
            - aggregate:
                - { op: sum, field: obyvatel }
                - { op: mean, field: obyvatel, as: prumer }
                - { op: median, field: obyvatel, as: median }
                - { op: min, field: obyvatel, as: nejmene }
                - { op: max, field: obyvatel, as: nejvice }
                - { op: count, as: obci }
                - { op: count, field: seniori, as: se_seniory }
                - { op: sum, field: seniori }
              groupby: [okres]
            """)
        #expect(out.messages.isEmpty)
        #expect(
            out.table?.fieldNames == [
                "okres", "obyvatel", "prumer", "median", "nejmene", "nejvice", "obci", "se_seniory",
                "seniori",
            ])
        #expect(out.column("okres") == ["Liberec", "Semily"])
        #expect(out.column("obyvatel") == ["117861", "22391"])
        #expect(out.column("prumer") == ["39287", "11195.5"])
        #expect(out.column("median") == ["7400", "11195.5"])
        #expect(out.column("nejmene") == ["6200", "8000"])
        #expect(out.column("nejvice") == ["104261", "14391"])
        #expect(out.column("obci") == ["3", "2"])
        #expect(out.column("se_seniory") == ["2", "2"])
        #expect(out.column("seniori") == ["22500", "5200"])
        #expect(out.type("obyvatel") == .integer)
        #expect(out.type("prumer") == .number)
    }

    @Test func withoutGroupbyEverythingIsOneRow() throws {
        let out = try run("- aggregate: { op: sum, field: obyvatel, as: celkem }")
        #expect(out.table?.fieldNames == ["celkem"])
        #expect(out.column("celkem") == ["140252"])
    }

    @Test func aGroupWithoutNumbersHasNoValue() throws {
        let out = try run("- aggregate: [{ op: sum, field: seniori }]\n  groupby: obec", on: Self.obce)
        #expect(out.column("seniori") == ["21000", "1900", "∅", "3300", "1500"])
    }

    @Test func problemsArePinned() throws {
        let out = try run(
            """
            - aggregate: [{ op: sum, field: obec }]
              groupby: [okres]
            """)
        #expect(
            out.messages == [
                "t.yaml#/transform/0/aggregate/0/field: error: field \"obec\" holds text; sum needs numbers "
                    + "(e.g. \"Liberec\")\n    --> t.yaml:7:35"
            ])
        let avg = try run("- aggregate: [{ op: avg, field: obyvatel }]")
        #expect(
            avg.messages == [
                "t.yaml#/transform/0/aggregate/0/op: error: unknown value \"avg\"; did you mean \"mean\"? (expected "
                    + "one of: sum, mean, median, min, max, count)\n    --> t.yaml:7:23"
            ])
        let twice = try run("- aggregate: [{ op: sum, field: obyvatel }, { op: max, field: obyvatel }]")
        #expect(
            twice.messages.first?.hasPrefix(
                "t.yaml#/transform/0/aggregate/1: error: the field \"obyvatel\" would be made twice; give this one "
                    + "another name with \"as\"") == true)
        let group = try run("- aggregate: [{ op: count }]\n  groupby: [okrs]")
        #expect(group.messages.first?.contains("unknown field \"okrs\"; did you mean \"okres\"?") == true)
    }

    static let wide = """
        orp,muzi,zeny
        Liberec,49000,51000
        Semily,12500,13000
        """

    @Test func foldTurnsFieldsIntoRows() throws {
        let out = try run("- fold: [muzi, zeny]\n  as: [pohlavi, obyvatel]", on: Self.wide)
        #expect(out.table?.fieldNames == ["orp", "pohlavi", "obyvatel"])
        #expect(out.column("orp") == ["Liberec", "Liberec", "Semily", "Semily"])
        #expect(out.column("pohlavi") == ["muzi", "zeny", "muzi", "zeny"])
        #expect(out.column("obyvatel") == ["49000", "51000", "12500", "13000"])
        #expect(out.type("obyvatel") == .integer)
        let plain = try run("- fold: [muzi, zeny]", on: Self.wide)
        #expect(plain.table?.fieldNames == ["orp", "key", "value"])
    }

    @Test func foldNamesMustBeNew() throws {
        let out = try run("- fold: [muzi]\n  as: [orp, pocet]", on: Self.wide)
        #expect(
            out.messages == [
                "t.yaml#/transform/0/as: error: the field \"orp\" already exists; choose other names with "
                    + "as: [key, value]\n    --> t.yaml:7:5"
            ])
    }

    static let long = """
        kraj,rok,ukazatel,hodnota
        Liberecký,2019,hdp,186337
        Liberecký,2019,obyvatel,443690
        Liberecký,2024,hdp,240000
        Liberecký,2024,obyvatel,447000
        """

    @Test func pivotTurnsValuesIntoFields() throws {
        let out = try run("- pivot: ukazatel\n  value: hodnota", on: Self.long)
        #expect(out.table?.fieldNames == ["kraj", "rok", "hdp", "obyvatel"])
        #expect(out.column("rok") == ["2019", "2024"])
        #expect(out.column("hdp") == ["186337", "240000"])
        #expect(out.column("obyvatel") == ["443690", "447000"])
        #expect(out.messages.isEmpty)
    }

    @Test func pivotAddsUpRepeatsWithAWarningUnlessOpIsGiven() throws {
        let out = try run("- pivot: ukazatel\n  value: hodnota\n  groupby: [kraj]", on: Self.long)
        #expect(out.column("hdp") == ["426337"])
        #expect(
            out.messages == [
                "t.yaml#/transform/0: warning: 2 row(s) repeat a combination of kraj, ukazatel; their values were "
                    + "added up (set op to choose how)\n    --> t.yaml:7:5"
            ])
        let mean = try run(
            "- pivot: ukazatel\n  value: hodnota\n  groupby: [kraj]\n  op: mean", on: Self.long)
        #expect(mean.column("hdp") == ["213168.5"])
        #expect(mean.messages.isEmpty)
    }

    @Test func pivotRefusesAValueThatNamesAnExistingField() throws {
        let csv = "kraj,klic,hodnota\nA,kraj,1\n"
        let out = try run("- pivot: klic\n  value: hodnota", on: csv)
        #expect(
            out.messages.first?.hasPrefix(
                "t.yaml#/transform/0/pivot: error: the value \"kraj\" of \"klic\" would become a field, but that "
                    + "field already exists") == true)
    }

    @Test func foldThenPivotRoundTrips() throws {
        let out = try run("- fold: [muzi, zeny]\n- pivot: key\n  value: value", on: Self.wide)
        #expect(out.table?.fieldNames == ["orp", "muzi", "zeny"])
        #expect(out.column("zeny") == ["51000", "13000"])
    }
}
