/// The fast path for the usual GeoJSON file: a FeatureCollection of Features with points, lines and
/// polygons. Positions go straight from the bytes into each ring's array; only properties, ids and
/// members it does not know become ``JSONNode`` values. A tree of nodes for every position and every
/// coordinate cost more than all the other work of a 6,000-region map (issue 7).
///
/// It reads valid files only. At anything wrong, or anything it does not handle (a GeometryCollection,
/// an empty coordinate array, a root that is not a FeatureCollection, a limit reached), it gives up
/// and ``GeoReader`` reads the file the general way, which reports every error with line, column and
/// JSON Pointer as before. So what it returns must be exactly what ``GeoJSONReader`` returns; the
/// tests compare the two.
struct GeoJSONStreamReader {
    /// Why the fast path stopped; the general reader then says what, if anything, is wrong.
    private struct GiveUp: Error {}

    private var cursor: JSONParser
    private var context: GeoContext
    /// The positions of the geometry being read, in file order.
    private var positions: [GeoPoint] = []
    /// How many children each array of the geometry's coordinates has, by the height of the children:
    /// `[0]` positions per line or ring, `[1]` rings per polygon (or lines), `[2]` polygons.
    private var sizes: [[Int]] = [[], [], []]
    /// The keys of the objects being read, by nesting level, and the level of the next one.
    private var keyLists: [[String]] = []
    private var objectLevel = 0

    /// The layer, or nil when the general reader must read `text`.
    static func read(_ text: [UInt8], context: GeoContext, byteOrderMark: Bool) -> GeoLayer? {
        var reader = GeoJSONStreamReader(
            cursor: JSONParser(text: text, sourceName: context.sourceName, maxDepth: context.limits.maxDepth),
            context: context)
        return try? reader.collection(byteOrderMark: byteOrderMark)
    }

    // MARK: - Structure

    private mutating func collection(byteOrderMark: Bool) throws(GiveUp) -> GeoLayer {
        cursor.skipWhitespace()
        let rootOffset = cursor.index
        var type: String?
        var crs: JSONNode?
        var features: [GeoFeature]?
        var records: [[(String, DataValue)]] = []
        var members = try openObject()
        while let key = try nextKey(&members) {
            switch key {
            case "type":
                type = try string()
                // Anything else (Topology, a lone Feature or geometry) is rare enough for the general way.
                guard type == "FeatureCollection" else { throw GiveUp() }
            case "features":
                (features, records) = try self.features()
            case "crs":
                crs = try anyValue()
            case "arcs", "objects", "geometry", "geometries", "coordinates", "properties":
                // Not a FeatureCollection after all; stop before reading what may be the whole file.
                throw GiveUp()
            default:
                _ = try anyValue()
            }
        }
        cursor.skipWhitespace()
        guard cursor.index == cursor.text.count, type != nil, let features else { throw GiveUp() }
        let root = JSONNode(value: .object(crs.map { [("crs", $0)] } ?? []), offset: rootOffset)
        do {
            return try GeoJSONReader.layer(
                features: features, records: records, recordsPointer: "/features",
                rootType: "FeatureCollection", root: root, context: context, byteOrderMark: byteOrderMark)
        } catch {
            throw GiveUp()
        }
    }

    private mutating func features() throws(GiveUp) -> ([GeoFeature], [[(String, DataValue)]]) {
        var features: [GeoFeature] = []
        var records: [[(String, DataValue)]] = []
        var elements = try openArray()
        while try nextElement(&elements) {
            let (feature, record) = try self.feature()
            features.append(feature)
            records.append(record)
            if features.count > context.limits.maxFeatures { throw GiveUp() }
        }
        return (features, records)
    }

    private mutating func feature() throws(GiveUp) -> (GeoFeature, [(String, DataValue)]) {
        var type: String?
        var geometry: GeoGeometry?
        var id: JSONNode?
        var record: [(String, DataValue)] = []
        var members = try openObject()
        while let key = try nextKey(&members) {
            switch key {
            case "type":
                type = try string()
            case "geometry":
                if byte == 0x6E {  // null
                    _ = try anyValue()
                } else {
                    geometry = try self.geometry()
                }
            case "properties":
                record = try properties()
            case "id":
                id = try anyValue()
            default:
                _ = try anyValue()
            }
        }
        guard type == "Feature" else { throw GiveUp() }
        if geometry == nil { context.featuresWithoutGeometry += 1 }
        return (GeoFeature(id: context.identifier(id), geometry: geometry), record)
    }

    /// A feature's `properties` as ``GeoProperties/record(_:pointer:context:)`` makes them: the cells
    /// of an object in order, none for null.
    private mutating func properties() throws(GiveUp) -> [(String, DataValue)] {
        if byte == 0x6E {
            guard case .null = try anyValue().value else { throw GiveUp() }
            return []
        }
        var record: [(String, DataValue)] = []
        var members = try openObject()
        while let key = try nextKey(&members) {
            record.append((key, context.cell(try anyValue())))
        }
        return record
    }

    private mutating func geometry() throws(GiveUp) -> GeoGeometry {
        var type: String?
        var height: Int?
        positions.removeAll(keepingCapacity: true)
        for level in sizes.indices { sizes[level].removeAll(keepingCapacity: true) }
        var members = try openObject()
        while let key = try nextKey(&members) {
            switch key {
            case "type": type = try string()
            case "coordinates": height = try coordinates()
            case "geometries": throw GiveUp()  // a GeometryCollection: the general way
            default: _ = try anyValue()
            }
        }
        guard let type, let height else { throw GiveUp() }
        do {
            try context.addPositions(positions.count, at: JSONNode(value: .null, offset: 0), pointer: "")
        } catch {
            throw GiveUp()
        }
        switch (type, height) {
        case ("Point", 0):
            return .point(positions[0])
        case ("MultiPoint", 1):
            return .multiPoint(positions)
        case ("LineString", 1):
            guard positions.count >= 2 else { throw GiveUp() }
            return .lineString(positions)
        case ("MultiLineString", 2):
            var lines: [[GeoPoint]] = []
            var start = 0
            for count in sizes[0] {
                guard count >= 2 else { throw GiveUp() }
                lines.append(Array(positions[start..<start + count]))
                start += count
            }
            return .multiLineString(lines)
        case ("Polygon", 2):
            var start = 0
            return .polygon(try polygon(&start, rings: 0..<sizes[0].count))
        case ("MultiPolygon", 3):
            var polygons: [GeoPolygon] = []
            var start = 0
            var ring = 0
            for index in sizes[1].indices {
                let rings = sizes[1][index]
                polygons.append(try polygon(&start, rings: ring..<ring + rings))
                ring += rings
            }
            return .multiPolygon(polygons)
        default:
            throw GiveUp()
        }
    }

    /// The polygon whose ring sizes are `sizes[0][rings]`, its positions from `start` on; closes any
    /// ring whose last position is not its first, as ``GeoJSONReader`` does.
    private mutating func polygon(_ start: inout Int, rings: Range<Int>) throws(GiveUp) -> GeoPolygon {
        var polygon = GeoPolygon(exterior: [])
        for index in rings {
            let count = sizes[0][index]
            guard count >= 4 else { throw GiveUp() }
            var ring: [GeoPoint] = []
            ring.reserveCapacity(count + 1)
            ring.append(contentsOf: positions[start..<start + count])
            start += count
            if ring.first != ring.last, let first = ring.first {
                ring.append(first)
                context.unclosedRings += 1
            }
            if index == rings.lowerBound {
                polygon.exterior = ring
            } else {
                polygon.holes.append(ring)
            }
        }
        return polygon
    }

    /// Reads a coordinate array into `positions` and `sizes`; returns its height: 0 for a position,
    /// 1 for a list of positions, and so on. Arrays of mixed heights, empty arrays and non-numbers
    /// give up.
    private mutating func coordinates() throws(GiveUp) -> Int {
        guard byte == 0x5B else { throw GiveUp() }
        try enter()
        defer { cursor.depth -= 1 }
        cursor.index += 1
        cursor.skipWhitespace()
        if byte == ASCII.minus || ASCII.isDigit(byte) {
            let x = try number()
            try comma()
            let y = try number()
            // A third coordinate (altitude) and beyond must be numbers too here; they are dropped.
            while byte == ASCII.comma {
                cursor.index += 1
                cursor.skipWhitespace()
                _ = try number()
            }
            try close(0x5D)
            positions.append(GeoPoint(x: x, y: y))
            return 0
        }
        var height = -1
        var count = 0
        while true {
            let child = try coordinates()
            guard height == -1 || child == height, child < sizes.count else { throw GiveUp() }
            height = child
            count += 1
            cursor.skipWhitespace()
            if byte == ASCII.comma {
                cursor.index += 1
                cursor.skipWhitespace()
                continue
            }
            try close(0x5D)
            break
        }
        sizes[height].append(count)
        return height + 1
    }

    // MARK: - Tokens

    /// The byte at the cursor, 0 at the end.
    private var byte: UInt8 {
        cursor.index < cursor.text.count ? cursor.text[cursor.index] : 0
    }

    private mutating func enter() throws(GiveUp) {
        cursor.depth += 1
        if cursor.depth > cursor.maxDepth { throw GiveUp() }
    }

    /// Where a loop over an object's members or an array's elements is.
    private struct Walk {
        /// The object's nesting level among the objects being read (its list in `keyLists`).
        var level = 0
        /// True before the first member or element.
        var first = true
    }

    /// Consumes `{`; then ``nextKey(_:)`` gives each member's key.
    private mutating func openObject() throws(GiveUp) -> Walk {
        guard byte == 0x7B else { throw GiveUp() }
        try enter()
        cursor.index += 1
        // The keys so far, for duplicates, in a list kept per nesting level so that an object costs
        // no allocation.
        let level = objectLevel
        objectLevel += 1
        if keyLists.count <= level { keyLists.append([]) }
        keyLists[level].removeAll(keepingCapacity: true)
        return Walk(level: level)
    }

    /// The next member's key, with the cursor on its value; nil after the closing `}`. A duplicate
    /// key gives up.
    private mutating func nextKey(_ walk: inout Walk) throws(GiveUp) -> String? {
        cursor.skipWhitespace()
        if walk.first {
            walk.first = false
            if byte == 0x7D {
                closeObject()
                return nil
            }
        } else if byte == ASCII.comma {
            cursor.index += 1
            cursor.skipWhitespace()
        } else if byte == 0x7D {
            closeObject()
            return nil
        } else {
            throw GiveUp()
        }
        let key = try string()
        guard !keyLists[walk.level].contains(key) else { throw GiveUp() }
        keyLists[walk.level].append(key)
        cursor.skipWhitespace()
        guard byte == 0x3A else { throw GiveUp() }
        cursor.index += 1
        cursor.skipWhitespace()
        return key
    }

    /// Consumes the `}` at the cursor.
    private mutating func closeObject() {
        cursor.index += 1
        cursor.depth -= 1
        objectLevel -= 1
    }

    /// Consumes `[`; then ``nextElement(_:)`` says whether an element follows.
    private mutating func openArray() throws(GiveUp) -> Walk {
        guard byte == 0x5B else { throw GiveUp() }
        try enter()
        cursor.index += 1
        return Walk()
    }

    /// True with the cursor on the next element; false after the closing `]`.
    private mutating func nextElement(_ walk: inout Walk) throws(GiveUp) -> Bool {
        cursor.skipWhitespace()
        if walk.first {
            walk.first = false
            if byte != 0x5D { return true }
        } else if byte == ASCII.comma {
            cursor.index += 1
            cursor.skipWhitespace()
            return true
        } else if byte != 0x5D {
            throw GiveUp()
        }
        cursor.index += 1
        cursor.depth -= 1
        return false
    }

    /// Consumes `bracket` (after optional whitespace).
    private mutating func close(_ bracket: UInt8) throws(GiveUp) {
        cursor.skipWhitespace()
        guard byte == bracket else { throw GiveUp() }
        cursor.index += 1
    }

    /// Consumes a comma between two numbers, with the whitespace around it.
    private mutating func comma() throws(GiveUp) {
        cursor.skipWhitespace()
        guard byte == ASCII.comma else { throw GiveUp() }
        cursor.index += 1
        cursor.skipWhitespace()
    }

    private mutating func number() throws(GiveUp) -> Double {
        guard byte == ASCII.minus || ASCII.isDigit(byte) else { throw GiveUp() }
        do {
            let value = try cursor.parseNumber()
            cursor.skipWhitespace()
            return value
        } catch {
            throw GiveUp()
        }
    }

    private mutating func string() throws(GiveUp) -> String {
        guard byte == ASCII.quote else { throw GiveUp() }
        let start = cursor.index + 1
        // Without escapes the bytes are the string; the names every feature repeats are matched
        // against ready strings instead of making a new one each time.
        let plain = cursor.text.withUnsafeBufferPointer { buffer -> (String, Int)? in
            var end = start
            while end < buffer.count {
                let byte = buffer[end]
                if byte == ASCII.quote { break }
                if byte == 0x5C || byte < 0x20 { return nil }
                end += 1
            }
            guard end < buffer.count else { return nil }
            let bytes = UnsafeBufferPointer(rebasing: buffer[start..<end])
            for (name, utf8) in Self.commonNames where utf8.count == bytes.count && utf8.elementsEqual(bytes)
            {
                return (name, end)
            }
            return (String(decoding: bytes, as: UTF8.self), end)
        }
        if let (value, end) = plain {
            cursor.index = end + 1
            return value
        }
        do {
            return try cursor.parseString()
        } catch {
            throw GiveUp()
        }
    }

    /// Member names and type names that every feature repeats, with their bytes.
    private static let commonNames: [(String, [UInt8])] = [
        "type", "geometry", "properties", "coordinates", "id", "Feature", "Polygon", "MultiPolygon", "Point",
        "LineString", "MultiPoint", "MultiLineString", "bbox",
    ].map { ($0, Array($0.utf8)) }

    /// Any JSON value, as the general parser reads it.
    private mutating func anyValue() throws(GiveUp) -> JSONNode {
        do {
            return try cursor.parseValue()
        } catch {
            throw GiveUp()
        }
    }
}
