import Foundation
import KresbaScene
import Testing

@testable import KresbaCairo

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct PNGOutputTests {
    @Test func sizeIsTheCeilingOfTheScaledScene() throws {
        let backend = try Fixtures.backend
        for (scene, scale, expected) in [
            (Scene(width: 201, height: 101), 1.5, (302, 152)),
            (Scene(width: 800, height: 500), 1.1, (880, 550)),
            (Scene(width: 10.2, height: 10), 1, (11, 10)),
        ] {
            let image = try RGBAImage.decodePNG(try backend.png(scene, scale: scale))
            #expect(image.width == expected.0 && image.height == expected.1)
        }
    }

    @Test func missingBackgroundIsTransparent() throws {
        let png = try Fixtures.backend.png(Scene(width: 20, height: 20, background: nil))
        #expect(try RGBAImage.decodePNG(png).pixel(x: 3, y: 3).alpha == 0)
        #expect(try Fixtures.pngcheck(png) != false)
    }

    @Test func dpiIsWrittenAsAPhysChunkRightAfterTheHeader() throws {
        let png = try Fixtures.backend.png(try Scenes.sampler(), scale: 2, dpi: 300)
        #expect(try Fixtures.pngcheck(png) != false)
        // Signature (8) + IHDR chunk (25), then pHYs: length 9, "pHYs", x and y pixels per metre, unit.
        let phys = Array(png[33..<(33 + 21)])
        #expect(Array(phys[0..<8]) == [0, 0, 0, 9] + Array("pHYs".utf8))
        #expect(Array(phys[8..<17]) == [0, 0, 0x2E, 0x23, 0, 0, 0x2E, 0x23, 1])  // 11811 px/m = 300 dpi
        #expect(try RGBAImage.decodePNG(png).width == 1000)
        #expect(throws: BackendError.self) { try Fixtures.backend.png(Scene(width: 5, height: 5), dpi: 0) }
    }

    @Test func impossibleSizesAreRefused() {
        for scene in [
            Scene(width: 0, height: 10), Scene(width: .nan, height: 10), Scene(width: 40_000, height: 10),
        ] {
            #expect(throws: BackendError.self) { try Fixtures.backend.png(scene) }
        }
        #expect(throws: BackendError.self) {
            try Fixtures.backend.png(Scene(width: 10, height: 10), scale: 0)
        }
    }
}

@Suite struct SVGOutputTests {
    func svgString(_ scene: Scene) throws -> String {
        String(decoding: try Fixtures.backend.svg(scene), as: UTF8.self)
    }

    @Test func rootCarriesAccessibleMetadata() throws {
        let svg = try svgString(try Scenes.sampler())
        #expect(svg.hasPrefix("<?xml"))
        let rootStart = try #require(svg.range(of: "<svg"))
        let rootEnd = try #require(svg[rootStart.upperBound...].firstIndex(of: ">"))
        let root = svg[rootStart.lowerBound...rootEnd]
        for attribute in [
            #"role="img""#, #"aria-labelledby="title""#, #"aria-describedby="desc""#, #"lang="cs""#,
            #"width="500px""#, #"height="300px""#, #"viewBox="0 0 500 300""#,
        ] {
            #expect(root.contains(attribute), "missing \(attribute)")
        }
        // <title> and <desc> are the first children, escaped.
        let afterRoot = svg[svg.index(after: rootEnd)...].trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(
            afterRoot.hasPrefix(
                #"<title id="title">Obyvatelé &amp; &lt;kraje&gt;</title>"# + "\n"
                    + #"<desc id="desc">Sloupce &quot;počtu&quot; obyvatel</desc>"#))
    }

    @Test func emptyMetadataAddsNoEmptyElements() throws {
        let svg = try svgString(Scene(width: 10, height: 10))
        #expect(svg.contains(#"role="img""#))
        #expect(!svg.contains("<title") && !svg.contains("<desc") && !svg.contains("aria-"))
    }

    @Test func isWellFormedXML() throws {
        let data = try Fixtures.backend.svg(try Scenes.sampler())
        let parser = XMLParser(data: Data(data))
        #expect(parser.parse(), "\(String(describing: parser.parserError))")
    }

    @Test func staysVectorAndEmbedsTheImageOnce() throws {
        let svg = try svgString(try Scenes.sampler())
        #expect(svg.components(separatedBy: "<image").count == 2)
        #expect(svg.contains("<symbol"))  // glyph outlines, not bitmaps
    }

    @Test func sameSceneGivesTheSameBytesWhateverWasRenderedBefore() throws {
        let backend = try Fixtures.backend
        let scene = try Scenes.sampler()
        let first = try backend.svg(scene)
        // Other renders advance Cairo's process-wide surface counter.
        _ = try backend.svg(Scenes.textHeavy())
        _ = try backend.png(scene)
        _ = try backend.pdf(scene)
        let second = try backend.svg(scene)
        #expect(first == second)
        let text = String(decoding: first, as: UTF8.self)
        #expect(
            text.contains(#"id="surface1""#) && text.contains(#"id="image1""#)
                && text.contains(#"id="glyph1-1""#))
    }

    @Test func renumberingRewritesEveryReference() {
        let input = """
            <svg><defs><g id="glyph3-0"/><g id="glyph3-12"/><g id="glyph7-1"/><clipPath id="clip9"/>\
            <image id="image41"/><g id="surface77"/></defs><g id="surface45" clip-path="url(#clip9)">\
            <use xlink:href="#glyph7-1"/><use xlink:href="#glyph3-12"/><use xlink:href="#surface77"/>\
            <use xlink:href="#image41" filter="url(#alpha)"/></g><a href="#nowhere7"/></svg>
            """
        let output = String(decoding: SVGPostProcessor.renumberIDs(Array(input.utf8)), as: UTF8.self)
        #expect(
            output == """
                <svg><defs><g id="glyph1-0"/><g id="glyph1-12"/><g id="glyph2-1"/><clipPath id="clip1"/>\
                <image id="image1"/><g id="surface1"/></defs><g id="surface2" clip-path="url(#clip1)">\
                <use xlink:href="#glyph2-1"/><use xlink:href="#glyph1-12"/><use xlink:href="#surface1"/>\
                <use xlink:href="#image1" filter="url(#alpha)"/></g><a href="#nowhere7"/></svg>
                """)
    }
}

@Suite struct PDFOutputTests {
    @Test func metadataDatesAndPageSize() throws {
        let pdf = try Fixtures.backend.pdf(try Scenes.sampler())
        let text = String(decoding: pdf, as: UTF8.self)
        #expect(text.hasPrefix("%PDF-"))
        // Cairo 1.16 writes PDF dates without the "D:" prefix; readers accept both.
        #expect(
            text.contains("/CreationDate (20000101000000Z)") && text.contains("/ModDate (20000101000000Z)"))
        #expect(text.contains("/Creator (Kresba)"))
        #expect(text.contains("/MediaBox [ 0 0 375 225 ]"))  // 500 x 300 px at 0.75 pt/px
        #expect(text.contains("/FontFile"))  // fonts embedded
    }

    @Test func explicitCreationDateWins() throws {
        let date = try #require(ISO8601DateFormatter().date(from: "2024-03-15T12:30:05Z"))
        let text = String(
            decoding: try Fixtures.backend.pdf(Scene(width: 10, height: 10), creationDate: date),
            as: UTF8.self)
        #expect(text.contains("/CreationDate (20240315123005Z)"))
    }

    @Test func sameSceneGivesTheSameBytes() throws {
        let backend = try Fixtures.backend
        let scene = try Scenes.sampler()
        let first = try backend.pdf(scene)
        _ = try backend.pdf(Scenes.textHeavy())
        _ = try backend.svg(scene)
        #expect(first == (try backend.pdf(scene)))
    }

    @Test func popplerSeesEmbeddedFontsAndMetadata() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("sampler.pdf")
        try Data(try Fixtures.backend.pdf(try Scenes.sampler())).write(to: file)
        guard let fonts = try Fixtures.run("/usr/bin/pdffonts", [file.path]),
            let info = try Fixtures.run("/usr/bin/pdfinfo", [file.path])
        else { return }  // poppler-utils not installed
        let rows = fonts.split(separator: "\n").dropFirst(2)
        #expect(!rows.isEmpty)
        for row in rows { #expect(row.contains(" yes yes "), "not embedded as a subset: \(row)") }
        #expect(fonts.contains("Inter-Regular") && fonts.contains("NotoSerif-Bold"))
        #expect(info.contains("Title:           Obyvatelé & <kraje>"))
        #expect(info.contains("Subject:         Sloupce \"počtu\" obyvatel"))
        #expect(info.contains("Author:          Kresba tests"))
        #expect(info.contains("Creator:         Kresba"))
        #expect(info.contains("CreationDate:    Sat Jan  1 00:00:00 2000 UTC"))
        #expect(info.contains("Page size:       375 x 225 pts"))
    }
}

@Suite struct DocumentDateTests {
    @Test func fallsBackToAFixedDate() throws {
        #expect(try DocumentDate.resolve(explicit: nil, environment: [:]) == DocumentDate.fallback)
        #expect(DocumentDate.iso8601(DocumentDate.fallback) == "2000-01-01T00:00:00Z")
    }

    @Test func honoursSourceDateEpoch() throws {
        let date = try DocumentDate.resolve(explicit: nil, environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        #expect(date == Date(timeIntervalSince1970: 1_700_000_000))
        #expect(DocumentDate.iso8601(date) == "2023-11-14T22:13:20Z")
    }

    /// The hand-written formatter agrees with Foundation's across leap years, century rules,
    /// the ends of months and dates before 1970.
    @Test func writesWhatFoundationWrites() throws {
        let reference = ISO8601DateFormatter()
        reference.timeZone = TimeZone(secondsFromGMT: 0)
        reference.formatOptions = [.withInternetDateTime]
        let edges: [Int64] = [
            0, -1, 86_399, 951_782_400, 951_868_799, 4_107_456_000, 4_107_542_399, -2_208_988_800,
            253_402_300_799,
        ]
        // Edges (2000-02-29, 2100-02-28/03-01, 1900-01-01, 9999-12-31) and a stride over 1600 years.
        let stride = Array(Swift.stride(from: Int64(-12_000_000_000), to: 40_000_000_000, by: 7_777_777))
        for seconds in edges + stride {
            let date = Date(timeIntervalSince1970: TimeInterval(seconds))
            #expect(DocumentDate.iso8601(date) == reference.string(from: date), "at \(seconds) s")
        }
    }

    @Test func explicitDateBeatsTheEnvironment() throws {
        let explicit = Date(timeIntervalSince1970: 86_400)
        #expect(
            try DocumentDate.resolve(explicit: explicit, environment: ["SOURCE_DATE_EPOCH": "5"]) == explicit)
    }

    @Test func emptySourceDateEpochCountsAsUnset() throws {
        #expect(
            try DocumentDate.resolve(explicit: nil, environment: ["SOURCE_DATE_EPOCH": ""])
                == DocumentDate.fallback)
    }

    @Test(arguments: ["yesterday", "-5", "1.5e9", " "])
    func malformedSourceDateEpochIsAnError(value: String) {
        #expect(throws: BackendError.invalidSourceDateEpoch(value)) {
            try DocumentDate.resolve(explicit: nil, environment: ["SOURCE_DATE_EPOCH": value])
        }
    }
}
