import Foundation
import Testing

/// End-to-end tests of `kresba data`: what it prints for tables and geometry, its JSON for scripts, the
/// hints, and compiler-style errors with a non-zero exit.
@Suite struct DataCommandTests {
    /// `../shared/data` next to the package, when present.
    static let shared: URL? = {
        let folder = CLITests.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data")
        return FileManager.default.fileExists(atPath: folder.path) ? folder : nil
    }()

    /// Writes `bytes` to a new temporary folder under `name` and returns the file's path.
    private func write(_ bytes: [UInt8], as name: String) throws -> String {
        let folder = try CLITests.temporaryFolder()
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Windows-1250 bytes for the few Czech letters the fixtures use.
    private func windows1250(_ text: String) -> [UInt8] {
        let table: [Character: UInt8] = [
            "č": 0xE8, "ě": 0xEC, "í": 0xED, "á": 0xE1, "ý": 0xFD, "Č": 0xC8, "ó": 0xF3, "ú": 0xFA,
        ]
        return text.flatMap { character -> [UInt8] in
            if let byte = table[character] { return [byte] }
            return Array(String(character).utf8)
        }
    }

    static let csv =
        "okres;kód;počet obyvatel;podíl;měsíc\r\nČeská Lípa;CZ0511;102 998;12,5;leden 2024\r\n"
        + "Liberec;CZ0513;175 465;-;února 2024\r\n"

    @Test func describesACzechCSV() throws {
        let path = try write(windows1250(Self.csv), as: "okresy.csv")
        let run = try CLITests.kresba(["data", path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        for line in [
            "  format     CSV", "  encoding   Windows-1250", "  delimiter  \";\"", "  decimal    \",\"",
            "  thousands  space", "  line ends  CRLF", "  missing    \"-\", empty cells", "  rows       2",
            "  columns    5",
            "  1  okres           text                   0  \"Česká Lípa\", \"Liberec\"",
            "  3  počet obyvatel  integer                0  102998, 175465; 102998 … 175465",
            "  4  podíl           number                 1  12.5",
            "  5  měsíc           date měsíc YYYY        0  2024-01, 2024-02; 2024-01 … 2024-02",
        ] {
            #expect(
                run.stdout.contains(line + "\n") || run.stdout.hasSuffix(line),
                "missing line: \(line)\n\(run.stdout)")
        }
    }

    @Test func jsonHasTheDocumentedKeysInAFixedOrder() throws {
        let path = try write(windows1250(Self.csv), as: "okresy.csv")
        let first = try CLITests.kresba(["data", path, "--json"])
        let second = try CLITests.kresba(["data", path, "--json"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == second.stdout)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])
        #expect(object["encoding"] as? String == "Windows-1250")
        #expect(object["delimiter"] as? String == ";")
        #expect(object["decimal"] as? String == ",")
        #expect(object["rows"] as? Int == 2)
        let columns = try #require(object["columns"] as? [[String: Any]])
        #expect(
            columns.map { $0["name"] as? String } == ["okres", "kód", "počet obyvatel", "podíl", "měsíc"])
        #expect(columns.map { $0["type"] as? String } == ["text", "text", "integer", "number", "date"])
        #expect(columns[4]["samples"] as? [String] == ["2024-01", "2024-02"])
        let keys = [
            "\"file\"", "\"format\"", "\"encoding\"", "\"delimiter\"", "\"decimal\"", "\"rows\"",
            "\"columns\"",
        ]
        let offsets = keys.compactMap { first.stdout.range(of: $0)?.lowerBound }
        #expect(offsets.count == keys.count && offsets == offsets.sorted())
    }

    @Test func hintsOverrideDetection() throws {
        let path = try write(Array("a|b|d\n1,5|x|2024\n2|y|2025\n".utf8), as: "hints.txt")
        let run = try CLITests.kresba([
            "data", path, "--delimiter", "|", "--decimal", ",", "--encoding", "utf-8", "--type", "d=date",
            "--json",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let columns = try #require(object["columns"] as? [[String: Any]])
        #expect(columns.map { $0["type"] as? String } == ["number", "text", "date"])
        #expect(columns[2]["dateFormat"] as? String == "YYYY")
        let bad = try CLITests.kresba(["data", path, "--type", "d=datum"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("--type \"d=datum\" must be field=type"))
    }

    @Test func describesGeoJSONAndTopoJSON() throws {
        let geojson = """
            {"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "EPSG:5514"}},
             "features": [{"type": "Feature", "properties": {"KOD": "CZ0513", "obyv": 175465},
               "geometry": {"type": "Polygon", "coordinates": [[[-700000, -980000], [-690000, -980000],
                 [-690000, -970000], [-700000, -980000]]]}}]}
            """
        let path = try write(Array(geojson.utf8), as: "okres.json")
        let run = try CLITests.kresba(["data", path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("  format      GeoJSON\n"))
        #expect(run.stdout.contains("  features    1: Polygon 1\n"))
        #expect(
            run.stdout.contains("  crs         EPSG:5514 (S-JTSK / Krovak East North, metres), from the crs"))
        #expect(run.stdout.contains("  bounds      x -700000 … -690000, y -980000 … -970000\n"))
        #expect(run.stdout.contains("  1  KOD     text           0  \"CZ0513\""))
        let json = try CLITests.kresba(["data", path, "--json"])
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "geojson")
        #expect(object["rows"] as? Int == 1)
        #expect(object["delimiter"] is NSNull)
        let geometry = try #require(object["geometry"] as? [String: Any])
        #expect(geometry["features"] as? Int == 1)
        #expect((geometry["crs"] as? [String: Any])?["code"] as? String == "EPSG:5514")
        #expect(geometry["bounds"] as? [Double] == [-700_000, -980_000, -690_000, -970_000])

        let topology = """
            {"type": "Topology", "objects": {"a": {"type": "GeometryCollection", "geometries": [
              {"type": "Polygon", "arcs": [[0, 1]]}, {"type": "Polygon", "arcs": [[2, -1]]}]}},
             "arcs": [[[1,0],[1,1]], [[1,1],[0,1],[0,0],[1,0]], [[1,0],[2,0],[2,1],[1,1]]]}
            """
        let topo = try CLITests.kresba(["data", try write(Array(topology.utf8), as: "a.topojson")])
        #expect(topo.status == 0, "\(topo.stderr)")
        #expect(topo.stdout.contains("  format      TopoJSON, object \"a\", not quantized\n"))
        #expect(topo.stdout.contains("  arcs        3: 1 inner borders, 2 on the outline\n"))
    }

    @Test func badInputIsACompilerStyleErrorWithNonZeroExit() throws {
        let ragged = try write(Array("okres;rok;počet\nLiberec;2020;5\nSemily;2021\n".utf8), as: "ragged.csv")
        let run = try CLITests.kresba(["data", ragged])
        #expect(run.status != 0)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("\(ragged):3:12: error: row 2 has 2 fields, but the header has 3"))

        let ring = #"{"type": "Polygon", "coordinates": [[[0,0],[1,1],[0,0]]]}"#
        let geo = try write(Array(ring.utf8), as: "ring.geojson")
        let bad = try CLITests.kresba(["data", geo, "--delimiter", ";"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("\(geo): note: --delimiter applies to CSV files only; ignored"))
        #expect(
            bad.stderr.contains(
                "\(geo):1:37: error: ring \"/coordinates/0\" has 3 positions; a polygon ring needs at least 4"
            ))

        let missing = try CLITests.kresba(["data", "/nonexistent/okresy.csv"])
        #expect(missing.status != 0)
        #expect(missing.stderr == "/nonexistent/okresy.csv: error: no such file\n")
        let help = try CLITests.kresba(["--help"])
        #expect(help.stdout.contains("data"))
    }

    @Test func reportSharedData() {
        if Self.shared == nil {
            print("SKIPPED: kresba data on the real files: ../shared/data not found next to the package")
        }
    }

    @Test(.enabled(if: DataCommandTests.shared != nil)) func realFiles() throws {
        let shared = try #require(Self.shared)
        func data(_ name: String, _ extra: [String] = []) throws -> CLITests.Run {
            let run = try CLITests.kresba(["data", shared.appendingPathComponent(name).path] + extra)
            #expect(run.status == 0, "\(name): \(run.stderr)")
            return run
        }
        let bom = try data("stats/mzcr_pes_okresy.csv")
        #expect(bom.stdout.contains("  encoding   UTF-8 with a byte order mark\n"))
        #expect(bom.stdout.contains("  4  datum                date YYYY-MM-DD        0  2020-09-30"))
        let csu = try data("stats/csu_orp_vybrane_ukazatele.csv")
        #expect(csu.stdout.contains("  6  Podíl obyvatel ve věku 0-14 na celkovém počtu obyvatel (%)\n"))
        #expect(csu.stdout.contains("  missing    \"i.d.\", \"-\", empty cells\n"))
        let codes = try data("stats/csu_ciselnik_orp_CIS0065_cp1250.csv")
        #expect(codes.stdout.contains("  7  ADMPLOD    date D. M. YYYY        0  2003-01-01\n"))
        let covid = try data("stats/mzcr_covid_obce_20210305.csv")
        #expect(covid.stdout.contains("column \"datum\" holds dates with a time of day"))
        let invalid = try data("geo/cz_kraje_ris3.geojson")
        #expect(invalid.stdout.contains("  checks      8 ring(s) cross themselves, in 8 feature(s)"))
        let sjtsk = try data("geo/lbk_obce_sjtsk.geojson")
        #expect(sjtsk.stdout.contains("  crs         EPSG:5514 (S-JTSK / Krovak East North, metres)"))
        let mercator = try data("geo/cz_okresy_epsg3857.geojson")
        #expect(
            mercator.stdout.contains("EPSG:3857 (Web Mercator, metres), guessed from the coordinate ranges"))
        let topo = try data("geo/cz_orp.topo.json", ["--json"])
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(topo.stdout.utf8)) as? [String: Any])
        let geometry = try #require(object["geometry"] as? [String: Any])
        #expect((geometry["mesh"] as? [String: Int]) == ["inner": 565, "outer": 62])
        #expect(object["rows"] as? Int == 206)
    }
}
