/// Reads a GeoJSON or TopoJSON file into a ``GeoLayer``, telling the two apart by the top-level `type`.
///
/// Geometry files must be UTF-8 (RFC 7946 and TopoJSON say so); a byte order mark is accepted. Every
/// problem is a ``DataError`` with line, column and JSON Pointer. See ``GeoJSONReader`` and
/// ``TopoJSONReader`` for what each format accepts, and ``GeoLimits`` for the bounds on input size.
package enum GeoReader {
    /// Reads `bytes` (the whole file); `object` names the TopoJSON object to read (ignored for GeoJSON,
    /// optional when the topology has one object); `sourceName` is the name shown in messages.
    package static func read(
        _ bytes: [UInt8],
        sourceName: String,
        object: String? = nil,
        limits: GeoLimits = .init()
    ) throws(DataError) -> GeoLayer {
        guard bytes.count <= limits.maxBytes else {
            throw DataLimits(maxBytes: limits.maxBytes).tooLarge(bytes.count, sourceName: sourceName)
        }
        let decoded: DecodedText
        do {
            decoded = try TextDecoding.decode(bytes, sourceName: sourceName, encoding: .utf8)
        } catch {
            // There is no encoding option for geometry: the formats are UTF-8 by definition.
            var error = error
            if error.message.hasSuffix("is not valid UTF-8") {
                error.suggestion =
                    "GeoJSON and TopoJSON must be UTF-8; convert the file, e.g. iconv -f windows-1250 -t utf-8"
            }
            throw error
        }
        let text = decoded.utf8
        try checkArrayCount(text, sourceName: sourceName, limits: limits)
        let context = GeoContext(text: text, sourceName: sourceName, limits: limits)
        if let layer = GeoJSONStreamReader.read(text, context: context, byteOrderMark: decoded.byteOrderMark)
        {
            return layer
        }
        return try readGenerally(text, context: context, object: object, byteOrderMark: decoded.byteOrderMark)
    }

    /// Reads `text` through a tree of ``JSONNode`` values: every format and shape, and every error with
    /// its line, column and pointer. (``GeoJSONStreamReader`` takes the common FeatureCollection first.)
    static func readGenerally(_ text: [UInt8], context: GeoContext, object: String?, byteOrderMark: Bool)
        throws(DataError) -> GeoLayer
    {
        var context = context
        let root = try JSONParser.parse(
            text, sourceName: context.sourceName, maxDepth: context.limits.maxDepth)
        guard case .object = root.value else {
            throw context.error(
                "the top-level value is \(root.kindDescription), not a GeoJSON or TopoJSON object", at: root,
                pointer: "",
                suggestion: "a geometry file is an object such as {\"type\": \"FeatureCollection\", …}; an "
                    + "array of records is read as a JSON table")
        }
        let type = try GeoJSONReader.typeName(of: root, pointer: "", context: context)
        switch type {
        case "Topology":
            return try TopoJSONReader.decode(
                root, object: object, context: &context, byteOrderMark: byteOrderMark)
        case "FeatureCollection", "Feature":
            return try GeoJSONReader.decode(
                root, rootType: type, context: &context, byteOrderMark: byteOrderMark)
        default:
            guard GeoJSONReader.geometryTypes.contains(type) else {
                let known = ["FeatureCollection", "Feature", "Topology"] + GeoJSONReader.geometryTypes
                let hint = Suggestion.closest(to: type, in: known)
                throw context.error(
                    "unknown top-level type \(Quoting.quoted(type)); this is neither GeoJSON nor TopoJSON",
                    at: root.child("type") ?? root, pointer: "/type",
                    suggestion: hint.map { "did you mean \"\($0)\"?" }
                        ?? "GeoJSON starts with \"type\": \"FeatureCollection\", TopoJSON with \"type\": \"Topology\""
                )
            }
            return try GeoJSONReader.decode(
                root, rootType: type, context: &context, byteOrderMark: byteOrderMark)
        }
    }

    /// The number of `[` in `bytes`, eight bytes at a time: a word's bytes equal to `[` become zero
    /// after the XOR, and the exact zero-byte test (no false positives, unlike the shorter
    /// `(v - 0x01…) & ~v & 0x80…`) marks each with its high bit.
    static func countBrackets(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let raw = UnsafeRawBufferPointer(bytes)
        var count = 0
        var offset = 0
        while offset + 8 <= raw.count {
            let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) ^ 0x5B5B_5B5B_5B5B_5B5B
            let low = 0x7F7F_7F7F_7F7F_7F7F as UInt64
            let zeros = ~(((word & low) &+ low) | word | low)
            count += zeros.nonzeroBitCount
            offset += 8
        }
        while offset < raw.count {
            if raw[offset] == 0x5B { count += 1 }
            offset += 1
        }
        return count
    }

    /// Fails before parsing when the text has far more arrays than the position limit allows.
    ///
    /// Every position is an array, and the parsed tree costs far more memory than the text, so a file of
    /// millions of `[0,0]` must be stopped before it is built. Brackets inside strings are counted too,
    /// which only matters for files near the limit; a quarter more arrays than positions are allowed for
    /// rings, polygons and property values.
    static func checkArrayCount(_ text: [UInt8], sourceName: String, limits: GeoLimits) throws(DataError) {
        let allowed = limits.maxPositions + limits.maxPositions / 4
        // Each array takes a byte at least: a file of no more bytes than that cannot have too many.
        guard text.count > allowed else { return }
        // Counted over the raw buffer, a branch-free loop the compiler vectorises: it reads every byte.
        let over: Int? = text.withUnsafeBufferPointer { bytes in
            var count = 0
            var start = 0
            // In blocks, so that a file over the limit is stopped at the block where it goes over.
            while start < bytes.count {
                let end = min(start + 65_536, bytes.count)
                count += countBrackets(UnsafeBufferPointer(rebasing: bytes[start..<end]))
                if count > allowed {
                    var excess = count - allowed
                    var offset = end - 1
                    while true {
                        if bytes[offset] == 0x5B {
                            excess -= 1
                            if excess == 0 { return offset }
                        }
                        offset -= 1
                    }
                }
                start = end
            }
            return nil
        }
        if let offset = over {
            let position = TextPosition.locate(offset: offset, in: text)
            throw DataError(
                message: "the file has more than \(allowed) JSON arrays, too many for the limit of "
                    + "\(limits.maxPositions) positions (each position is an array)",
                location: DataLocation(file: sourceName, line: position.line, column: position.column),
                suggestion: "simplify the geometry (e.g. mapshaper -simplify) or raise the limit")
        }
    }
}
