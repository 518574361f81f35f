import Testing

@testable import KresbaCore

/// `filter` and `sort`.
@Suite struct FilterSortTests {
    private func run(_ yaml: String, on csv: String = TransformTestSupport.okresy) throws
        -> TransformTestSupport.Outcome
    {
        try TransformTestSupport.run(yaml, on: csv)
    }

    @Test func equalKeepsMatchingText() throws {
        let out = try run("- filter: { field: okres, equal: Liberec }")
        #expect(out.column("okres") == ["Liberec"])
        #expect(out.messages.isEmpty)
        // Line numbers follow the rows, so later messages can still point into the file.
        #expect(out.table?.rowLines == [4])
    }

    @Test func comparisonsOnNumbersCombineInOneFilter() throws {
        let out = try run("- filter: { field: obyvatel, gte: 90198, lt: 175465 }")
        #expect(out.column("okres") == ["Česká Lípa", "Jablonec nad Nisou"])
        let gt = try run("- filter: { field: obyvatel, gt: 102998 }")
        #expect(gt.column("okres") == ["Liberec"])
        let lte = try run("- filter: { field: rozloha, lte: 699 }")
        #expect(lte.column("okres") == ["Jablonec nad Nisou", "Semily"])
        let range = try run("- filter: { field: rozloha, range: [699, 1000] }")
        #expect(range.column("okres") == ["Liberec", "Semily"])
    }

    @Test func oneOfAndNot() throws {
        let out = try run("- filter: { field: kod, oneOf: [CZ0511, CZ0514] }")
        #expect(out.column("okres") == ["Česká Lípa", "Semily"])
        let not = try run("- filter: { not: { field: okres, equal: Liberec } }")
        #expect(not.column("okres") == ["Česká Lípa", "Jablonec nad Nisou", "Semily"])
    }

    @Test func numbersInTheSpecMatchTextAsWritten() throws {
        let csv = "rok,kod,pocet\n2020,0513,1\n2021,513,2\n"
        let out = try run("- filter: { field: rok, equal: 2021 }", on: csv)
        #expect(out.column("pocet") == ["2"])
        // Codes stay text: the spec's "0513" finds only the code with the leading zero.
        let code = try run("- filter: { field: kod, equal: \"0513\" }", on: csv)
        #expect(code.column("pocet") == ["1"])
    }

    @Test func textComparesAlphabeticallyInCzech() throws {
        let csv = "obec\nCheb\nČáslav\nHodonín\nCejle\n"
        let out = try run("- filter: { field: obec, gte: D }", on: csv)
        // In Czech "Ch" comes after "H", so Cheb is not before D.
        #expect(out.column("obec") == ["Cheb", "Hodonín"])
    }

    @Test func missingValuesPassNoComparisonButValidFalseFindsThem() throws {
        let csv = "okres,pocet\nA,1\nB,\nC,3\n"
        #expect(try run("- filter: { field: pocet, lt: 10 }", on: csv).column("okres") == ["A", "C"])
        #expect(try run("- filter: { field: pocet, valid: false }", on: csv).column("okres") == ["B"])
        #expect(try run("- filter: { field: pocet, valid: true }", on: csv).column("okres") == ["A", "C"])
    }

    @Test func unknownFieldHasItsPointerAndASuggestion() throws {
        let out = try run("- filter: { field: okrs, equal: Liberec }")
        #expect(
            out.messages == [
                "t.yaml#/transform/0/filter/field: error: unknown field \"okrs\"; did you mean \"okres\"? "
                    + "(fields: kod, okres, obyvatel, rozloha)\n    --> t.yaml:7:22"
            ])
    }

    @Test func orderingTextWithANumberIsExplained() throws {
        let out = try run("- filter: { field: okres, gt: 5 }")
        #expect(
            out.messages == [
                "t.yaml#/transform/0/filter/gt: error: field \"okres\" holds text, which compares in alphabetical "
                    + "order; write the value as text (\"5\") or read the field as a number with types: "
                    + "{okres: number}\n    --> t.yaml:7:33"
            ])
        let number = try run("- filter: { field: obyvatel, lt: hodně }")
        #expect(
            number.messages.first?.hasPrefix(
                "t.yaml#/transform/0/filter/lt: error: field \"obyvatel\" holds numbers; compare it with a number, "
                    + "not \"hodně\"") == true)
    }

    @Test func aFilterThatKeepsNothingWarns() throws {
        let out = try run("- filter: { field: okres, equal: Praha }")
        #expect(out.table?.rowCount == 0)
        #expect(
            out.messages == ["t.yaml#/transform/0: warning: no row passes this filter\n    --> t.yaml:7:5"])
    }

    @Test func readingProblemsAreReportedTogether() throws {
        let out = try run(
            """
            - filter: { field: okres }
            - filter: { field: okres, equals: Liberec }
            - filter: { field: okres, range: [1] }
            - filter: { not: { field: okres, equal: A }, field: kod }
            """)
        #expect(
            out.messages == [
                "t.yaml#/transform/0/filter: error: missing a comparison: equal, lt, lte, gt, gte, range, oneOf, "
                    + "valid (e.g. {field: okres, equal: Liberec})\n    --> t.yaml:7:13",
                "t.yaml#/transform/1/filter/equals: error: unknown key \"equals\"; did you mean \"equal\"? (keys: "
                    + "field, equal, lt, lte, gt, gte, range, oneOf, valid, not)\n    --> t.yaml:8:29",
                "t.yaml#/transform/2/filter/range: error: expected [min, max], two values\n    --> t.yaml:9:36",
                "t.yaml#/transform/3/filter: error: write \"not\" alone, around the condition: {not: {field: kraj, "
                    + "equal: Praha}}\n    --> t.yaml:10:13",
            ])
    }

    @Test func sortByNumberDescendingAndTextInCzechOrder() throws {
        let out = try run("- sort: { field: obyvatel, order: descending }")
        #expect(out.column("okres") == ["Liberec", "Česká Lípa", "Jablonec nad Nisou", "Semily"])
        let text = try run("- sort: obec", on: "obec\nHodonín\nCheb\nČáslav\nCejle\nAš\n")
        #expect(text.column("obec") == ["Aš", "Cejle", "Čáslav", "Hodonín", "Cheb"])
    }

    @Test func sortKeepsMissingLastAndTiesInDataOrder() throws {
        let csv = "kraj,okres,pocet\nB,x,1\nA,y,\nA,z,3\nB,w,3\nA,v,1\n"
        let out = try run("- sort: [kraj, { field: pocet, order: descending }]", on: csv)
        #expect(out.column("okres") == ["z", "v", "y", "w", "x"])
        let single = try run("- sort: { field: pocet, order: descending }", on: csv)
        #expect(single.column("okres") == ["z", "w", "x", "v", "y"])
    }

    @Test func sortOrderTypoIsSuggested() throws {
        let out = try run("- sort: { field: pocet, order: desc }")
        #expect(
            out.messages.first?.hasPrefix(
                "t.yaml#/transform/0/sort/order: error: unknown value \"desc\" (expected one of: ascending, "
                    + "descending)") == true)
    }
}
