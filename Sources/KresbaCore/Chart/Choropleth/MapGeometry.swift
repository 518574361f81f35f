import Foundation
import KresbaScene

/// The regions projected to a plane and fitted into the map's box, with the borders to stroke.
struct MapGeometry: Sendable {
    /// Each feature's rings (outer rings and holes alike) in scene coordinates.
    var rings: SceneRings
    /// Borders between two regions, each once.
    var inner: [[Point]]
    /// The outline of the whole layer.
    var outer: [[Point]]
    /// Scene pixels per projected unit (for symbol and label scale decisions).
    var scale: Double
    /// The rectangle the regions occupy.
    var frame: Rect
    /// The projection used.
    var projection: MapProjection
    /// Maps a source position to the scene.
    var toScene: @Sendable (GeoPoint) -> Point

    /// The projection for a layer: the spec's, else identity for projected data and, for longitude
    /// and latitude, Krovak when the layer lies in and around Czechia (the shape Czech readers know
    /// from ČÚZK maps) and a Lambert conformal conic fitted to the layer's latitudes elsewhere.
    static func projection(for map: ChoroplethSpec, layer: GeoLayer, reader: SpecReader) -> MapProjection {
        let bounds = layer.bounds ?? GeoBounds(minX: 0, minY: 0, maxX: 1, maxY: 1)
        switch layer.crs.crs {
        case .wgs84:
            if let choice = map.projection { return MapProjection.make(choice, bounds: bounds) }
            let czech = bounds.minX >= 11 && bounds.maxX <= 20 && bounds.minY >= 47.5 && bounds.maxY <= 52
            return MapProjection.make(czech ? .krovak : .conic, bounds: bounds)
        case .sjtsk, .webMercator:
            if let choice = map.projection, choice != .identity {
                reader.warning(
                    "the geometry is already projected (\(layer.crs.crs.code)); projection \(choice.rawValue) "
                        + "is ignored and the coordinates are drawn as they are",
                    at: SpecPath(["projection"]), nil)
            }
            return MapProjection.make(.identity, bounds: bounds)
        case .other, .unknown:
            if map.projection == nil || map.projection == .identity {
                if map.projection == nil {
                    reader.warning(
                        "the coordinate system of \(layer.sourceName) is \(layer.crs.crs.code); drawn as it is "
                            + "(x east, y north); say projection: identity to confirm", at: SpecPath(["geo"]),
                        nil)
                }
                return MapProjection.make(.identity, bounds: bounds)
            }
            reader.warning(
                "the coordinate system of \(layer.sourceName) is \(layer.crs.crs.code), not longitude/latitude; "
                    + "projection \((map.projection?.rawValue ?? "")) is ignored",
                at: SpecPath(["projection"]), nil)
            return MapProjection.make(.identity, bounds: bounds)
        }
    }

    /// Projects every region and fits the result into `box`, keeping the aspect ratio and centring.
    static func fit(_ layer: GeoLayer, projection: MapProjection, box: Rect, padding: Double = 4)
        -> MapGeometry
    {
        // Every ring projected once into one buffer (`ends[r]` is where ring r ends), then placed.
        // Features are reached through the array, never copied out of it: a copy retains and releases
        // every array inside, which for a 6,000-region map cost more than the projecting.
        let features = layer.features
        var projected: [GeoPoint] = []
        projected.reserveCapacity(layer.format.positionCount)
        var ends: [Int] = []
        // Where each feature's rings end in `ends`.
        var featureEnds: [Int] = []
        var bounds: GeoBounds?
        if let shared = layer.sharedRings {
            // The rings are stored feature after feature already: one pass, nothing per feature.
            shared.storage.points.withUnsafeBufferPointer { points in
                for point in points {
                    let p = projection.project(point)
                    projected.append(p)
                    if bounds == nil { bounds = GeoBounds(p) } else { bounds?.include(p) }
                }
            }
            ends = shared.storage.ringEnds
            featureEnds = shared.featureRingEnds
        } else {
            featureEnds.reserveCapacity(features.count)
            for index in features.indices {
                features[index].geometry?.forEachRing { ring in
                    for point in ring {
                        let p = projection.project(point)
                        projected.append(p)
                        if bounds == nil { bounds = GeoBounds(p) } else { bounds?.include(p) }
                    }
                    ends.append(projected.count)
                }
                featureEnds.append(ends.count)
            }
        }
        // The same bounds as the union of each ring's and then each point's bounds: `min` and `max`
        // keep the first of equal values either way. Only point features have points.
        for index in features.indices
        where layer.sharedRings?.hasPoints ?? true && features[index].geometry?.hasPoints == true {
            let points = (features[index].geometry?.points ?? []).map(projection.project)
            bounds = GeoBounds.union(bounds, GeoBounds(points))
        }
        let b = bounds ?? GeoBounds(minX: 0, minY: 0, maxX: 1, maxY: 1)
        let inner = Rect(
            x: box.x + padding, y: box.y + padding, width: max(1, box.width - 2 * padding),
            height: max(1, box.height - 2 * padding))
        let s = min(inner.width / max(b.width, 1e-12), inner.height / max(b.height, 1e-12))
        let w = b.width * s
        let h = b.height * s
        let ox = inner.x + (inner.width - w) / 2
        let oy = inner.y + (inner.height - h) / 2
        let toPlane: @Sendable (GeoPoint) -> Point = { p in
            Point(ox + (p.x - b.minX) * s, oy + (b.maxY - p.y) * s)
        }
        let toScene: @Sendable (GeoPoint) -> Point = { toPlane(projection.project($0)) }
        // Placed in the same order, so the ring and feature ends stay those of `projected`. The
        // arithmetic of `toPlane` is written out: a closure call per position costs more.
        let (minX, maxY) = (b.minX, b.maxY)
        let placed = projected.map { p in Point(ox + (p.x - minX) * s, oy + (maxY - p.y) * s) }
        let rings = SceneRings(points: placed, ringEnds: ends, featureEnds: featureEnds)
        let (innerLines, outerLines): ([[Point]], [[Point]])
        if let mesh = layer.mesh {
            innerLines = mesh.inner.map { $0.points.map(toScene) }
            outerLines = mesh.outer.map { $0.points.map(toScene) }
        } else {
            (innerLines, outerLines) = derivedMesh(rings)
        }
        return MapGeometry(
            rings: rings, inner: innerLines, outer: outerLines, scale: s,
            frame: Rect(x: ox, y: oy, width: w, height: h), projection: projection, toScene: toScene)
    }

    /// ``derivedMesh(_:)`` of a layer's rings placed by `toScene`.
    static func derivedMesh(_ layer: GeoLayer, toScene: (GeoPoint) -> Point) -> ([[Point]], [[Point]]) {
        let rings = layer.features.map { feature in
            var rings: [[Point]] = []
            feature.geometry?.forEachRing { rings.append($0.map(toScene)) }
            return rings
        }
        return derivedMesh(SceneRings(rings))
    }

    /// Borders from GeoJSON, which has no topology: ring edges that two rings share (the same two
    /// positions, either direction) are inner borders, drawn once; edges of one ring only are the outline.
    /// Neighbours that do not share vertices exactly simply get both outlines drawn as outline.
    ///
    /// Works on the placed rings, one flat buffer: equal positions in the file are placed at equal
    /// points (the same arithmetic on the same numbers), and walking the buffer costs nothing per ring,
    /// where walking each feature's geometry retained every ring array on the way.
    static func derivedMesh(_ rings: SceneRings) -> ([[Point]], [[Point]]) {
        let points = rings.points
        // Points are compared on a grid a billionth of the map's size, so that neighbours whose shared
        // vertices were computed separately (and differ in the last bits) still match.
        let grid = QuantizedGrid(points)
        var counter = EdgeCounter(positions: points.count)
        // Each distinct edge once, in the order first seen (so edge i is the counter's edge i).
        var edges: [BorderChains.Edge] = []
        edges.reserveCapacity(points.count / 2)
        points.withUnsafeBufferPointer { points in
            for ring in 0..<rings.ringEnds.count {
                let range = rings.range(ofRing: ring)
                guard range.count >= 2 else { continue }
                let firstVertex = counter.id(of: grid.vertex(points[range.lowerBound]))
                var p = firstVertex
                for k in range.dropFirst() {
                    // The closing position repeats the first: its vertex is known.
                    let q =
                        k == range.upperBound - 1 && points[k] == points[range.lowerBound]
                        ? firstVertex : counter.id(of: grid.vertex(points[k]))
                    if p != q, counter.add(p, q).isNew {
                        edges.append(BorderChains.Edge(from: p, to: q, a: points[k - 1], b: points[k]))
                    }
                    p = q
                }
            }
        }
        var inner: [BorderChains.Edge] = []
        var outer: [BorderChains.Edge] = []
        for (index, edge) in edges.enumerated() {
            if counter.count(of: index) > 1 { inner.append(edge) } else { outer.append(edge) }
        }
        return (
            BorderChains.lines(inner, vertexCount: counter.vertexCount),
            BorderChains.lines(outer, vertexCount: counter.vertexCount)
        )
    }

    /// The grid borders are compared on: integer steps of a billionth of the map's size from its
    /// corner, so that every finite point's coordinates fit the 31 bits of an ``EdgeCounter/Vertex``.
    private struct QuantizedGrid {
        var minX: Double
        var minY: Double
        var perStep: Double

        /// The grid over the finite points' bounds.
        init(_ points: [Point]) {
            var (minX, minY) = (Double.infinity, Double.infinity)
            var (maxX, maxY) = (-Double.infinity, -Double.infinity)
            for p in points where p.x.isFinite && p.y.isFinite {
                minX = min(minX, p.x)
                minY = min(minY, p.y)
                maxX = max(maxX, p.x)
                maxY = max(maxY, p.y)
            }
            self.minX = minX.isFinite ? minX : 0
            self.minY = minY.isFinite ? minY : 0
            let size = max(maxX - minX, maxY - minY)
            perStep = size > 0 && size.isFinite ? 1e9 / size : 1
        }

        /// The grid vertex nearest `p`. Points that are not finite share one vertex that no finite
        /// point has.
        func vertex(_ p: Point) -> EdgeCounter.Vertex {
            let x = (p.x - minX) * perStep
            let y = (p.y - minY) * perStep
            // Finite points lie within the bounds, so from 0 to 10^9 steps: below 2^31. Rounded by
            // adding a half and truncating (`rounded()` is a call into libm, 30,000 times a map).
            guard x >= 0, x <= 1e9, y >= 0, y <= 1e9 else { return .nonFinite }
            return EdgeCounter.Vertex(x: Int64(x + 0.5), y: Int64(y + 0.5))
        }
    }

    /// One path with every ring of a feature, filled even-odd so holes (Praha in Středočeský kraj)
    /// stay holes whichever way the rings wind, and self-intersecting rings fill sensibly.
    func path(of feature: Int) -> Path {
        Path(rings: rings.ringIndices(of: feature), of: rings.points, ringEnds: rings.ringEnds)
    }

    /// Open polylines as one path.
    static func linesPath(_ lines: [[Point]]) -> Path {
        var elements: [Path.Element] = []
        elements.reserveCapacity(lines.reduce(0) { $0 + $1.count })
        for line in lines where line.count >= 2 {
            elements.append(.move(line[0]))
            for p in line.dropFirst() { elements.append(.line(p)) }
        }
        return Path(elements)
    }

    /// The bounding box of a feature in the scene, nil without rings.
    func bounds(of feature: Int) -> Rect? {
        Rect(bounding: rings.points[rings.span(of: feature)])
    }

    /// Whether a scene point is inside a feature (even-odd over all its rings).
    func contains(_ p: Point, feature: Int) -> Bool {
        var inside = false
        let points = rings.points
        for ring in rings.ringIndices(of: feature) {
            let range = rings.range(ofRing: ring)
            guard range.count >= 3 else { continue }
            var j = range.upperBound - 1
            for i in range {
                let a = points[i]
                let b = points[j]
                if (a.y > p.y) != (b.y > p.y), p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x {
                    inside.toggle()
                }
                j = i
            }
        }
        return inside
    }

    /// Whether a rectangle overlaps any region: its corners, edge midpoints and a grid inside are tested.
    func covers(_ r: Rect) -> Bool {
        var samples: [Point] = []
        let steps = 8
        for i in 0...steps {
            for j in 0...steps {
                samples.append(
                    Point(
                        r.x + r.width * Double(i) / Double(steps), r.y + r.height * Double(j) / Double(steps))
                )
            }
        }
        for f in rings.indices {
            guard let b = bounds(of: f), b.intersects(r) else { continue }
            if samples.contains(where: { contains($0, feature: f) }) { return true }
            // A region poking into the rectangle between samples: any of its vertices inside.
            if rings.points[rings.span(of: f)].contains(where: {
                r.contains(Rect(x: $0.x, y: $0.y, width: 0, height: 0))
            }) {
                return true
            }
        }
        return false
    }
}
