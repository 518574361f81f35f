/// A position in the file's own coordinate system: longitude and latitude in degrees for WGS 84, metres
/// east and north for projected systems (S-JTSK, Web Mercator). Nothing is projected or reordered here.
package struct GeoPoint: Sendable, Hashable {
    package var x: Double
    package var y: Double

    package init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// The smallest axis-aligned rectangle around some positions, in source coordinates.
package struct GeoBounds: Sendable, Equatable {
    package var minX: Double
    package var minY: Double
    package var maxX: Double
    package var maxY: Double

    package init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        self.minX = minX
        self.minY = minY
        self.maxX = maxX
        self.maxY = maxY
    }

    /// The bounds of one position.
    package init(_ point: GeoPoint) {
        self.init(minX: point.x, minY: point.y, maxX: point.x, maxY: point.y)
    }

    /// The bounds of `points`, or nil when there are none.
    package init?(_ points: some Sequence<GeoPoint>) {
        var iterator = points.makeIterator()
        guard let first = iterator.next() else { return nil }
        self.init(first)
        while let point = iterator.next() { include(point) }
    }

    package var width: Double { maxX - minX }
    package var height: Double { maxY - minY }

    package mutating func include(_ point: GeoPoint) {
        minX = min(minX, point.x)
        minY = min(minY, point.y)
        maxX = max(maxX, point.x)
        maxY = max(maxY, point.y)
    }

    /// The bounds around both.
    package func union(_ other: GeoBounds) -> GeoBounds {
        GeoBounds(
            minX: min(minX, other.minX), minY: min(minY, other.minY), maxX: max(maxX, other.maxX),
            maxY: max(maxY, other.maxY))
    }

    /// Whether `point` lies inside or on the edge.
    package func contains(_ point: GeoPoint) -> Bool {
        point.x >= minX && point.x <= maxX && point.y >= minY && point.y <= maxY
    }

    /// The union of optional bounds; nil when both are nil.
    package static func union(_ a: GeoBounds?, _ b: GeoBounds?) -> GeoBounds? {
        guard let a else { return b }
        guard let b else { return a }
        return a.union(b)
    }
}

/// The positions of many rings in one array: ring r is `points[ringEnds[r - 1]..<ringEnds[r]]` (from 0
/// for the first). A GeoJSON file's polygons all share one, so reading a 6,000-region map makes no array
/// per ring, and drawing it walks one buffer.
package final class GeoRingStorage: Sendable {
    package let points: [GeoPoint]
    package let ringEnds: [Int]

    package init(points: [GeoPoint], ringEnds: [Int]) {
        self.points = points
        self.ringEnds = ringEnds
    }

    /// Where ring `ring` lies in ``points``.
    package func range(ofRing ring: Int) -> Range<Int> {
        (ring == 0 ? 0 : ringEnds[ring - 1])..<ringEnds[ring]
    }
}

/// An area: one outer ring and any holes (Praha is a hole in Středočeský kraj).
///
/// Rings are closed (the last position repeats the first) and keep the file's winding, which real files
/// get both ways round; which ring is the outer one comes from its position in the file, never from
/// its direction. Fill with the even-odd rule or per ring, and no winding convention is needed.
///
/// The rings live in a ``GeoRingStorage``, which may hold other polygons' rings too.
package struct GeoPolygon: Sendable, Equatable {
    private let storage: GeoRingStorage
    /// The polygon's rings in `storage`, the outer one first.
    private let ringIndices: Range<Int>

    package init(exterior: [GeoPoint], holes: [[GeoPoint]] = []) {
        var points = exterior
        var ends = [points.count]
        for hole in holes {
            points += hole
            ends.append(points.count)
        }
        self.init(storage: GeoRingStorage(points: points, ringEnds: ends), rings: 0..<ends.count)
    }

    /// The polygon made of rings `rings` (at least one) of `storage`, the outer one first.
    package init(storage: GeoRingStorage, rings: Range<Int>) {
        precondition(!rings.isEmpty, "a polygon has an outer ring")
        self.storage = storage
        self.ringIndices = rings
    }

    /// The number of rings, the outer one included.
    package var ringCount: Int { ringIndices.count }

    /// The outer ring.
    package var exterior: [GeoPoint] { Array(storage.points[storage.range(ofRing: ringIndices.lowerBound)]) }

    /// The holes, in file order.
    package var holes: [[GeoPoint]] {
        ringIndices.dropFirst().map { Array(storage.points[storage.range(ofRing: $0)]) }
    }

    /// The outer ring followed by the holes.
    package var rings: [[GeoPoint]] { ringIndices.map { Array(storage.points[storage.range(ofRing: $0)]) } }

    /// Calls `body` with the outer ring, then each hole, where they are stored.
    package func forEachRing(_ body: (UnsafeBufferPointer<GeoPoint>) -> Void) {
        storage.points.withUnsafeBufferPointer { points in
            for ring in ringIndices {
                body(UnsafeBufferPointer(rebasing: points[storage.range(ofRing: ring)]))
            }
        }
    }

    package static func == (a: GeoPolygon, b: GeoPolygon) -> Bool {
        guard a.ringCount == b.ringCount else { return false }
        if a.storage === b.storage && a.ringIndices == b.ringIndices { return true }
        return zip(a.ringIndices, b.ringIndices).allSatisfy { ra, rb in
            a.storage.points[a.storage.range(ofRing: ra)] == b.storage.points[b.storage.range(ofRing: rb)]
        }
    }
}

/// The shape of one feature, as in GeoJSON (RFC 7946) and TopoJSON.
package enum GeoGeometry: Sendable, Equatable {
    case point(GeoPoint)
    case multiPoint([GeoPoint])
    case lineString([GeoPoint])
    case multiLineString([[GeoPoint]])
    case polygon(GeoPolygon)
    case multiPolygon([GeoPolygon])
    case collection([GeoGeometry])

    /// The GeoJSON type name: `Polygon`, `MultiPolygon`, `GeometryCollection`, …
    package var typeName: String {
        switch self {
        case .point: "Point"
        case .multiPoint: "MultiPoint"
        case .lineString: "LineString"
        case .multiLineString: "MultiLineString"
        case .polygon: "Polygon"
        case .multiPolygon: "MultiPolygon"
        case .collection: "GeometryCollection"
        }
    }

    /// Every polygon, from polygons, multipolygons and collections: what a choropleth fills.
    package var polygons: [GeoPolygon] {
        switch self {
        case .polygon(let polygon): [polygon]
        case .multiPolygon(let polygons): polygons
        case .collection(let members): members.flatMap(\.polygons)
        case .point, .multiPoint, .lineString, .multiLineString: []
        }
    }

    /// Calls `body` with every ring of ``polygons``, in that order, where the rings are stored.
    package func forEachRing(_ body: (UnsafeBufferPointer<GeoPoint>) -> Void) {
        switch self {
        case .polygon(let polygon): polygon.forEachRing(body)
        case .multiPolygon(let polygons): for polygon in polygons { polygon.forEachRing(body) }
        case .collection(let members): for member in members { member.forEachRing(body) }
        case .point, .multiPoint, .lineString, .multiLineString: break
        }
    }

    /// Every point, from points, multipoints and collections: what a point map draws.
    package var points: [GeoPoint] {
        switch self {
        case .point(let point): [point]
        case .multiPoint(let points): points
        case .collection(let members): members.flatMap(\.points)
        case .lineString, .multiLineString, .polygon, .multiPolygon: []
        }
    }

    /// Whether ``points`` has any, without building it.
    package var hasPoints: Bool {
        switch self {
        case .point: true
        case .multiPoint(let points): !points.isEmpty
        case .collection(let members): members.contains { $0.hasPoints }
        case .lineString, .multiLineString, .polygon, .multiPolygon: false
        }
    }

    /// Every line (rings included), for bounds and counting.
    package var lines: [[GeoPoint]] {
        switch self {
        case .point, .multiPoint: []
        case .lineString(let line): [line]
        case .multiLineString(let lines): lines
        case .polygon(let polygon): polygon.rings
        case .multiPolygon(let polygons): polygons.flatMap(\.rings)
        case .collection(let members): members.flatMap(\.lines)
        }
    }

    /// The number of positions, counting the repeated closing position of each ring.
    package var positionCount: Int {
        points.count + lines.reduce(0) { $0 + $1.count }
    }

    /// The bounds of every position; nil for an empty geometry.
    ///
    /// Walks the positions where they are, without the arrays `points` and `lines` build (a map reads
    /// thousands of features); in their order, points first, so that the result is the same to the
    /// bit (`min` keeps the first of equal values, which tells 0 from -0).
    package var bounds: GeoBounds? {
        var result: GeoBounds?
        includePoints(in: &result)
        includeLines(in: &result)
        return result
    }

    private func includePoints(in bounds: inout GeoBounds?) {
        switch self {
        case .point(let point): Self.include(CollectionOfOne(point), in: &bounds)
        case .multiPoint(let points): Self.include(points, in: &bounds)
        case .collection(let members): for member in members { member.includePoints(in: &bounds) }
        case .lineString, .multiLineString, .polygon, .multiPolygon: break
        }
    }

    private func includeLines(in bounds: inout GeoBounds?) {
        switch self {
        case .point, .multiPoint: break
        case .lineString(let line): Self.include(line, in: &bounds)
        case .multiLineString(let lines): for line in lines { Self.include(line, in: &bounds) }
        case .polygon(let polygon): Self.include(polygon, in: &bounds)
        case .multiPolygon(let polygons): for polygon in polygons { Self.include(polygon, in: &bounds) }
        case .collection(let members): for member in members { member.includeLines(in: &bounds) }
        }
    }

    private static func include(_ polygon: GeoPolygon, in bounds: inout GeoBounds?) {
        polygon.forEachRing { include($0, in: &bounds) }
    }

    private static func include(_ points: some Collection<GeoPoint>, in bounds: inout GeoBounds?) {
        guard let first = points.first else { return }
        var result = bounds ?? GeoBounds(first)
        for point in points { result.include(point) }
        bounds = result
    }
}

/// One feature: its shape and, for TopoJSON and GeoJSON files that give one, its `id`.
///
/// The feature's properties are not here but in row `i` of ``GeoLayer/properties``, so that the
/// layer's attributes are an ordinary ``DataTable`` that joins, filters and scales already understand.
package struct GeoFeature: Sendable, Equatable {
    /// The `id` member as text (a number is written as in JSON: `19`, `1.5`); nil when absent.
    package var id: String?
    /// Nil for a feature without geometry (`"geometry": null`), which GeoJSON allows.
    package var geometry: GeoGeometry?
    /// The bounds of the geometry; nil when it has no positions.
    package var bounds: GeoBounds?

    package init(id: String? = nil, geometry: GeoGeometry?) {
        self.init(id: id, geometry: geometry, bounds: geometry?.bounds)
    }

    /// A feature whose bounds the caller computed as it read the positions; they must be those of
    /// ``GeoGeometry/bounds`` (the positions in file order give them: points first only matters
    /// in collections).
    package init(id: String?, geometry: GeoGeometry?, bounds: GeoBounds?) {
        self.id = id
        self.geometry = geometry
        self.bounds = bounds
    }
}
