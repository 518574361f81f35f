import Testing

@testable import KresbaCore

/// `calculate`, `share`, `top` and `lookup`.
@Suite struct DeriveLookupTests {
    static let covid = """
        okres,pripady,obyvatel,pripady_2020
        Liberec,30000,175465,12000
        Semily,9000,73815,0
        Jablonec,,90198,5000
        Česká Lípa,20000,0,8000
        """

    private func run(
        _ yaml: String, on csv: String = covid, locale: String = "cs", others: [String: String] = [:]
    ) throws -> TransformTestSupport.Outcome {
        try TransformTestSupport.run(yaml, on: csv, locale: locale, others: others)
    }

    @Test func perThousandInhabitants() throws {
        let out = try run("- { calculate: per, field: pripady, per: obyvatel, scale: 1000, as: na_1000 }")
        let values = out.table?.field(named: "na_1000")?.values.map(\.numberValue) ?? []
        #expect(values.count == 4)
        #expect(abs((values[0] ?? 0) - 170.97426) < 1e-5)
        #expect(values[2] == nil)  // no cases: no value
        #expect(values[3] == nil)  // no inhabitants: no value, and a warning
        #expect(
            out.messages == [
                "t.yaml#/transform/0/per: warning: 1 row(s) have \"obyvatel\" = 0 and get no value of \"na_1000\""
                    + "\n    --> t.yaml:7:44"
            ])
    }

    @Test func sumDifferenceAndChange() throws {
        let out = try run(
            """
            - { calculate: sum, fields: [pripady, pripady_2020], as: celkem }
            - { calculate: difference, field: pripady, minus: pripady_2020, as: narust }
            - { calculate: change, field: pripady, from: pripady_2020, as: zmena }
            - { calculate: change, field: pripady, from: pripady_2020, scale: 100, as: zmena_pct }
            """)
        #expect(out.column("celkem") == ["42000", "9000", "∅", "28000"])
        #expect(out.column("narust") == ["18000", "9000", "∅", "12000"])
        #expect(out.column("zmena") == ["1.5", "∅", "∅", "1.5"])
        #expect(out.column("zmena_pct") == ["150", "∅", "∅", "150"])
        #expect(out.type("celkem") == .integer)
    }

    @Test func aCalculationMayReplaceAField() throws {
        let out = try run("- { calculate: per, field: obyvatel, per: obyvatel, as: obyvatel }")
        #expect(out.table?.fieldNames == ["okres", "pripady", "obyvatel", "pripady_2020"])
        #expect(out.column("obyvatel") == ["1", "1", "1", "∅"])
    }

    @Test func calculateProblemsArePinned() throws {
        let out = try run(
            """
            - { calculate: per, field: pripady, minus: obyvatel, as: x }
            - { calculate: ratio, field: pripady, as: y }
            - { calculate: sum, fields: [pripady] }
            """)
        #expect(
            out.messages == [
                "t.yaml#/transform/0: error: missing key \"per\" (a field)\n    --> t.yaml:7:5",
                "t.yaml#/transform/0/minus: error: \"minus\" does not apply to calculate: per (it takes field, per, "
                    + "scale, as)\n    --> t.yaml:7:46",
                "t.yaml#/transform/1/calculate: error: unknown value \"ratio\" (expected one of: per, sum, "
                    + "difference, change)\n    --> t.yaml:8:18",
                "t.yaml#/transform/2: error: missing key \"as\": name the new field\n    --> t.yaml:9:5",
            ])
        let text = try run("- { calculate: per, field: okres, per: obyvatel, as: x }")
        #expect(
            text.messages == [
                "t.yaml#/transform/0/field: error: field \"okres\" holds text; calculate: per needs numbers "
                    + "(e.g. \"Liberec\")\n    --> t.yaml:7:30"
            ])
    }

    @Test func shareOfTheTotalAndWithinGroups() throws {
        let csv = "kraj,okres,obyvatel\nA,a1,30\nA,a2,10\nB,b1,60\n"
        let out = try run("- { share: obyvatel, as: podil }", on: csv)
        #expect(out.column("podil") == ["0.3", "0.1", "0.6"])
        let grouped = try run("- { share: obyvatel, as: podil, groupby: [kraj] }", on: csv)
        #expect(grouped.column("podil") == ["0.75", "0.25", "1"])
        let zero = try run("- { share: obyvatel, as: podil }", on: "okres,obyvatel\na,0\nb,0\n")
        #expect(zero.column("podil") == ["∅", "∅"])
        #expect(
            zero.messages.first?.contains("the total of \"obyvatel\" is 0, so there are no shares") == true)
    }

    static let obce = """
        obec,obyvatel,muzi
        Turnov,14391,7000
        Liberec,104261,51000
        Semily,8000,3900
        Jablonec,45317,22000
        Tanvald,6400,3100
        """

    @Test func topKeepsTheLargestAndAddsUpTheRest() throws {
        let out = try run("- { top: 2, by: obyvatel, category: obec }", on: Self.obce)
        #expect(out.column("obec") == ["Liberec", "Jablonec", "ostatní"])
        #expect(out.column("obyvatel") == ["104261", "45317", "28791"])
        #expect(out.column("muzi") == ["51000", "22000", "14000"])
        let english = try run("- { top: 2, by: obyvatel, category: obec }", on: Self.obce, locale: "en")
        #expect(english.column("obec").last == "other")
        let named = try run("- { top: 1, by: obyvatel, category: obec, other: zbytek kraje }", on: Self.obce)
        #expect(named.column("obec") == ["Liberec", "zbytek kraje"])
        let dropped = try run("- { top: 3, by: obyvatel, category: obec, other: false }", on: Self.obce)
        #expect(dropped.column("obec") == ["Liberec", "Jablonec", "Turnov"])
        let all = try run("- { top: 9, by: obyvatel, category: obec }", on: Self.obce)
        #expect(all.column("obec") == ["Liberec", "Jablonec", "Turnov", "Semily", "Tanvald"])
    }

    @Test func topRanksCategoriesByTotalAndKeepsSeries() throws {
        let csv = """
            orp,pohlavi,obyvatel
            A,muži,10
            A,ženy,11
            B,muži,50
            B,ženy,52
            C,muži,20
            C,ženy,1
            D,muži,5
            D,ženy,5
            """
        let out = try run("- { top: 1, by: obyvatel, category: orp, groupby: [pohlavi] }", on: csv)
        #expect(out.column("orp") == ["B", "B", "ostatní", "ostatní"])
        #expect(out.column("pohlavi") == ["muži", "ženy", "muži", "ženy"])
        #expect(out.column("obyvatel") == ["50", "52", "35", "17"])
    }

    @Test func topMakesANumericCategoryText() throws {
        let csv = "rok,pocet\n2019,5\n2020,9\n2021,1\n"
        let out = try run("- { top: 1, by: pocet, category: rok }", on: csv)
        #expect(out.type("rok") == .text)
        #expect(out.column("rok") == ["2020", "ostatní"])
        #expect(out.column("pocet") == ["9", "6"])
    }

    static let okresy = """
        kod,nazev,kraj
        0513,Liberec,Liberecký
        0514,Semily,Liberecký
        """

    static let ciselnik = """
        kod,nazev,kraj
        0513,Liberec,Liberecký
        0514,Semily,Liberecký
        0514,Semily (znovu),Liberecký
        """

    @Test func lookupAddsFieldsAndListsUnmatchedKeys() throws {
        let csv = "kod,pripady\n0513,10\n513,5\n0514,3\nX1,1\n"
        let out = try run(
            "- lookup: kod\n  from: { data: ciselnik.csv, fields: [nazev] }", on: csv,
            others: ["ciselnik.csv": Self.ciselnik])
        #expect(out.column("nazev") == ["Liberec", "∅", "Semily", "∅"])
        #expect(
            out.messages == [
                "t.yaml#/transform/0/from: warning: 1 key(s) of \"kod\" appear more than once in ciselnik.csv: "
                    + "\"0514\"; the first row of each is used\n    --> t.yaml:7:5",
                "t.yaml#/transform/0/lookup: warning: 2 key(s) of \"kod\" have no match in \"kod\" of ciselnik.csv "
                    + "(keys are compared as text, so \"0513\" and \"513\" differ): \"513\", \"X1\"\n    --> t.yaml:7:13",
            ])
    }

    @Test func lookupWithAnotherKeyNameAndRenamedFields() throws {
        let csv = "okres_kod,pripady\n0513,10\n"
        let out = try run(
            "- lookup: okres_kod\n  from: { data: c.csv, key: kod, fields: [nazev, kraj] }\n  as: [okres, kraj_nazev]",
            on: csv, others: ["c.csv": Self.okresy])
        #expect(out.table?.fieldNames == ["okres_kod", "pripady", "okres", "kraj_nazev"])
        #expect(out.column("kraj_nazev") == ["Liberecký"])
        #expect(out.messages.isEmpty)
        let all = try run(
            "- lookup: kod\n  from: { data: c.csv }", on: "kod,x\n0513,1\n", others: ["c.csv": Self.ciselnik])
        #expect(all.table?.fieldNames == ["kod", "x", "nazev", "kraj"])
    }

    @Test func lookupHintsAtCodesReadAsNumbers() throws {
        // An export that lost the leading zero: "513" in a column whose name does not say "code"
        // (a column named "kod" would have stayed text) is read as a number.
        let csv = "cislo,pripady\n513,10\n"
        let out = try run(
            "- lookup: cislo\n  from: { data: c.csv, key: kod }", on: csv, others: ["c.csv": Self.okresy])
        #expect(out.table?.field(named: "cislo")?.type == .integer)
        #expect(
            out.messages == [
                "t.yaml#/transform/0/lookup: warning: 1 key(s) of \"cislo\" have no match in \"kod\" of c.csv "
                    + "(keys are compared as text, so \"0513\" and \"513\" differ): \"513\"; \"cislo\" was read as "
                    + "numbers, which drops leading zeros: read it as text with types: {cislo: text}"
                    + "\n    --> t.yaml:7:13"
            ])
    }

    @Test func lookupProblemsArePinned() throws {
        let out = try run(
            "- lookup: kod\n  from: { data: c.csv, key: kood }", on: "kod,x\n1,2\n",
            others: ["c.csv": Self.ciselnik])
        #expect(
            out.messages == [
                "t.yaml#/transform/0/from/key: error: unknown field \"kood\" in c.csv; did you mean \"kod\"? "
                    + "(fields: kod, nazev, kraj)\n    --> t.yaml:8:31"
            ])
        let clash = try run(
            "- lookup: kod\n  from: { data: c.csv }", on: "kod,nazev\n1,2\n", others: ["c.csv": Self.ciselnik]
        )
        #expect(
            clash.messages.first?.hasPrefix(
                "t.yaml#/transform/0/lookup: error: the field \"nazev\" of c.csv is already in the chart's data; "
                    + "list the fields to take in from.fields") == true)
        let asWithoutFields = try run("- lookup: kod\n  from: { data: c.csv }\n  as: [a]")
        #expect(
            asWithoutFields.messages.first?.hasPrefix(
                "t.yaml#/transform/0/as: error: \"as\" renames the fields listed in from.fields; list them there first"
            )
                == true)
    }

    @Test func unknownTransformsAreSuggested() throws {
        let out = try run(
            "- filtr: { field: okres, equal: Liberec }\n- { filter: { field: okres, equal: A }, sort: okres }"
        )
        #expect(
            out.messages == [
                "t.yaml#/transform/0: error: unknown transform \"filtr\"; did you mean \"filter\"? (transforms: "
                    + "filter, sort, aggregate, fold, pivot, calculate, share, top, lookup)\n    --> t.yaml:7:5",
                "t.yaml#/transform/1: error: one transform per list item: found both \"filter\" and \"sort\"; write "
                    + "them as two items\n    --> t.yaml:8:5",
            ])
    }
}
