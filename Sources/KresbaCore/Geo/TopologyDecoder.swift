/// Turns TopoJSON geometry objects into ``GeoGeometry`` values by joining arcs, and records which
/// feature uses which arc for the ``GeoMesh``.
struct TopologyDecoder {
    /// The decoded arcs, in source coordinates.
    let arcs: [[GeoPoint]]
    let quantization: Quantization?
    /// For every arc, the features that use it, once per use.
    private var users: [[Int]]

    init(arcs: [[GeoPoint]], quantization: Quantization?) {
        self.arcs = arcs
        self.quantization = quantization
        self.users = Array(repeating: [], count: arcs.count)
    }

    /// The geometry of a TopoJSON geometry object (nil for `"type": null`), used by feature `feature`.
    mutating func geometry(_ node: JSONNode, pointer: String, feature: Int, context: inout GeoContext)
        throws(DataError) -> GeoGeometry?
    {
        guard case .object = node.value else {
            throw context.error(
                "geometry \(Quoting.quoted(pointer)) is \(node.kindDescription), not an object", at: node,
                pointer: pointer)
        }
        // TopoJSON writes a feature without geometry as "type": null.
        guard let typeNode = node.child("type"), !GeoJSONReader.isNull(typeNode) else { return nil }
        let type = try GeoJSONReader.typeName(of: node, pointer: pointer, context: context)
        switch type {
        case "GeometryCollection":
            guard let list = node.child("geometries"), case .array(let members) = list.value else {
                throw context.error(
                    "the GeometryCollection \(Quoting.quoted(pointer)) has no \"geometries\" array", at: node,
                    pointer: pointer)
            }
            var geometries: [GeoGeometry] = []
            for (index, member) in members.enumerated() {
                let memberPointer = "\(pointer)/geometries/\(index)"
                if let geometry = try geometry(
                    member, pointer: memberPointer, feature: feature, context: &context)
                {
                    geometries.append(geometry)
                }
            }
            return .collection(geometries)
        case "Point":
            let here = pointer + "/coordinates"
            guard let coordinates = node.child("coordinates") else {
                throw missing("coordinates", node, pointer, context)
            }
            try context.addPositions(1, at: coordinates, pointer: here)
            return .point(try point(coordinates, pointer: here, context: context))
        case "MultiPoint":
            let here = pointer + "/coordinates"
            guard let coordinates = node.child("coordinates") else {
                throw missing("coordinates", node, pointer, context)
            }
            let list = try array(coordinates, pointer: here, context: context)
            try context.addPositions(list.count, at: coordinates, pointer: here)
            var points: [GeoPoint] = []
            for (index, element) in list.enumerated() {
                points.append(try point(element, pointer: "\(here)/\(index)", context: context))
            }
            return .multiPoint(points)
        case "LineString", "MultiLineString", "Polygon", "MultiPolygon":
            guard let arcsNode = node.child("arcs") else { throw missing("arcs", node, pointer, context) }
            return try arcGeometry(
                type, arcsNode, pointer: pointer + "/arcs", feature: feature, context: &context)
        default:
            throw GeoJSONReader.unknownType(
                type, at: typeNode, pointer: pointer + "/type", context: context)
        }
    }

    /// The inner and outer arcs of everything decoded so far.
    func mesh() -> GeoMesh {
        var inner: [GeoMesh.Arc] = []
        var outer: [GeoMesh.Arc] = []
        for (index, features) in users.enumerated() where !features.isEmpty {
            var distinct: [Int] = []
            for feature in features where !distinct.contains(feature) { distinct.append(feature) }
            if distinct.count >= 2 {
                inner.append(GeoMesh.Arc(index: index, points: arcs[index], features: distinct.sorted()))
            } else if features.count == 1 {
                outer.append(GeoMesh.Arc(index: index, points: arcs[index], features: distinct))
            }
        }
        return GeoMesh(inner: inner, outer: outer)
    }

    // MARK: - Private

    private mutating func arcGeometry(
        _ type: String,
        _ node: JSONNode,
        pointer: String,
        feature: Int,
        context: inout GeoContext
    ) throws(DataError) -> GeoGeometry {
        let list = try array(node, pointer: pointer, context: context)
        switch type {
        case "LineString":
            return .lineString(try line(node, pointer: pointer, feature: feature, context: &context))
        case "MultiLineString":
            var lines: [[GeoPoint]] = []
            for (index, element) in list.enumerated() {
                lines.append(
                    try line(element, pointer: "\(pointer)/\(index)", feature: feature, context: &context))
            }
            return .multiLineString(lines)
        case "Polygon":
            return .polygon(try polygon(node, pointer: pointer, feature: feature, context: &context))
        default:  // MultiPolygon
            var polygons: [GeoPolygon] = []
            for (index, element) in list.enumerated() {
                polygons.append(
                    try polygon(element, pointer: "\(pointer)/\(index)", feature: feature, context: &context))
            }
            return .multiPolygon(polygons)
        }
    }

    private mutating func polygon(_ node: JSONNode, pointer: String, feature: Int, context: inout GeoContext)
        throws(DataError) -> GeoPolygon
    {
        let ringNodes = try array(node, pointer: pointer, context: context)
        guard !ringNodes.isEmpty else {
            throw context.error(
                "polygon \(Quoting.quoted(pointer)) has no rings; it needs at least an outer ring", at: node,
                pointer: pointer)
        }
        var rings: [[GeoPoint]] = []
        for (index, ringNode) in ringNodes.enumerated() {
            let ringPointer = "\(pointer)/\(index)"
            var ring = try stitch(ringNode, pointer: ringPointer, feature: feature, context: &context)
            guard ring.count >= 4 else {
                throw context.error(
                    "ring \(Quoting.quoted(ringPointer)) has \(ring.count) positions once its arcs are joined; "
                        + "a polygon ring needs at least 4, the last repeating the first", at: ringNode,
                    pointer: ringPointer)
            }
            if ring.first != ring.last, let first = ring.first {
                ring.append(first)
                context.unclosedRings += 1
            }
            rings.append(ring)
        }
        return GeoPolygon(exterior: rings[0], holes: Array(rings.dropFirst()))
    }

    private mutating func line(_ node: JSONNode, pointer: String, feature: Int, context: inout GeoContext)
        throws(DataError) -> [GeoPoint]
    {
        try stitch(node, pointer: pointer, feature: feature, context: &context)
    }

    /// Joins the arcs listed in `node` (an array of arc indices) into one line.
    private mutating func stitch(_ node: JSONNode, pointer: String, feature: Int, context: inout GeoContext)
        throws(DataError) -> [GeoPoint]
    {
        let references = try array(node, pointer: pointer, context: context)
        guard !references.isEmpty else {
            throw context.error(
                "\(Quoting.quoted(pointer)) lists no arcs", at: node, pointer: pointer,
                suggestion: "a ring or line is a non-empty array of arc indices such as [0, -2]")
        }
        var points: [GeoPoint] = []
        for (offset, reference) in references.enumerated() {
            let (arcIndex, reversed) = try self.arcIndex(
                reference, pointer: "\(pointer)/\(offset)", context: context)
            let arc = arcs[arcIndex]
            users[arcIndex].append(feature)
            let added = points.isEmpty ? arc.count : arc.count - 1
            try context.addPositions(added, at: reference, pointer: "\(pointer)/\(offset)")
            if reversed {
                points.append(contentsOf: arc.reversed().dropFirst(arc.count - added))
            } else {
                points.append(contentsOf: arc.dropFirst(arc.count - added))
            }
        }
        return points
    }

    /// The arc an index refers to and whether it is reversed (`~i`, i.e. `-i - 1`).
    private func arcIndex(_ node: JSONNode, pointer: String, context: GeoContext) throws(DataError)
        -> (index: Int, reversed: Bool)
    {
        guard case .number(let value) = node.value, value.rounded(.towardZero) == value, abs(value) < 1e15
        else {
            throw context.error(
                "arc index \(Quoting.quoted(pointer)) is \(node.kindDescription == "a number" ? "not a whole number" : node.kindDescription), "
                    + "not an arc index", at: node, pointer: pointer,
                suggestion: "arc references are whole numbers: i for arc i, -i-1 for arc i reversed")
        }
        let raw = Int(value)
        let index = raw >= 0 ? raw : -raw - 1
        guard index < arcs.count else {
            let range =
                arcs.isEmpty ? "none" : "0…\(arcs.count - 1), or -1…-\(arcs.count) for an arc reversed"
            throw context.error(
                "arc index \(raw) at \(Quoting.quoted(pointer)) is out of range: the topology has "
                    + "\(arcs.count) arc\(arcs.count == 1 ? "" : "s") (\(range))", at: node, pointer: pointer)
        }
        return (index, raw < 0)
    }

    /// A Point position: quantized positions are scaled but, unlike arcs, not delta-encoded.
    private func point(_ node: JSONNode, pointer: String, context: GeoContext) throws(DataError) -> GeoPoint {
        let position = try GeoJSONReader.position(node, pointer: pointer, context: context)
        return quantization?.apply(position.x, position.y) ?? position
    }

    private func array(_ node: JSONNode, pointer: String, context: GeoContext) throws(DataError) -> [JSONNode]
    {
        guard case .array(let list) = node.value else {
            throw context.error(
                "\(Quoting.quoted(pointer)) is \(node.kindDescription), not an array", at: node,
                pointer: pointer,
                suggestion: "check the nesting depth of \"arcs\" for the geometry type")
        }
        return list
    }

    private func missing(_ key: String, _ node: JSONNode, _ pointer: String, _ context: GeoContext)
        -> DataError
    {
        context.error(
            "geometry \(Quoting.quoted(pointer)) has no \"\(key)\" member", at: node, pointer: pointer)
    }
}
