import Foundation
import KresbaScene
import Testing

@testable import KresbaCore

/// The whole pipeline with data references and transforms: spec → data → transforms → scene.
@Suite struct PipelineTests {
    typealias T = PipelineTestSupport

    static let spec = """
        type: bar
        title: Největší okresy
        data: { dataset: okresy }
        transform:
          - { top: 2, by: obyvatel, category: okres }
          - { share: obyvatel, as: podil }
        x: okres
        y: { field: podil, format: "0 %" }
        """

    @Test func transformsAndTheCatalogsSourceReachTheChart() throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try tree.write("datasets.yaml", "okresy: { url: data/okresy.csv, source: ČSÚ, licence: CC BY 4.0 }")
        try tree.write("data/okresy.csv", T.okresyCSV)
        let output = try T.compile(Self.spec, in: tree.root)
        #expect(output.warnings.isEmpty)
        #expect(output.spec.source == "ČSÚ")
        #expect(output.scene.metadata.author == "ČSÚ")
        let alt = output.scene.metadata.description
        // Liberec 175 465 of 442 476; the rest beyond the top two is 37 %.
        #expect(alt.contains("Nejvyšší hodnota: Liberec (40\u{A0}%)"))
        #expect(alt.contains("Zdroj: ČSÚ"))
    }

    @Test func theRestOfATopNIsMutedAndStaysLast() throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try tree.write("data/okresy.csv", T.okresyCSV)
        // Sorted ascending, "ostatní" (Jablonec and Semily, 164 013) would come before Liberec.
        let spec = { (extra: String) in
            """
            type: bar
            data: data/okresy.csv
            transform:
              - { top: 2, by: obyvatel, category: okres }
            x: obyvatel
            y: okres
            sort: ascending
            \(extra)
            """
        }
        func bars(_ output: ChartCompiler.Output) -> [Color] {
            for case .group(let g) in output.scene.nodes where g.role == "bars" {
                return g.children.compactMap { node -> Color? in
                    if case .path(let p) = node, case .solid(let c)? = p.fill { return c }
                    return nil
                }
            }
            return []
        }
        let output = try T.compile(spec(""), in: tree.root)
        let theme = output.spec.theme
        let colors = bars(output)
        #expect(colors.count == 3)
        #expect(colors.filter { $0 == theme.muted }.count == 1)
        // Categories top to bottom: Česká Lípa, Liberec, then the rest, whatever the sort says.
        let labels = output.scene.nodes.flatMap { node -> [String] in
            guard case .group(let g) = node, g.role == "category-axis" else { return [] }
            return g.children.compactMap { if case .text(let t) = $0 { return t.text } else { return nil } }
        }
        #expect(labels == ["Česká Lípa", "Liberec", "ostatní"])
        // Highlighted, the rest is a category like any other.
        let highlighted = try T.compile(spec("highlight: ostatní"), in: tree.root)
        #expect(bars(highlighted).filter { $0 == theme.muted }.count == 2)
    }

    @Test func theSpecsOwnSourceWins() throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try tree.write("datasets.yaml", "okresy: { url: data/okresy.csv, source: ČSÚ }")
        try tree.write("data/okresy.csv", T.okresyCSV)
        let output = try T.compile(Self.spec + "\nsource: vlastní výpočet", in: tree.root)
        #expect(output.spec.source == "vlastní výpočet")
    }

    @Test func lookupSourcesJoinTheSourceLine() throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try tree.write(
            "data/datasets.yaml",
            "covid: { url: covid.csv, source: MZČR }\nokresy: { url: okresy.csv, source: ČSÚ }\nbez: okresy.csv\n"
        )
        try tree.write("data/okresy.csv", T.okresyCSV)
        try tree.write("data/covid.csv", "kod,pripady\nCZ0513,30000\nCZ0514,9000\nCZ0599,1\n")
        let spec = """
            type: bar
            data: { dataset: covid }
            transform:
              - lookup: kod
                from: { data: { dataset: okresy }, fields: [okres, obyvatel] }
              - { calculate: per, field: pripady, per: obyvatel, scale: 1000, as: na_1000 }
              - { filter: { field: na_1000, valid: true } }
            x: okres
            y: na_1000
            """
        let output = try T.compile(spec, in: tree.root)
        #expect(output.spec.source == "MZČR; ČSÚ")
        #expect(
            output.warnings.map(\.description) == [
                "graf.yaml#/transform/0/lookup: warning: 1 key(s) of \"kod\" have no match in \"kod\" of "
                    + "data/okresy.csv (keys are compared as text, so \"0513\" and \"513\" differ): \"CZ0599\""
                    + "\n    --> graf.yaml:4:13"
            ])
        let noSource = try T.compile(
            spec.replacingOccurrences(of: "dataset: okresy", with: "dataset: bez"), in: tree.root)
        #expect(noSource.spec.source == "MZČR")
    }

    @Test func aTransformErrorStopsTheRenderWithItsPointer() throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try tree.write("data/okresy.csv", T.okresyCSV)
        let spec = """
            type: bar
            data: data/okresy.csv
            transform:
              - { filter: { field: okres, oneOf: [Liberec, Semily] } }
              - { calculate: per, field: obyvatel, per: rozloha, as: hustota }
            x: okres
            y: hustota
            """
        #expect(
            T.errors(spec, in: tree.root) == [
                "graf.yaml#/transform/1/per: error: unknown field \"rozloha\" (fields: kod, okres, obyvatel)"
                    + "\n    --> graf.yaml:5:45"
            ])
    }

    @Test func aURLIsDownloadedOnceAndThenServedOffline() throws {
        let server = try LocalHTTPServer()
        defer { server.stop() }
        server.route("/okresy.csv", .init(body: Array(T.okresyCSV.utf8), etag: "\"1\""))
        let tree = try TemporaryTree()
        defer { tree.remove() }
        let cacheFolder = tree.url("cache")
        let spec = """
            type: bar
            data: \(server.url("/okresy.csv").absoluteString)
            transform: [{ sort: { field: obyvatel, order: descending } }]
            x: okres
            y: obyvatel
            """
        let online = ChartCompiler(
            downloads: DownloadCache(settings: DownloadSettings(cacheDirectory: cacheFolder)))
        let first = try T.compile(spec, in: tree.root, compiler: online)
        #expect(first.scene.metadata.description.contains("Liberec"))
        #expect(server.requests.count == 1)

        let offline = ChartCompiler(
            downloads: DownloadCache(settings: DownloadSettings(cacheDirectory: cacheFolder, offline: true)))
        _ = try T.compile(spec, in: tree.root, compiler: offline)
        #expect(server.requests.count == 1)

        let url = server.url("/jine.csv").absoluteString
        let missing = spec.replacingOccurrences(of: server.url("/okresy.csv").absoluteString, with: url)
        #expect(
            T.errors(missing, in: tree.root, compiler: offline) == [
                "graf.yaml#/data: error: \(url) is not in the download cache (\(cacheFolder.path)) and offline mode "
                    + "allows no downloads; render once online to fetch it"
            ])
    }

    @Test func aCatalogMayNameAURL() throws {
        let server = try LocalHTTPServer()
        defer { server.stop() }
        server.route(
            "/api/okresy",
            .init(
                body: Array(
                    #"[{"okres": "Liberec", "obyvatel": 175465}, {"okres": "Semily", "obyvatel": 73815}]"#
                        .utf8), contentType: "application/json"))
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try tree.write(
            "datasets.yaml", "okresy: { url: \"\(server.url("/api/okresy").absoluteString)\", source: ČSÚ }")
        let compiler = ChartCompiler(
            downloads: DownloadCache(settings: DownloadSettings(cacheDirectory: tree.url("cache"))))
        let output = try T.compile(
            "type: bar\ndata: { dataset: okresy }\nx: okres\ny: obyvatel\n", in: tree.root, compiler: compiler
        )
        #expect(output.spec.source == "ČSÚ")
        #expect(output.scene.metadata.description.contains("Liberec"))
    }
}
