/// Which geometry format a layer was read from.
package enum GeoSourceKind: String, Sendable, Equatable {
    case geojson = "GeoJSON"
    case topojson = "TopoJSON"
}

/// What the geometry readers found, for `kresba data` and for messages.
package struct GeoFormatInfo: Sendable, Equatable {
    package var kind: GeoSourceKind
    /// The top-level `type`: `FeatureCollection`, `Feature`, a geometry type, or `Topology`.
    package var rootType: String
    /// True when the file started with a UTF-8 byte order mark (removed before parsing).
    package var byteOrderMark: Bool
    /// TopoJSON: the object that was read.
    package var objectName: String?
    /// TopoJSON: every object in the topology, in file order.
    package var objectNames: [String]
    /// TopoJSON: the number of arcs in the topology (all objects).
    package var arcCount: Int?
    /// TopoJSON: whether the arcs are quantized (a `transform` member).
    package var quantized: Bool
    /// Positions in the decoded features, closing positions of rings included.
    package var positionCount: Int
    /// One sentence per thing a user may want to know: rings closed by the reader, features without
    /// geometry, coordinates out of range for the stated system.
    package var notes: [String]

    package init(
        kind: GeoSourceKind,
        rootType: String,
        byteOrderMark: Bool = false,
        objectName: String? = nil,
        objectNames: [String] = [],
        arcCount: Int? = nil,
        quantized: Bool = false,
        positionCount: Int = 0,
        notes: [String] = []
    ) {
        self.kind = kind
        self.rootType = rootType
        self.byteOrderMark = byteOrderMark
        self.objectName = objectName
        self.objectNames = objectNames
        self.arcCount = arcCount
        self.quantized = quantized
        self.positionCount = positionCount
        self.notes = notes
    }
}

/// A set of features read from GeoJSON or TopoJSON: shapes in source coordinates, their attributes as a
/// table, the coordinate system, and (TopoJSON) the shared borders.
///
/// `properties` has one row per feature, in feature order, with columns in first-seen key order and the
/// same type inference as JSON records (codes such as `"CZ0513"` stay text; see
/// ``DataTable/init(records:sourceName:)``). So `features[i]` and row `i` belong together.
package struct GeoLayer: Sendable, Equatable {
    package private(set) var features: [GeoFeature]
    package var properties: DataTable
    package var crs: GeoCRSInfo
    /// The bounds of all features; nil when no feature has a position.
    package var bounds: GeoBounds?
    package var format: GeoFormatInfo
    /// TopoJSON only: arcs classified as inner borders and outline, to draw each border once.
    package var mesh: GeoMesh?
    /// The file name as the user wrote it.
    package var sourceName: String
    /// Every ring of the features' polygons in one storage, feature after feature, when the reader
    /// stored them so (the GeoJSON fast path); nil otherwise. A map then projects them in one pass.
    package private(set) var sharedRings: GeoSharedRings?

    package init(
        features: [GeoFeature],
        properties: DataTable,
        crs: GeoCRSInfo,
        format: GeoFormatInfo,
        mesh: GeoMesh? = nil,
        sourceName: String
    ) {
        self.features = features
        self.properties = properties
        self.crs = crs
        // By index: `reduce` would hand over a copy of each feature, retaining its id and shape.
        var bounds: GeoBounds?
        for index in features.indices { bounds = GeoBounds.union(bounds, features[index].bounds) }
        self.bounds = bounds
        self.format = format
        self.mesh = mesh
        self.sourceName = sourceName
    }

    /// How many features have each geometry type (`"Polygon"`, …; `"null"` for none), in first-seen order.
    package var geometryTypeCounts: [(type: String, count: Int)] {
        var counts: [(type: String, count: Int)] = []
        for feature in features {
            let name = feature.geometry?.typeName ?? "null"
            if let index = counts.firstIndex(where: { $0.type == name }) {
                counts[index].count += 1
            } else {
                counts.append((name, 1))
            }
        }
        return counts
    }
}

/// The arcs of a TopoJSON object sorted by how many features use them.
///
/// An arc used by two different features is a border between them (Liberecký and Královéhradecký kraj);
/// an arc used by one feature once is part of the layer's outline (the state border). Drawing `inner`
/// once, instead of every polygon's outline, keeps shared borders from being stroked twice (darker and
/// blurred where antialiasing overlaps). An arc one feature uses twice borders nothing visible and is in
/// neither list.
package struct GeoMesh: Sendable, Equatable {
    /// One arc as a line in source coordinates.
    package struct Arc: Sendable, Equatable {
        /// The index in the topology's `arcs` array.
        package var index: Int
        package var points: [GeoPoint]
        /// The features (indices into ``GeoLayer/features``) using the arc: two for inner borders, one
        /// for the outline.
        package var features: [Int]

        package init(index: Int, points: [GeoPoint], features: [Int]) {
            self.index = index
            self.points = points
            self.features = features
        }
    }

    /// Borders between two features, each once, in arc order.
    package var inner: [Arc]
    /// The outline of the layer, in arc order.
    package var outer: [Arc]

    package init(inner: [Arc], outer: [Arc]) {
        self.inner = inner
        self.outer = outer
    }
}

/// The rings of all of a layer's polygons in one ``GeoRingStorage``, in feature order: feature f's
/// rings are the storage's rings `featureRingEnds[f - 1]..<featureRingEnds[f]` (from 0 for the first).
package struct GeoSharedRings: Sendable {
    package var storage: GeoRingStorage
    package var featureRingEnds: [Int]
    /// Whether any feature has points (Point or MultiPoint), which are not in the storage.
    package var hasPoints: Bool

    package init(storage: GeoRingStorage, featureRingEnds: [Int], hasPoints: Bool) {
        self.storage = storage
        self.featureRingEnds = featureRingEnds
        self.hasPoints = hasPoints
    }
}

extension GeoLayer {
    /// Records that every polygon ring of the features is in `rings`, as described there. The
    /// reader that made the features says so; nothing checks it but the feature count.
    package mutating func attach(_ rings: GeoSharedRings) {
        precondition(rings.featureRingEnds.count == features.count, "one ring end per feature")
        sharedRings = rings
    }

    /// Layers are equal when their features, properties and the rest are; how the rings are
    /// stored does not count.
    package static func == (a: GeoLayer, b: GeoLayer) -> Bool {
        a.features == b.features && a.properties == b.properties && a.crs == b.crs && a.bounds == b.bounds
            && a.format == b.format && a.mesh == b.mesh && a.sourceName == b.sourceName
    }
}
