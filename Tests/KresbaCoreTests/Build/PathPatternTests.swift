import Testing

@testable import KresbaCore

@Suite("Build manifests: path patterns and sizes")
struct PathPatternTests {
    @Test(
        "Patterns match folder by folder; ** spans any folders, none included",
        arguments: [
            ("grafy/*.yaml", "grafy/a.yaml", true),
            ("grafy/*.yaml", "grafy/sub/a.yaml", false),
            ("grafy/**/*.yaml", "grafy/a.yaml", true),
            ("grafy/**/*.yaml", "grafy/x/y/a.yaml", true),
            ("grafy/**/*.yaml", "jine/a.yaml", false),
            ("**/*.json", "a/b.json", true),
            ("**/*.json", "b.json", true),
            ("grafy/?.yaml", "grafy/ab.yaml", false),
            ("grafy/[ab].yaml", "grafy/b.yaml", true),
            ("grafy/*.yaml", "grafy/.skryty.yaml", false),
            ("**/*.yaml", ".git/a.yaml", false),
        ])
    func matching(pattern: String, path: String, expected: Bool) {
        #expect(PathPattern.matches(pattern, path) == expected)
    }

    @Test("Patterns stay inside the manifest's folder")
    func inside() {
        #expect(PathPattern.staysInside("grafy/*.yaml"))
        #expect(!PathPattern.staysInside("../grafy/*.yaml"))
        #expect(!PathPattern.staysInside("/etc/*.yaml"))
        #expect(!PathPattern.staysInside("a/../../b.yaml"))
    }

    @Test("Sizes in pixels or millimetres, with a resolution for print")
    func sizes() throws {
        let px = try #require(BuildManifest.parseSize("800x500", name: "web"))
        #expect(px.width == 800 && px.height == 500 && px.dpi == nil)
        let mm = try #require(BuildManifest.parseSize("170x110mm@300dpi", name: "tisk"))
        #expect(abs(mm.width - 170 * 96 / 25.4) < 1e-9 && mm.dpi == 300)
        for bad in ["800", "800x", "x500", "0x500", "800x500@dpi", "800x500@300", "800y500", "100000x5"] {
            #expect(BuildManifest.parseSize(bad, name: "a") == nil, "\(bad)")
        }
    }

    @Test("A manifest's defaults")
    func defaults() throws {
        let manifest = try BuildManifest.read(Array("charts: grafy/*.yaml\n".utf8), file: "build.yaml")
        #expect(manifest == BuildManifest(charts: ["grafy/*.yaml"]))
        #expect(
            manifest.out == "out" && manifest.formats == ["png"] && manifest.scale == 1
                && manifest.sizes.isEmpty)
        #expect(throws: KresbaError.self) {
            try BuildManifest.read(Array("out: web\n".utf8), file: "build.yaml")
        }
    }
}
