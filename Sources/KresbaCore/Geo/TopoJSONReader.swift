/// Decodes a TopoJSON topology (the format of d3's `topojson`) into a ``GeoLayer`` with a ``GeoMesh``.
///
/// One object is read: the one named, or the only one. Quantized arcs (a `transform` member) are
/// delta-decoded and scaled; unquantized arcs are used as they are. A ring or line is its arcs joined in
/// order, a negative index `~i` (that is `-i - 1`) meaning arc `i` reversed, with the first position of
/// each following arc dropped because it repeats the last one. Each GeometryCollection member becomes a
/// feature; a single geometry object becomes one feature.
package enum TopoJSONReader {
    static func decode(
        _ root: JSONNode,
        object requested: String?,
        context: inout GeoContext,
        byteOrderMark: Bool
    ) throws(DataError) -> GeoLayer {
        let (objectName, object, names) = try selectObject(root, requested: requested, context: context)
        let objectPointer = "/objects" + JSONPath.pointer([objectName])
        let quantization = try transform(root, context: context)
        var decoder = TopologyDecoder(
            arcs: try decodeArcs(root, transform: quantization, context: &context), quantization: quantization
        )

        var featureNodes: [(node: JSONNode, pointer: String)] = []
        var recordsPointer = objectPointer
        if (try? GeoJSONReader.typeName(of: object, pointer: objectPointer, context: context))
            == "GeometryCollection"
        {
            guard let list = object.child("geometries"), case .array(let members) = list.value else {
                throw context.error(
                    "the GeometryCollection \(Quoting.quoted(objectPointer)) has no \"geometries\" array",
                    at: object, pointer: objectPointer)
            }
            try context.checkFeatureCount(members.count, at: list, pointer: objectPointer + "/geometries")
            recordsPointer = objectPointer + "/geometries"
            featureNodes = members.enumerated().map { ($1, "\(recordsPointer)/\($0)") }
        } else {
            featureNodes = [(object, objectPointer)]
        }

        var features: [GeoFeature] = []
        var records: [[(String, DataValue)]] = []
        features.reserveCapacity(featureNodes.count)
        records.reserveCapacity(featureNodes.count)
        for (index, entry) in featureNodes.enumerated() {
            let geometry = try decoder.geometry(
                entry.node, pointer: entry.pointer, feature: index, context: &context)
            if geometry == nil { context.featuresWithoutGeometry += 1 }
            features.append(GeoFeature(id: context.identifier(entry.node.child("id")), geometry: geometry))
            records.append(
                try GeoProperties.record(
                    entry.node.child("properties"), pointer: entry.pointer, context: context))
        }

        let properties = try GeoProperties.table(
            records, sourceName: context.sourceName, kind: .topojson, recordsPointer: recordsPointer,
            byteOrderMark: byteOrderMark, limits: context.limits, root: root, text: context.text)
        let format = GeoFormatInfo(
            kind: .topojson, rootType: "Topology", byteOrderMark: byteOrderMark, objectName: objectName,
            objectNames: names, arcCount: decoder.arcs.count, quantized: decoder.quantization != nil,
            positionCount: context.positions, notes: context.notes)
        var layer = GeoLayer(
            features: features, properties: properties, crs: GeoCRSInfo(crs: .wgs84, source: .assumed),
            format: format, mesh: decoder.mesh(), sourceName: context.sourceName)
        layer.crs = GeoCRSInfo.determine(
            declaredName: try GeoProperties.crsName(root, context: context), bounds: layer.bounds)
        return layer
    }

    // MARK: - Private

    private static func selectObject(_ root: JSONNode, requested: String?, context: GeoContext)
        throws(DataError) -> (name: String, node: JSONNode, names: [String])
    {
        guard let objects = root.child("objects"), case .object(let members) = objects.value, !members.isEmpty
        else {
            throw context.error(
                "the topology has no objects", at: root.child("objects") ?? root, pointer: "/objects",
                suggestion:
                    "a topology is {\"type\": \"Topology\", \"objects\": {\"name\": …}, \"arcs\": […]}")
        }
        let names = members.map(\.key)
        let listed = names.prefix(20).map(Quoting.quoted).joined(separator: ", ")
        if let requested {
            guard let member = members.first(where: { $0.key == requested }) else {
                let hint =
                    Suggestion.closest(to: requested, in: names).map { "did you mean \"\($0)\"? " } ?? ""
                throw context.error(
                    "the topology has no object \(Quoting.quoted(requested))", at: objects,
                    pointer: "/objects",
                    suggestion: "\(hint)(objects: \(listed))")
            }
            return (requested, member.value, names)
        }
        guard members.count == 1 else {
            throw context.error(
                "the topology has \(members.count) objects; name the one to read", at: objects,
                pointer: "/objects",
                suggestion: "the objects are \(listed)")
        }
        return (members[0].key, members[0].value, names)
    }

    /// The `transform` member: scale and translate, each two numbers; nil when absent.
    private static func transform(_ root: JSONNode, context: GeoContext) throws(DataError) -> Quantization? {
        guard let node = root.child("transform"), !GeoJSONReader.isNull(node) else { return nil }
        func pair(_ key: String) throws(DataError) -> (Double, Double) {
            guard let member = node.child(key), case .array(let values) = member.value, values.count == 2,
                case .number(let a) = values[0].value, case .number(let b) = values[1].value
            else {
                throw context.error(
                    "\"transform\" needs \"\(key)\" as two numbers", at: node.child(key) ?? node,
                    pointer: "/transform/\(key)", suggestion: "e.g. \"\(key)\": [0.0002, 0.0001]")
            }
            return (a, b)
        }
        let scale = try pair("scale")
        let translate = try pair("translate")
        return Quantization(
            scaleX: scale.0, scaleY: scale.1, translateX: translate.0, translateY: translate.1)
    }

    private static func decodeArcs(
        _ root: JSONNode,
        transform: Quantization?,
        context: inout GeoContext
    ) throws(DataError) -> [[GeoPoint]] {
        guard let list = root.child("arcs"), case .array(let arcNodes) = list.value else {
            throw context.error(
                "the topology has no \"arcs\" array", at: root.child("arcs") ?? root, pointer: "/arcs")
        }
        var arcs: [[GeoPoint]] = []
        arcs.reserveCapacity(arcNodes.count)
        for (index, arcNode) in arcNodes.enumerated() {
            let pointer = "/arcs/\(index)"
            guard case .array(let positions) = arcNode.value else {
                throw context.error(
                    "arc \(Quoting.quoted(pointer)) is \(arcNode.kindDescription), not an array of positions",
                    at: arcNode, pointer: pointer)
            }
            guard positions.count >= 2 else {
                throw context.error(
                    "arc \(Quoting.quoted(pointer)) has \(positions.count) position\(positions.count == 1 ? "" : "s"); "
                        + "an arc needs at least 2", at: arcNode, pointer: pointer)
            }
            try context.addPositions(positions.count, at: arcNode, pointer: pointer)
            var points: [GeoPoint] = []
            points.reserveCapacity(positions.count)
            var x = 0.0
            var y = 0.0
            for (offset, node) in positions.enumerated() {
                let delta = try GeoJSONReader.position(
                    node, pointer: "\(pointer)/\(offset)", context: context)
                if let transform {
                    x += delta.x
                    y += delta.y
                    points.append(transform.apply(x, y))
                } else {
                    points.append(delta)
                }
            }
            arcs.append(points)
        }
        return arcs
    }
}

/// A TopoJSON `transform`: position = quantized × scale + translate.
struct Quantization: Equatable {
    var scaleX: Double
    var scaleY: Double
    var translateX: Double
    var translateY: Double

    func apply(_ x: Double, _ y: Double) -> GeoPoint {
        GeoPoint(x: x * scaleX + translateX, y: y * scaleY + translateY)
    }
}
