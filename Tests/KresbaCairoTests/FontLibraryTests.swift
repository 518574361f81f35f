import CPangoCairo
import Foundation
import KresbaScene
import Testing

@testable import KresbaCairo

@Suite struct FontLibraryTests {
    @Test func seesExactlyTheBundledFamilies() throws {
        #expect(try Fixtures.library.families == ["Inter", "Noto Serif"])
    }

    @Test func missingDirectoryIsAnError() {
        let missing = Fixtures.fontsDirectory.appendingPathComponent("no-such-folder")
        #expect(throws: BackendError.fontDirectoryMissing(path: missing.path)) {
            try FontLibrary(directories: [missing])
        }
    }

    @Test func directoryWithoutFontsIsAnError() throws {
        let empty = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: empty) }
        try Data("not a font".utf8).write(to: empty.appendingPathComponent("README.md"))
        #expect(throws: BackendError.noFontsInDirectory(path: empty.standardizedFileURL.path)) {
            try FontLibrary(directories: [empty])
        }
    }

    @Test func unknownFamilyIsRefusedWithWhatPangoWouldHaveUsed() throws {
        let measurer = try PangoTextMeasurer(fonts: try Fixtures.library)
        let error = #expect(throws: BackendError.self) {
            try measurer.measure("Praha", font: Font(family: "Arial", size: 12))
        }
        // Pango resolved "Arial" to a bundled font; the measurer saw the substitution and refused.
        #expect(
            error == .missingFont(requested: "Arial", resolved: "Inter", available: ["Inter", "Noto Serif"]))
        #expect(
            error?.description
                == "font family \"Arial\" is not available; available families: Inter, Noto Serif "
                + "(pango would have substituted \"Inter\")")
    }

    /// What Pango loads is checked, not assumed: the family of the loaded font is the one asked
    /// for when it exists, and something else (which the measurer then refuses) when it does not.
    @Test func pangoResolvesTheRequestedFamily() throws {
        let measurer = try PangoTextMeasurer(fonts: try Fixtures.library)
        for (requested, expected) in [("Inter", "Inter"), ("Noto Serif", "Noto Serif"), ("Arial", "Inter")] {
            let description = try #require(pango_font_description_from_string("\(requested) 12px"))
            defer { pango_font_description_free(description) }
            #expect(measurer.resolvedFamily(description) == expected)
        }
    }

    @Test(arguments: ["Inter", "inter", "Noto Serif", "NOTO SERIF"])
    func bundledFamiliesResolveToThemselves(family: String) throws {
        let measurer = try PangoTextMeasurer(fonts: try Fixtures.library)
        for weight in FontWeight.allCases {
            for italic in [false, true] {
                let metrics = try measurer.measure(
                    "Ústí", font: Font(family: family, size: 12, weight: weight, italic: italic))
                #expect(metrics.width > 0)
            }
        }
    }

    @Test func familyListsAreNotAcceptedAsOneFamily() throws {
        // Pango reads "Inter,Noto Serif" as a fallback list; that would hide a typo in a theme.
        let measurer = try PangoTextMeasurer(fonts: try Fixtures.library)
        #expect(throws: BackendError.self) {
            try measurer.measure("x", font: Font(family: "Helvetica,Inter", size: 12))
        }
    }
}
