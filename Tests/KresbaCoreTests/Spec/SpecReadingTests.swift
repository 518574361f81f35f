import Testing

@testable import KresbaCore

/// Reading specs: positions, pointers, unknown keys with suggestions, several problems at once.
@Suite struct SpecReadingTests {
    private func read(_ yaml: String, file: String = "t.yaml") throws(KresbaError) -> (
        ChartSpec, [Diagnostic]
    ) {
        let root = try SpecParser.parse(Array(yaml.utf8), file: file)
        return try ChartSpec.read(root, file: file)
    }

    private func errors(_ yaml: String) -> [String] {
        do {
            _ = try read(yaml)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func minimalSpecGetsDefaults() throws {
        let (spec, warnings) = try read("type: bar\ndata: a.csv\nx: okres\ny: obyvatel\n")
        #expect(warnings.isEmpty)
        #expect(spec.size == ChartSize(width: 800, height: 500))
        #expect(spec.locale == .cs)
        #expect(spec.theme.name == "default")
        guard case .bar(let bar) = spec.kind else { return }
        #expect(bar.x.field.name == "okres")
        #expect(bar.y.field.path.description == "/y")
        #expect(bar.stack == .none)
        #expect(bar.sort == .data)
    }

    @Test func unknownKeyIsAnErrorWithSuggestionAndPosition() {
        let messages = errors("type: bar\ndata: a.csv\nx: okres\ny: obyvatel\ntitel: Ahoj\n")
        #expect(messages.count == 1)
        #expect(
            messages.first?.hasPrefix("t.yaml#/titel: error: unknown key \"titel\"; did you mean \"title\"?")
                == true)
        #expect(messages.first?.hasSuffix("--> t.yaml:5:1") == true)
    }

    @Test func severalProblemsAreReportedAtOnce() {
        let messages = errors(
            """
            type: bar
            data: a.csv
            x: { field: okres, tpye: nominal }
            y: obyvatel
            stack: stacked
            size: { width: 20, height: 500 }
            """)
        #expect(messages.count == 3)
        #expect(
            messages.contains {
                $0.hasPrefix("t.yaml#/x/tpye: error: unknown key \"tpye\"; did you mean \"type\"?")
            })
        #expect(messages.contains { $0.hasPrefix("t.yaml#/stack: error: unknown value \"stacked\"") })
        #expect(messages.contains { $0.hasPrefix("t.yaml#/size: error: size 20x500 px is out of range") })
    }

    @Test func quotedAndCodeLikeScalarsStayText() throws {
        let root = try SpecParser.parse(
            Array("a: \"12\"\nb: 0513\nc: no\nd: 12.5\ne: -3\nf: ~\n".utf8), file: "t")
        guard case .object(let m) = root.value else {
            Issue.record("not an object")
            return
        }
        #expect(
            m.map(\.value.value) == [
                .string("12"), .string("0513"), .string("no"), .number(12.5), .number(-3), .null,
            ])
    }

    @Test func jsonSpecsParseWithPositions() throws {
        let root = try SpecParser.parse(
            Array("{\n  \"type\": \"bar\",\n  \"x\": \"okres\"\n}".utf8), file: "t.json")
        guard case .object(let m) = root.value else {
            Issue.record("not an object")
            return
        }
        #expect(m[1].key == "x")
        #expect(m[1].keyPosition == SourcePosition(line: 3, column: 3))
    }

    @Test func syntaxErrorsNameLineAndColumn() {
        do {
            _ = try SpecParser.parse(Array("type: bar\nx: [okres\n".utf8), file: "t.yaml")
            Issue.record("expected a syntax error")
        } catch {
            let text = error.description
            #expect(text.contains("syntax error"))
            #expect(error.diagnostics.first?.position?.line == 3)
        }
    }

    @Test func duplicateKeysAreErrors() {
        #expect(throws: KresbaError.self) { try SpecParser.parse(Array("a: 1\na: 2\n".utf8), file: "t") }
    }

    @Test func emptySpecIsAnError() {
        do {
            _ = try SpecParser.parse(Array("  \n".utf8), file: "t.yaml")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "t.yaml: error: the spec is empty")
        }
    }

    @Test func sizesWithUnits() throws {
        let (spec, _) = try read("type: bar\ndata: a.csv\nx: a\ny: b\nsize: { width: 170mm, height: 4in }\n")
        #expect(abs(spec.size.width - 170 / 25.4 * 96) < 1e-9)
        #expect(spec.size.height == 384)
        let (compact, _) = try read("type: bar\ndata: a.csv\nx: a\ny: b\nsize: 640x400\n")
        #expect(compact.size == ChartSize(width: 640, height: 400))
    }

    @Test func inlineValuesKeepKeyOrder() throws {
        let (spec, _) = try read("type: bar\ndata: { values: [ { b: 1, a: x } ] }\nx: a\ny: b\n")
        guard case .values(let rows, _)? = spec.data else {
            Issue.record("expected inline values")
            return
        }
        #expect(rows[0].map(\.0) == ["b", "a"])
    }

    @Test func futureChartTypesSayNotYet() {
        let messages = errors("type: choropleth\ndata: a.csv\nx: a\ny: b\n")
        #expect(
            messages.first?.hasPrefix("t.yaml#/type: error: chart type \"choropleth\" is not available yet")
                == true
        )
        let typo = errors("type: bra\ndata: a.csv\nx: a\ny: b\n")
        #expect(
            typo.first?.hasPrefix("t.yaml#/type: error: unknown value \"bra\"; did you mean \"bar\"?") == true
        )
    }

    @Test func badFormatPatternIsReportedAtItsPointer() {
        let messages = errors("type: bar\ndata: a.csv\nx: a\ny: { field: b, format: \"0..0\" }\n")
        #expect(messages.first?.hasPrefix("t.yaml#/y/format: error:") == true)
    }

    @Test func suggestionsFoldDiacriticsAndCase() {
        #expect(Suggestion.closest(to: "obyvatele", in: ["okres", "obyvatel", "rok"]) == "obyvatel")
        #expect(Suggestion.closest(to: "Pocet", in: ["počet", "rok"]) == "počet")
        #expect(Suggestion.closest(to: "x", in: ["okres", "rok"]) == nil)
        #expect(Suggestion.closest(to: "sotr", in: ["sort", "stack"]) == "sort")
    }

    @Test func specPathEscapesPerRFC6901() {
        #expect(SpecPath(["a/b", "c~d", "0"]).description == "/a~1b/c~0d/0")
        #expect(SpecPath.root.description == "")
    }

    @Test func vegaLiteHabitsGetAHint() {
        let messages = errors("type: bar\ndata: a.csv\nx: okres\ny: { field: b, axis: { title: B } }\n")
        #expect(
            messages.first?.hasPrefix(
                "t.yaml#/y/axis: error: unknown key \"axis\"; write the axis options (title, format, grid) directly"
            ) == true)
    }
}
