import Foundation
import Testing

@testable import KresbaCore

/// `data: {dataset: id}` resolved through `datasets.yaml` beside the spec, in its `data/` folder,
/// or named by the caller.
@Suite struct CatalogTests {
    typealias T = PipelineTestSupport

    static let catalog = """
        # Datasets of the Liberec Region charts
        okresy:
          url: data/okresy.csv
          title: Obyvatelé okresů
          source: ČSÚ
          licence: CC BY 4.0
          date: 2020-12-31
        kratce: data/okresy.csv
        """

    @Test func aDatasetBesideTheSpecLoadsWithItsEntry() throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try tree.write("datasets.yaml", Self.catalog)
        try tree.write("data/okresy.csv", T.okresyCSV)
        let loaded = try T.load(T.dataset("okresy"), in: tree.root)
        #expect(loaded.table.rowCount == 4)
        #expect(loaded.table.sourceName == "data/okresy.csv")
        let entry = try #require(loaded.dataset)
        #expect(entry.title == "Obyvatelé okresů")
        #expect(entry.source == "ČSÚ")
        #expect(entry.licence == "CC BY 4.0")
        #expect(entry.date == "2020-12-31")
        #expect(entry.catalogName == "datasets.yaml")
        #expect(try T.load(T.dataset("kratce"), in: tree.root).table.rowCount == 4)
    }

    @Test func aCatalogInTheDataFolderResolvesPathsFromItself() throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try tree.write(
            "data/datasets.json", #"{"okresy": {"url": "okresy.csv", "delimiter": ";", "decimal": ","}}"#)
        try tree.write("data/okresy.csv", "okres;podil\nLiberec;12,5\nSemily;7,25\n")
        let loaded = try T.load(T.dataset("okresy"), in: tree.root)
        #expect(loaded.table.field(named: "podil")?.values == [.number(12.5), .number(7.25)])
        #expect(loaded.dataset?.catalogName == "data/datasets.json")
        // Messages about the file name it from the spec's folder.
        try tree.write("data/okresy.csv", "okres;podil\nLiberec;12,5;x\n")
        let message = T.loadError(T.dataset("okresy"), in: tree.root)
        #expect(message?.hasPrefix("data/okresy.csv:2:") == true)
        #expect(message?.hasSuffix("referenced from graf.yaml#/data") == true)
    }

    @Test func theSpecsHintsOverrideTheCatalogs() throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try tree.write("datasets.yaml", "okresy: { url: data/okresy.csv, types: { obyvatel: number } }")
        try tree.write("data/okresy.csv", T.okresyCSV)
        var hints = DataHints()
        hints.types = [("obyvatel", .text)]
        let loaded = try T.load(T.dataset("okresy", hints: hints), in: tree.root)
        #expect(loaded.table.field(named: "obyvatel")?.type == .text)
    }

    @Test func anUnknownDatasetIsSuggested() throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try tree.write("datasets.yaml", Self.catalog)
        #expect(
            T.loadError(T.dataset("okres"), in: tree.root)
                == "graf.yaml#/data/dataset: error: unknown dataset \"okres\"; did you mean \"okresy\"? (datasets in "
                + "datasets.yaml: okresy, kratce)")
    }

    @Test func noCatalogSaysWhereToPutOne() throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        #expect(
            T.loadError(T.dataset("okresy"), in: tree.root)
                == "graf.yaml#/data/dataset: error: no dataset catalog for \"okresy\": put datasets.yaml beside the "
                + "spec or in its data/ folder, or name a catalog with --catalog")
    }

    @Test func catalogProblemsNameTheCatalog() throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try tree.write(
            "data/datasets.yaml", "okresy:\n  url: okresy.csv\n  license: CC BY 4.0\nobce: {title: Obce}\n")
        #expect(
            T.loadError(T.dataset("okresy"), in: tree.root)
                == "data/datasets.yaml#/okresy/license: error: unknown key \"license\"; did you mean \"licence\"? "
                + "(keys: url, title, description, source, licence, date, format, delimiter, decimal, encoding, "
                + "property, types)\n    --> data/datasets.yaml:3:3\n"
                + "data/datasets.yaml#/obce: error: missing key \"url\": the file (relative to the catalog) or an "
                + "http(s) URL\n    --> data/datasets.yaml:4:7")
    }

    @Test func aCallersCatalogMayNameFilesBesideIt() throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        let catalog = try tree.write(
            "portal/datasets.yaml", "okresy: soubory/okresy.csv\nven: ../../etc/passwd\n")
        try tree.write("portal/soubory/okresy.csv", T.okresyCSV)
        try tree.write("grafy/graf.yaml", "")
        let folder = tree.url("grafy")
        let loaded = try T.load(T.dataset("okresy"), in: folder, catalogs: [catalog])
        #expect(loaded.table.rowCount == 4)
        #expect(loaded.table.sourceName == tree.url("portal/soubory/okresy.csv").path)
        let message = T.loadError(T.dataset("ven"), in: folder, catalogs: [catalog])
        #expect(
            message
                == "graf.yaml#/data: error: dataset \"ven\" of \(catalog.path): data file \"../../etc/passwd\" is "
                + "outside the spec's folder and the allowed data folders; move it next to the spec or allow its "
                + "folder with --data-root")
    }

    @Test func theNearestCatalogWins() throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try tree.write("datasets.yaml", "okresy: data/okresy.csv\n")
        let other = try tree.write("jinde/datasets.yaml", "okresy: nic.csv\nobce: obce.csv\n")
        try tree.write("data/okresy.csv", T.okresyCSV)
        try tree.write("jinde/obce.csv", "obec,obyvatel\nLiberec,104261\n")
        #expect(try T.load(T.dataset("okresy"), in: tree.root, catalogs: [other]).table.rowCount == 4)
        #expect(try T.load(T.dataset("obce"), in: tree.root, catalogs: [other]).table.rowCount == 1)
    }

    @Test func aCatalogLinkedFromOutsideIsRefused() throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try tree.write("jinde/datasets.yaml", "okresy: /etc/passwd\n")
        try tree.link("grafy/datasets.yaml", to: tree.url("jinde/datasets.yaml").path)
        #expect(
            T.loadError(T.dataset("okresy"), in: tree.url("grafy"))
                == "graf.yaml#/data/dataset: error: the dataset catalog datasets.yaml is a link to outside the spec's "
                + "folder and the data folders")
    }
}
