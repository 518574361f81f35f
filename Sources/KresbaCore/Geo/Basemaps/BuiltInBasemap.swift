/// Named basemaps that need no file: the 14 kraje of Czechia and the countries of Europe.
///
/// The geometry is Natural Earth's public-domain 1:10m admin data as the Debian package `qgis-common`
/// ships it, turned into compact quantized TopoJSON by `scripts/generate-basemaps.py` and compiled
/// into the library as string literals (`BuiltInBasemap+*.swift`), so an installed binary finds them
/// without any resource lookup. The README beside these files records the provenance and the
/// property schema.
///
/// Each basemap is decoded through ``GeoReader`` the first time it is asked for and then kept: the
/// layers are `static let`s, which Swift initialises once, lazily and thread-safely.
package enum BuiltInBasemap {
    /// What a built-in basemap is, for messages, `kresba data` and a chart's source line.
    package struct Info: Sendable, Equatable {
        /// The name a spec uses, e.g. `cz-kraje`.
        package var name: String
        /// One line describing the basemap, in Czech.
        package var title: String
        /// The property that identifies a feature and that tables join on.
        package var keyField: String
        /// The property holding the Czech name of each feature.
        package var nameField: String
        /// Credit for a chart's source line.
        package var attribution: String
    }

    /// Every built-in basemap, in the order of ``names``.
    package static let all: [Info] = [
        Info(
            name: "cz-kraje", title: "kraje Česka (NUTS 3)", keyField: "KOD_CZNUTS3",
            nameField: "NAZ_CZNUTS3",
            attribution: naturalEarth),
        Info(
            name: "europe", title: "státy Evropy", keyField: "ISO_A2", nameField: "NAZEV",
            attribution: naturalEarth),
    ]

    /// The names of the built-in basemaps: `cz-kraje`, `europe`.
    package static let names: [String] = all.map(\.name)

    /// The description of the basemap called `name`, or nil when there is none.
    package static func info(named name: String) -> Info? {
        all.first { $0.name == name }
    }

    /// The basemap called `name` as a layer in WGS 84 longitude/latitude, with its mesh of shared
    /// borders.
    ///
    /// Throws for an unknown name, with the closest name as a suggestion and the list of names.
    package static func layer(named name: String) throws(DataError) -> GeoLayer {
        let decoded: Result<GeoLayer, DataError>
        switch name {
        case "cz-kraje": decoded = czKraje
        case "europe": decoded = europe
        default: throw unknown(name)
        }
        return try decoded.get()
    }

    /// The store for what charts compute from a basemap (its fitted regions), one per basemap
    /// for the process's lifetime, since the basemaps never change.
    package static func derivations(named name: String) -> LayerDerivations {
        name == "europe" ? europeDerivations : czKrajeDerivations
    }

    private static let czKrajeDerivations = LayerDerivations()
    private static let europeDerivations = LayerDerivations()

    // MARK: - Private

    private static let naturalEarth = "Natural Earth"

    // A failure here is a bug in the generated files (the tests decode both), but it is kept as an
    // error rather than a trap so that a broken basemap fails one chart, not the process.
    private static let czKraje = decode(czKrajeTopoJSON, name: "cz-kraje")
    private static let europe = decode(europeTopoJSON, name: "europe")

    private static func decode(_ text: String, name: String) -> Result<GeoLayer, DataError> {
        Result { () throws(DataError) -> GeoLayer in
            try GeoReader.read(Array(text.utf8), sourceName: sourceName(name), object: name)
        }
    }

    /// The name shown in messages: the basemap is not a file the user can open.
    private static func sourceName(_ name: String) -> String {
        "built-in basemap \(name)"
    }

    private static func unknown(_ name: String) -> DataError {
        // "kraje" is too far from "cz-kraje" for a typo, but plainly means it.
        let lowered = name.lowercased()
        let closest =
            Suggestion.closest(to: name, in: names)
            ?? names.first { lowered.count >= 3 && $0.contains(lowered) }
        let hint = closest.map { "did you mean \"\($0)\"? " } ?? ""
        let listed = names.map(Quoting.quoted).joined(separator: ", ")
        return DataError(
            message: "there is no built-in basemap \(Quoting.quoted(name))",
            location: DataLocation(file: "built-in basemaps"),
            suggestion: "\(hint)(basemaps: \(listed))")
    }
}
