/// Decodes GeoJSON (RFC 7946, plus the older `crs` member) into a ``GeoLayer``.
///
/// Accepts a FeatureCollection, a single Feature, or a bare geometry; every geometry type, including
/// GeometryCollection; holes; rings in either winding. Positions may carry a third (altitude) coordinate,
/// which is ignored. Strictness where a mistake would draw something wrong: a ring needs at least four
/// positions, a line two, a position two numbers, and type names are case-sensitive; each error names
/// the JSON Pointer, line and column. Leniency where the intent is clear: an unclosed ring is closed and
/// reported in ``GeoFormatInfo/notes``, a missing or null geometry makes a feature without shape, and a
/// nested property value becomes its JSON text.
package enum GeoJSONReader {
    /// The geometry type names, for messages.
    static let geometryTypes = [
        "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon",
        "GeometryCollection",
    ]

    /// Decodes a parsed document whose top-level `type` is `rootType`.
    static func decode(
        _ root: JSONNode,
        rootType: String,
        context: inout GeoContext,
        byteOrderMark: Bool
    ) throws(DataError) -> GeoLayer {
        var features: [GeoFeature] = []
        var records: [[(String, DataValue)]] = []
        var recordsPointer = ""
        switch rootType {
        case "FeatureCollection":
            guard let list = root.child("features") else {
                throw context.error(
                    "the FeatureCollection has no \"features\" member", at: root, pointer: "",
                    suggestion:
                        "a FeatureCollection is {\"type\": \"FeatureCollection\", \"features\": [...]}")
            }
            guard case .array(let elements) = list.value else {
                throw context.error(
                    "\"features\" is \(list.kindDescription), not an array", at: list, pointer: "/features")
            }
            try context.checkFeatureCount(elements.count, at: list, pointer: "/features")
            recordsPointer = "/features"
            features.reserveCapacity(elements.count)
            records.reserveCapacity(elements.count)
            for (index, element) in elements.enumerated() {
                let (feature, record) = try decodeFeature(
                    element, pointer: "/features/\(index)", context: &context)
                features.append(feature)
                records.append(record)
            }
        case "Feature":
            let (feature, record) = try decodeFeature(root, pointer: "", context: &context)
            features = [feature]
            records = [record]
        default:
            let geometry = try decodeGeometry(root, pointer: "", context: &context)
            features = [GeoFeature(geometry: geometry)]
            records = [[]]
        }
        return try layer(
            features: features, records: records, recordsPointer: recordsPointer, rootType: rootType,
            root: root, context: context, byteOrderMark: byteOrderMark)
    }

    /// The layer of decoded features: their properties as a table, the format, the coordinate system
    /// (`root` is needed for its `crs` member and as the place of errors).
    static func layer(
        features: [GeoFeature],
        records: [[(String, DataValue)]],
        recordsPointer: String,
        rootType: String,
        root: JSONNode,
        context: GeoContext,
        byteOrderMark: Bool
    ) throws(DataError) -> GeoLayer {
        let properties = try GeoProperties.table(
            records, sourceName: context.sourceName, kind: .geojson, recordsPointer: recordsPointer,
            byteOrderMark: byteOrderMark, limits: context.limits, root: root, text: context.text)
        return try layer(
            features: features, properties: properties, rootType: rootType, root: root, context: context,
            byteOrderMark: byteOrderMark)
    }

    /// ``layer(features:records:recordsPointer:rootType:root:context:byteOrderMark:)`` with the
    /// properties already made into a table.
    static func layer(
        features: [GeoFeature],
        properties: DataTable,
        rootType: String,
        root: JSONNode,
        context: GeoContext,
        byteOrderMark: Bool
    ) throws(DataError) -> GeoLayer {
        let format = GeoFormatInfo(
            kind: .geojson, rootType: rootType, byteOrderMark: byteOrderMark,
            positionCount: context.positions, notes: context.notes)
        var layer = GeoLayer(
            features: features, properties: properties,
            crs: GeoCRSInfo(crs: .wgs84, source: .assumed), format: format, sourceName: context.sourceName)
        layer.crs = GeoCRSInfo.determine(
            declaredName: try GeoProperties.crsName(root, context: context), bounds: layer.bounds)
        return layer
    }

    // MARK: - Features

    private static func decodeFeature(
        _ node: JSONNode,
        pointer: String,
        context: inout GeoContext
    ) throws(DataError) -> (GeoFeature, [(String, DataValue)]) {
        guard case .object = node.value else {
            throw context.error(
                "feature \(Quoting.quoted(pointer)) is \(node.kindDescription), not an object", at: node,
                pointer: pointer)
        }
        let type = try typeName(of: node, pointer: pointer, context: context)
        guard type == "Feature" else {
            let wrap =
                geometryTypes.contains(type)
                ? "wrap the geometry: {\"type\": \"Feature\", \"geometry\": …}" : nil
            throw context.error(
                "feature \(Quoting.quoted(pointer)) has type \(Quoting.quoted(type)), not \"Feature\"",
                at: node,
                pointer: pointer + "/type", suggestion: wrap)
        }
        var geometry: GeoGeometry?
        if let geometryNode = node.child("geometry"), !isNull(geometryNode) {
            geometry = try decodeGeometry(geometryNode, pointer: pointer + "/geometry", context: &context)
        } else {
            context.featuresWithoutGeometry += 1
        }
        let record = try GeoProperties.record(node.child("properties"), pointer: pointer, context: context)
        return (GeoFeature(id: context.identifier(node.child("id")), geometry: geometry), record)
    }

    // MARK: - Geometries

    private static func decodeGeometry(
        _ node: JSONNode,
        pointer: String,
        context: inout GeoContext
    ) throws(DataError) -> GeoGeometry {
        guard case .object = node.value else {
            throw context.error(
                "geometry \(Quoting.quoted(pointer)) is \(node.kindDescription), not an object", at: node,
                pointer: pointer)
        }
        let type = try typeName(of: node, pointer: pointer, context: context)
        if type == "GeometryCollection" {
            guard let list = node.child("geometries"), case .array(let members) = list.value else {
                throw context.error(
                    "the GeometryCollection \(Quoting.quoted(pointer)) has no \"geometries\" array", at: node,
                    pointer: pointer)
            }
            var geometries: [GeoGeometry] = []
            for (index, member) in members.enumerated() {
                geometries.append(
                    try decodeGeometry(member, pointer: "\(pointer)/geometries/\(index)", context: &context))
            }
            return .collection(geometries)
        }
        guard geometryTypes.contains(type) else {
            throw unknownType(
                type, at: node.child("type") ?? node, pointer: pointer + "/type", context: context)
        }
        guard let coordinates = node.child("coordinates") else {
            throw context.error(
                "the \(type) \(Quoting.quoted(pointer)) has no \"coordinates\" member", at: node,
                pointer: pointer)
        }
        let here = pointer + "/coordinates"
        switch type {
        case "Point":
            try context.addPositions(1, at: coordinates, pointer: here)
            return .point(try position(coordinates, pointer: here, context: context))
        case "MultiPoint":
            return .multiPoint(
                try positions(coordinates, pointer: here, minimum: 0, what: "", context: &context))
        case "LineString":
            return .lineString(try line(coordinates, pointer: here, context: &context))
        case "MultiLineString":
            let lines = try elements(coordinates, pointer: here, context: context)
            var result: [[GeoPoint]] = []
            for (index, element) in lines.enumerated() {
                result.append(try line(element, pointer: "\(here)/\(index)", context: &context))
            }
            return .multiLineString(result)
        case "Polygon":
            return .polygon(try polygon(coordinates, pointer: here, context: &context))
        default:  // MultiPolygon
            let polygons = try elements(coordinates, pointer: here, context: context)
            var result: [GeoPolygon] = []
            for (index, element) in polygons.enumerated() {
                result.append(try polygon(element, pointer: "\(here)/\(index)", context: &context))
            }
            return .multiPolygon(result)
        }
    }

    private static func polygon(_ node: JSONNode, pointer: String, context: inout GeoContext)
        throws(DataError)
        -> GeoPolygon
    {
        let ringNodes = try elements(node, pointer: pointer, context: context)
        guard !ringNodes.isEmpty else {
            throw context.error(
                "polygon \(Quoting.quoted(pointer)) has no rings; it needs at least an outer ring", at: node,
                pointer: pointer)
        }
        var rings: [[GeoPoint]] = []
        rings.reserveCapacity(ringNodes.count)
        for (index, ringNode) in ringNodes.enumerated() {
            var ring = try positions(
                ringNode, pointer: "\(pointer)/\(index)", minimum: 4,
                what: "a polygon ring needs at least 4, the last repeating the first", context: &context)
            if ring.first != ring.last, let first = ring.first {
                ring.append(first)
                context.unclosedRings += 1
            }
            rings.append(ring)
        }
        return GeoPolygon(exterior: rings[0], holes: Array(rings.dropFirst()))
    }

    private static func line(_ node: JSONNode, pointer: String, context: inout GeoContext) throws(DataError)
        -> [GeoPoint]
    {
        try positions(node, pointer: pointer, minimum: 2, what: "a line needs at least 2", context: &context)
    }

    /// An array of positions with at least `minimum` elements (`what` explains the minimum).
    private static func positions(
        _ node: JSONNode,
        pointer: String,
        minimum: Int,
        what: String,
        context: inout GeoContext
    ) throws(DataError) -> [GeoPoint] {
        let list = try elements(node, pointer: pointer, context: context)
        if case .number? = list.first?.value {
            throw context.error(
                "coordinates \(Quoting.quoted(pointer)) are one position where a list of positions belongs",
                at: node, pointer: pointer,
                suggestion: "the coordinates are nested one level too shallow for the geometry type")
        }
        if list.count < minimum {
            let kind = minimum == 4 ? "ring" : "line"
            throw context.error(
                "\(kind) \(Quoting.quoted(pointer)) has \(list.count) position\(list.count == 1 ? "" : "s"); "
                    + what, at: node, pointer: pointer)
        }
        try context.addPositions(list.count, at: node, pointer: pointer)
        var points: [GeoPoint] = []
        points.reserveCapacity(list.count + 1)
        for (index, element) in list.enumerated() {
            points.append(try position(element, pointer: "\(pointer)/\(index)", context: context))
        }
        return points
    }

    /// `[x, y]` or `[x, y, z…]`.
    static func position(_ node: JSONNode, pointer: @autoclosure () -> String, context: GeoContext)
        throws(DataError) -> GeoPoint
    {
        guard case .array(let values) = node.value else {
            throw context.error(
                "position \(Quoting.quoted(pointer())) is \(node.kindDescription), not an array of numbers",
                at: node, pointer: pointer(),
                suggestion: "a position is [x, y]; check the nesting depth for the geometry type")
        }
        // Types first: `[[x, y]]` where a position belongs is a nesting mistake, not a short position.
        for (index, value) in values.prefix(2).enumerated() {
            guard case .number = value.value else {
                throw notNumber(value, pointer: pointer() + "/\(index)", context: context)
            }
        }
        guard values.count >= 2, case .number(let x) = values[0].value, case .number(let y) = values[1].value
        else {
            throw context.error(
                "position \(Quoting.quoted(pointer())) has \(values.count) coordinate"
                    + "\(values.count == 1 ? "" : "s"); a position needs x and y", at: node,
                pointer: pointer())
        }
        return GeoPoint(x: x, y: y)
    }

    private static func notNumber(_ node: JSONNode, pointer: String, context: GeoContext) -> DataError {
        var suggestion: String?
        if case .string(let text) = node.value, ValueParsing.number(text, decimalMark: ".") != nil {
            suggestion = "write coordinates as JSON numbers, without quotes"
        } else if case .array = node.value {
            suggestion = "the coordinates are nested one level too deep for the geometry type"
        }
        return context.error(
            "coordinate \(Quoting.quoted(pointer)) is \(node.kindDescription), not a number", at: node,
            pointer: pointer, suggestion: suggestion)
    }

    /// The elements of an array that must be one.
    private static func elements(_ node: JSONNode, pointer: String, context: GeoContext) throws(DataError)
        -> [JSONNode]
    {
        guard case .array(let list) = node.value else {
            throw context.error(
                "coordinates \(Quoting.quoted(pointer)) are \(node.kindDescription), not an array", at: node,
                pointer: pointer,
                suggestion: "check the nesting depth of the coordinates for the geometry type")
        }
        return list
    }

    // MARK: - Helpers

    /// The `type` member, which must be a string.
    static func typeName(of node: JSONNode, pointer: String, context: GeoContext) throws(DataError) -> String
    {
        guard let typeNode = node.child("type") else {
            throw context.error(
                "\(pointer.isEmpty ? "the top-level object" : Quoting.quoted(pointer)) has no \"type\" member",
                at: node, pointer: pointer)
        }
        guard case .string(let type) = typeNode.value else {
            throw context.error(
                "\"type\" is \(typeNode.kindDescription), not a string", at: typeNode,
                pointer: pointer + "/type")
        }
        return type
    }

    static func unknownType(_ type: String, at node: JSONNode, pointer: String, context: GeoContext)
        -> DataError
    {
        let hint = Suggestion.closest(to: type, in: geometryTypes)
        return context.error(
            "unknown geometry type \(Quoting.quoted(type)) at \(Quoting.quoted(pointer))", at: node,
            pointer: pointer,
            suggestion: hint.map { "did you mean \"\($0)\"?" }
                ?? "the types are Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon and "
                + "GeometryCollection")
    }

    static func isNull(_ node: JSONNode) -> Bool {
        if case .null = node.value { return true }
        return false
    }
}
