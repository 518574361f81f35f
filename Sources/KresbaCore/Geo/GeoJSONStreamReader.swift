/// The fast path for the usual GeoJSON file: a FeatureCollection of Features with points, lines and
/// polygons. It walks the file's bytes once: positions go into one array for all rings, member
/// names and type names are compared as bytes, and numbers and plain strings in properties become
/// cells directly. Only what it does not expect (a nested property value, an escaped string, an
/// exponent) goes through ``JSONParser``. A tree of nodes for every position and coordinate cost
/// more than all the other work of a 6,000-region map (issue 7).
///
/// It reads valid files only. At anything wrong, or anything it does not handle (a GeometryCollection,
/// an empty coordinate array, a root that is not a FeatureCollection, a limit reached), it gives up
/// and ``GeoReader`` reads the file the general way, which reports every error with line, column and
/// JSON Pointer as before. So what it returns must be exactly what ``GeoJSONReader`` returns; the
/// tests compare the two.
struct GeoJSONStreamReader {
    /// Why the fast path stopped; the general reader then says what, if anything, is wrong.
    private struct GiveUp: Error {}

    /// The file, valid while ``read(_:context:byteOrderMark:)`` runs.
    private let bytes: UnsafeBufferPointer<UInt8>
    /// The offset of the next byte to read.
    private var index = 0
    /// How many objects and arrays enclose `index`.
    private var depth = 0
    /// Reads what the fast path leaves to the general parser; synchronised with `index` around it.
    private var cursor: JSONParser
    private var context: GeoContext
    /// ``JSONParser/powersOfTen``, held here so that each number does not check a global.
    private let powersOfTen: [Double]
    /// The positions of the geometry being read, in file order.
    private var positions: [GeoPoint] = []
    /// How many children each array of the geometry's coordinates has, by the height of the children:
    /// positions per line or ring, rings per polygon (or lines), polygons. Three arrays rather than an
    /// array of them, which would cost reference counting at every access.
    private var lineSizes: [Int] = []
    private var polygonSizes: [Int] = []
    private var collectionSizes: [Int] = []
    /// The keys of the objects being read, innermost last; each object's start at ``Walk/firstKey``.
    private var keys: [Key] = []
    /// How many of `keys` are in use: the array only grows, so that closing an object is a store,
    /// not a call to shrink it.
    private var keyCount = 0
    /// Strings with escapes, decoded by the parser; a ``Key`` refers to them by index, so that keys stay
    /// plain values that cost no reference counting.
    private var decodedStrings: [String] = []
    /// The features' properties, put into columns as they are read.
    private var properties = RecordColumns()
    /// The previous feature's property names and their columns by position, so that the next
    /// feature's (nearly always the same) find their columns without a string.
    private var propertyKeys: [Key] = []
    private var propertyColumns: [Int] = []
    /// Every ring of the polygons read so far, one after another (see ``GeoRingStorage``); the
    /// polygons are made when the storage is complete, at the end.
    private var ringPoints: [GeoPoint] = []
    private var ringEnds: [Int] = []
    /// Each polygon's rings, as indices into `ringEnds`.
    private var polygonRings: [Range<Int>] = []
    /// The features whose geometry is the polygons `polygons` (indices into `polygonRings`): one
    /// Polygon, or a MultiPolygon.
    private var polygonFeatures: [(feature: Int, polygons: Range<Int>, multi: Bool)] = []
    /// Whether a Point or MultiPoint was read.
    private var hasPoints = false
    /// The storage of every ring and where each feature's end, once all features are read.
    private var sharedRings: GeoSharedRings?

    /// The layer, or nil when the general reader must read `text`.
    static func read(_ text: [UInt8], context: GeoContext, byteOrderMark: Bool) -> GeoLayer? {
        text.withUnsafeBufferPointer { buffer in
            var reader = GeoJSONStreamReader(
                bytes: buffer,
                cursor: JSONParser(
                    text: text, sourceName: context.sourceName, maxDepth: context.limits.maxDepth),
                context: context, powersOfTen: JSONParser.powersOfTen)
            return try? reader.collection(byteOrderMark: byteOrderMark)
        }
    }

    private init(
        bytes: UnsafeBufferPointer<UInt8>, cursor: JSONParser, context: GeoContext, powersOfTen: [Double]
    ) {
        self.bytes = bytes
        self.cursor = cursor
        self.context = context
        self.powersOfTen = powersOfTen
    }

    // MARK: - Structure

    private mutating func collection(byteOrderMark: Bool) throws(GiveUp) -> GeoLayer {
        skipWhitespace()
        let rootOffset = index
        var typed = false
        var crs: JSONNode?
        var features: [GeoFeature]?
        var members = try openObject()
        while let key = try nextKey(&members) {
            if matches(key, "type") {
                // Anything else (Topology, a lone Feature or geometry) is rare enough for the general way.
                // (The string read first: `matches(try string(), …)` would copy the whole reader.)
                let type = try string()
                guard matches(type, "FeatureCollection") else { throw GiveUp() }
                typed = true
            } else if matches(key, "features") {
                features = try self.features()
            } else if matches(key, "crs") {
                crs = try anyValue()
            } else if matches(key, "arcs") || matches(key, "objects") || matches(key, "geometry")
                || matches(key, "geometries")
                || matches(key, "coordinates") || matches(key, "properties")
            {
                // Not a FeatureCollection after all; stop before reading what may be the whole file.
                throw GiveUp()
            } else {
                _ = try anyValue()
            }
        }
        skipWhitespace()
        guard index == bytes.count, typed, let features else { throw GiveUp() }
        let root = JSONNode(value: .object(crs.map { [("crs", $0)] } ?? []), offset: rootOffset)
        let table = GeoProperties.table(
            properties, sourceName: context.sourceName, kind: .geojson, recordsPointer: "/features",
            byteOrderMark: byteOrderMark)
        do {
            var layer = try GeoJSONReader.layer(
                features: features, properties: table, rootType: "FeatureCollection", root: root,
                context: context, byteOrderMark: byteOrderMark)
            if let sharedRings { layer.attach(sharedRings) }
            return layer
        } catch {
            throw GiveUp()
        }
    }

    private mutating func features() throws(GiveUp) -> [GeoFeature] {
        var features: [GeoFeature] = []
        var elements = try openArray()
        while try nextElement(&elements) {
            let start = index
            try feature(into: &features)
            if features.count == 1 {
                // Features of one file are mostly alike: room for as many as the first one's size says
                // the rest of the file holds, so that the arrays do not grow (and copy) a dozen times.
                let expected = min(
                    1 + (bytes.count - index) / max(1, index - start), context.limits.maxFeatures)
                let room = expected + expected / 8
                features.reserveCapacity(room)
                ringPoints.reserveCapacity(min(room * ringPoints.count, context.limits.maxPositions))
                ringEnds.reserveCapacity(room * ringEnds.count)
                polygonRings.reserveCapacity(room * polygonRings.count)
                polygonFeatures.reserveCapacity(room * polygonFeatures.count)
            }
            if features.count > context.limits.maxFeatures
                || GeoProperties.exceedsLimits(properties, context.limits)
            {
                throw GiveUp()
            }
        }
        // Every ring read: the polygons can now share one storage.
        let storage = GeoRingStorage(points: ringPoints, ringEnds: ringEnds)
        var featureRingEnds = [Int](repeating: 0, count: features.count)
        var next = 0
        var ringCount = 0
        for (feature, polygons, multi) in polygonFeatures {
            features[feature].geometry =
                multi
                ? .multiPolygon(polygonRings[polygons].map { GeoPolygon(storage: storage, rings: $0) })
                : .polygon(GeoPolygon(storage: storage, rings: polygonRings[polygons.lowerBound]))
            while next < feature {
                featureRingEnds[next] = ringCount
                next += 1
            }
            ringCount = polygonRings[polygons.upperBound - 1].upperBound
        }
        while next < features.count {
            featureRingEnds[next] = ringCount
            next += 1
        }
        sharedRings = GeoSharedRings(storage: storage, featureRingEnds: featureRingEnds, hasPoints: hasPoints)
        return features
    }

    /// Reads one feature, appends it, and puts its properties into their columns. (Appended here
    /// rather than returned: a returned feature was copied on the way, retaining every array of the
    /// geometry once more.)
    private mutating func feature(into features: inout [GeoFeature]) throws(GiveUp) {
        var isFeature = false
        var geometry: Shape?
        var bounds: GeoBounds?
        var id: String?
        properties.startRecord()
        var members = try openObject()
        while let key = try nextKey(&members) {
            if matches(key, "type") {
                let type = try string()
                isFeature = matches(type, "Feature")
            } else if matches(key, "geometry") {
                if byte == 0x6E {  // null
                    _ = try anyValue()
                } else {
                    (geometry, bounds) = try self.geometry()
                }
            } else if matches(key, "properties") {
                try readProperties()
            } else if matches(key, "id") {
                id = try identifier()
            } else {
                _ = try anyValue()
            }
        }
        guard isFeature else { throw GiveUp() }
        switch consume geometry {
        case nil:
            context.featuresWithoutGeometry += 1
            features.append(GeoFeature(id: consume id, geometry: nil, bounds: bounds))
        case .ready(let geometry)?:
            features.append(GeoFeature(id: consume id, geometry: geometry, bounds: bounds))
        case .polygons(let polygons, let multi)?:
            // The geometry is made at the end, when every ring is in the storage.
            polygonFeatures.append((features.count, polygons, multi))
            features.append(GeoFeature(id: consume id, geometry: nil, bounds: bounds))
        }
    }

    /// A feature's `properties`, the cells of an object in order (none for null), as
    /// ``GeoProperties/record(_:pointer:context:)`` reads them, put into their columns.
    private mutating func readProperties() throws(GiveUp) {
        if byte == 0x6E {
            guard case .null = try anyValue().value else { throw GiveUp() }
            return
        }
        var position = 0
        var members = try openObject()
        while let key = try nextKey(&members) {
            let column = propertyColumn(key, at: position)
            properties.set(try cell(), column: column)
            position += 1
        }
    }

    /// The column of the property named `key`, the `position`th of its feature: the previous
    /// feature's column there when the bytes match.
    private mutating func propertyColumn(_ key: Key, at position: Int) -> Int {
        if position < propertyKeys.count {
            let known = propertyKeys[position]
            if known.decoded < 0 && key.decoded < 0 && Self.sameBytes(bytes, known.range, key.range) {
                return propertyColumns[position]
            }
            let column = properties.column(named: name(key), position: position)
            propertyKeys[position] = key
            propertyColumns[position] = column
            return column
        }
        let column = properties.column(named: name(key), position: position)
        propertyKeys.append(key)
        propertyColumns.append(column)
        return column
    }

    /// A property value as ``GeoContext/cell(_:)`` makes it; numbers and plain strings without a node.
    private mutating func cell() throws(GiveUp) -> DataValue {
        let first = byte
        if first == ASCII.minus || ASCII.isDigit(first) { return .number(try number()) }
        if first == ASCII.quote, let range = plainString() { return .text(text(range)) }
        return context.cell(try anyValue())
    }

    /// The `id` member as ``GeoContext/identifier(_:)`` makes it.
    private mutating func identifier() throws(GiveUp) -> String? {
        let first = byte
        if first == ASCII.minus || ASCII.isDigit(first) { return DataTable.text(of: try number()) }
        if first == ASCII.quote, let range = plainString() { return text(range) }
        return context.identifier(try anyValue())
    }

    /// The geometry, with the bounds of its positions (in file order, as ``GeoGeometry/bounds``
    /// walks them), computed here so that the feature need not walk its rings again.
    private mutating func geometry() throws(GiveUp) -> (Shape, GeoBounds?) {
        let geometry = try shape()
        return (geometry, GeoBounds(positions))
    }

    /// A geometry as read: points and lines ready, polygons as indices into `polygonRings`.
    private enum Shape {
        case ready(GeoGeometry)
        case polygons(Range<Int>, multi: Bool)
    }

    private mutating func shape() throws(GiveUp) -> Shape {
        var type: Key?
        var height: Int?
        // Emptied only when used: polygons leave two of them empty, and emptying is a call.
        positions.removeAll(keepingCapacity: true)
        lineSizes.removeAll(keepingCapacity: true)
        if !polygonSizes.isEmpty { polygonSizes.removeAll(keepingCapacity: true) }
        if !collectionSizes.isEmpty { collectionSizes.removeAll(keepingCapacity: true) }
        var members = try openObject()
        while let key = try nextKey(&members) {
            if matches(key, "type") {
                type = try string()
            } else if matches(key, "coordinates") {
                height = try coordinates()
            } else if matches(key, "geometries") {
                throw GiveUp()  // a GeometryCollection: the general way
            } else {
                _ = try anyValue()
            }
        }
        guard let type, let height else { throw GiveUp() }
        do {
            try context.addPositions(positions.count, at: JSONNode(value: .null, offset: 0), pointer: "")
        } catch {
            throw GiveUp()
        }
        if height == 2 && matches(type, "Polygon") {
            var start = 0
            try polygon(&start, rings: 0..<lineSizes.count)
            return .polygons(polygonRings.count - 1..<polygonRings.count, multi: false)
        } else if height == 3 && matches(type, "MultiPolygon") {
            let first = polygonRings.count
            var start = 0
            var ring = 0
            for rings in polygonSizes {
                try polygon(&start, rings: ring..<ring + rings)
                ring += rings
            }
            return .polygons(first..<polygonRings.count, multi: true)
        } else if height == 0 && matches(type, "Point") {
            hasPoints = true
            return .ready(.point(positions[0]))
        } else if height == 1 && matches(type, "MultiPoint") {
            hasPoints = true
            return .ready(.multiPoint(positions))
        } else if height == 1 && matches(type, "LineString") {
            guard positions.count >= 2 else { throw GiveUp() }
            return .ready(.lineString(positions))
        } else if height == 2 && matches(type, "MultiLineString") {
            var lines: [[GeoPoint]] = []
            var start = 0
            for count in lineSizes {
                guard count >= 2 else { throw GiveUp() }
                lines.append(Array(positions[start..<start + count]))
                start += count
            }
            return .ready(.multiLineString(lines))
        }
        throw GiveUp()
    }

    /// Stores the polygon whose ring sizes are `lineSizes[rings]`, its positions from `start` on, in
    /// `ringPoints`; closes any ring whose last position is not its first, as ``GeoJSONReader`` does.
    private mutating func polygon(_ start: inout Int, rings: Range<Int>) throws(GiveUp) {
        let firstRing = ringEnds.count
        for index in rings {
            let count = lineSizes[index]
            guard count >= 4 else { throw GiveUp() }
            let from = start
            positions.withUnsafeBufferPointer { ringPoints.append(contentsOf: $0[from..<from + count]) }
            start += count
            if positions[from] != positions[from + count - 1] {
                ringPoints.append(positions[from])
                context.unclosedRings += 1
            }
            ringEnds.append(ringPoints.count)
        }
        polygonRings.append(firstRing..<ringEnds.count)
    }

    /// Reads a coordinate array into `positions` and `sizes`; returns its height: 0 for a position,
    /// 1 for a list of positions, and so on. Arrays of mixed heights, empty arrays and non-numbers
    /// give up.
    private mutating func coordinates() throws(GiveUp) -> Int {
        guard byte == 0x5B else { throw GiveUp() }
        try enter()
        defer { depth -= 1 }
        index += 1
        skipWhitespace()
        let first = byte
        if first == ASCII.minus || ASCII.isDigit(first) {
            let x = try number()
            try comma()
            let y = try number()
            // A third coordinate (altitude) and beyond must be numbers too here; they are dropped.
            while byte == ASCII.comma {
                index += 1
                skipWhitespace()
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
            guard height == -1 || child == height, child < 3 else { throw GiveUp() }
            height = child
            count += 1
            skipWhitespace()
            if byte == ASCII.comma {
                index += 1
                skipWhitespace()
                continue
            }
            try close(0x5D)
            break
        }
        switch height {
        case 0: lineSizes.append(count)
        case 1: polygonSizes.append(count)
        default: collectionSizes.append(count)
        }
        return height + 1
    }

    // MARK: - Tokens

    /// The byte at `index`, 0 at the end.
    private var byte: UInt8 {
        index < bytes.count ? bytes[index] : 0
    }

    private mutating func skipWhitespace() {
        // Counted in a local and stored once: a store to `index` per byte would have to be done
        // before every read of `bytes`, which the compiler cannot tell apart from `self`.
        var position = index
        while position < bytes.count {
            switch bytes[position] {
            case ASCII.space, ASCII.lineFeed, ASCII.carriageReturn, ASCII.tab: position += 1
            default:
                index = position
                return
            }
        }
        index = position
    }

    private mutating func enter() throws(GiveUp) {
        depth += 1
        if depth > cursor.maxDepth { throw GiveUp() }
    }

    /// A member name or a string value: where its bytes are, or the decoded text when it has escapes.
    private struct Key {
        /// The text between the quotes; empty when `decoded` is set.
        var range: Range<Int>
        /// The index in `decodedStrings` of what the general parser made of a string with escapes; -1
        /// for none.
        var decoded = -1
        /// Whether every byte is ASCII (then equal bytes and equal strings are the same thing).
        var isASCII: Bool
    }

    // The helpers below change nothing but are declared `mutating`: called from a mutating method, a
    // non-mutating one gets a copy of the whole reader (240 bytes, its references retained), which
    // cost more than the comparisons themselves.

    /// Whether `key` is `literal` (ASCII): as bytes, or as a string when it had escapes.
    private mutating func matches(_ key: Key, _ literal: StaticString) -> Bool {
        if key.decoded >= 0 { return decoded(key, is: literal) }
        guard key.range.count == literal.utf8CodeUnitCount else { return false }
        let start = literal.utf8Start
        var offset = 0
        for position in key.range {
            if bytes[position] != start[offset] { return false }
            offset += 1
        }
        return true
    }

    /// ``matches(_:_:)`` for a key with escapes: rare, so kept out of line.
    @inline(never)
    private mutating func decoded(_ key: Key, is literal: StaticString) -> Bool {
        decodedStrings[key.decoded] == literal.description
    }

    /// Whether two ranges of `bytes` hold the same bytes. Static: a method of the reader would make
    /// every caller keep its arrays retained across the call.
    private static func sameBytes(_ bytes: UnsafeBufferPointer<UInt8>, _ a: Range<Int>, _ b: Range<Int>)
        -> Bool
    {
        guard a.count == b.count else { return false }
        var j = b.lowerBound
        for i in a {
            if bytes[i] != bytes[j] { return false }
            j += 1
        }
        return true
    }

    /// Whether two keys are the same string, as Swift compares them (canonical equivalence, so bytes
    /// decide only when both are ASCII).
    private mutating func same(_ a: Key, _ b: Key) -> Bool {
        if a.decoded < 0 && b.decoded < 0 && a.isASCII && b.isASCII {
            return Self.sameBytes(bytes, a.range, b.range)
        }
        return name(a) == name(b)
    }

    private mutating func name(_ key: Key) -> String {
        key.decoded >= 0 ? decodedStrings[key.decoded] : text(key.range)
    }

    private mutating func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// Where a loop over an object's members or an array's elements is.
    private struct Walk {
        /// Where the object's keys start in `keys`.
        var firstKey = 0
        /// True before the first member or element.
        var first = true
    }

    /// Consumes `{`; then ``nextKey(_:)`` gives each member's key.
    private mutating func openObject() throws(GiveUp) -> Walk {
        guard byte == 0x7B else { throw GiveUp() }
        try enter()
        index += 1
        return Walk(firstKey: keyCount)
    }

    /// The next member's key, with `index` on its value; nil after the closing `}`. A duplicate key
    /// gives up.
    private mutating func nextKey(_ walk: inout Walk) throws(GiveUp) -> Key? {
        skipWhitespace()
        if walk.first {
            walk.first = false
            if byte == 0x7D {
                closeObject(walk)
                return nil
            }
        } else if byte == ASCII.comma {
            index += 1
            skipWhitespace()
        } else if byte == 0x7D {
            closeObject(walk)
            return nil
        } else {
            throw GiveUp()
        }
        let key = try string()
        var earlier = walk.firstKey
        while earlier < keyCount {
            if same(keys[earlier], key) { throw GiveUp() }
            earlier += 1
        }
        if keyCount < keys.count { keys[keyCount] = key } else { keys.append(key) }
        keyCount += 1
        skipWhitespace()
        guard byte == 0x3A else { throw GiveUp() }
        index += 1
        skipWhitespace()
        return key
    }

    /// Consumes the `}` at `index` and forgets the object's keys.
    private mutating func closeObject(_ walk: Walk) {
        index += 1
        depth -= 1
        keyCount = walk.firstKey
    }

    /// Consumes `[`; then ``nextElement(_:)`` says whether an element follows.
    private mutating func openArray() throws(GiveUp) -> Walk {
        guard byte == 0x5B else { throw GiveUp() }
        try enter()
        index += 1
        return Walk()
    }

    /// True with `index` on the next element; false after the closing `]`.
    private mutating func nextElement(_ walk: inout Walk) throws(GiveUp) -> Bool {
        skipWhitespace()
        if walk.first {
            walk.first = false
            if byte != 0x5D { return true }
        } else if byte == ASCII.comma {
            index += 1
            skipWhitespace()
            return true
        } else if byte != 0x5D {
            throw GiveUp()
        }
        index += 1
        depth -= 1
        return false
    }

    /// Consumes `bracket` (after optional whitespace).
    private mutating func close(_ bracket: UInt8) throws(GiveUp) {
        skipWhitespace()
        guard byte == bracket else { throw GiveUp() }
        index += 1
    }

    /// Consumes a comma between two numbers, with the whitespace around it.
    private mutating func comma() throws(GiveUp) {
        skipWhitespace()
        guard byte == ASCII.comma else { throw GiveUp() }
        index += 1
        skipWhitespace()
    }

    /// A number, with the whitespace after it. The usual ones (no exponent, at most 15 significant
    /// digits) are converted here exactly as ``JSONParser/parseNumber()`` converts them (Clinger's
    /// fast path); the rest, and malformed ones, go to that function.
    private mutating func number() throws(GiveUp) -> Double {
        var position = index
        let end = bytes.count
        let negative = position < end && bytes[position] == ASCII.minus
        if negative { position += 1 }
        guard position < end, ASCII.isDigit(bytes[position]) else { throw GiveUp() }
        var mantissa: UInt64 = 0
        var digits = 0
        var fractionDigits = 0
        if bytes[position] == ASCII.zero {
            position += 1
        } else {
            while position < end && ASCII.isDigit(bytes[position]) {
                mantissa = mantissa &* 10 &+ UInt64(bytes[position] &- ASCII.zero)
                digits += 1
                position += 1
            }
        }
        if position < end && bytes[position] == ASCII.dot {
            position += 1
            while position < end && ASCII.isDigit(bytes[position]) {
                mantissa = mantissa &* 10 &+ UInt64(bytes[position] &- ASCII.zero)
                if mantissa != 0 { digits += 1 }
                fractionDigits += 1
                position += 1
            }
        }
        let next: UInt8 = position < end ? bytes[position] : 0
        // A leading zero before a digit, a point without digits, an exponent, many digits: the parser.
        guard digits <= 15, fractionDigits <= 22, !ASCII.isDigit(next), next != ASCII.dot,
            next | 0x20 != 0x65,
            bytes[position - 1] != ASCII.dot
        else {
            cursor.index = index
            do {
                let value = try cursor.parseNumber()
                index = cursor.index
                skipWhitespace()
                return value
            } catch {
                throw GiveUp()
            }
        }
        index = position
        skipWhitespace()
        let value = Double(mantissa) / powersOfTen[fractionDigits]
        return negative ? -value : value
    }

    /// A string token (at `index`, which must be a quote); escaped strings are decoded by the parser.
    private mutating func string() throws(GiveUp) -> Key {
        guard byte == ASCII.quote else { throw GiveUp() }
        let start = index + 1
        var position = start
        var isASCII = true
        while position < bytes.count {
            let byte = bytes[position]
            if byte == ASCII.quote {
                index = position + 1
                return Key(range: start..<position, isASCII: isASCII)
            }
            if byte == 0x5C || byte < 0x20 { break }
            if byte >= 0x80 { isASCII = false }
            position += 1
        }
        cursor.index = index
        do {
            decodedStrings.append(try cursor.parseString())
            index = cursor.index
            return Key(range: index..<index, decoded: decodedStrings.count - 1, isASCII: false)
        } catch {
            throw GiveUp()
        }
    }

    /// The text of a string without escapes at `index` (a quote), consumed; nil, with nothing
    /// consumed, for any other string.
    private mutating func plainString() -> Range<Int>? {
        let start = index + 1
        var position = start
        while position < bytes.count {
            let byte = bytes[position]
            if byte == ASCII.quote {
                index = position + 1
                return start..<position
            }
            if byte == 0x5C || byte < 0x20 { return nil }
            position += 1
        }
        return nil
    }

    /// Any JSON value, as the general parser reads it.
    private mutating func anyValue() throws(GiveUp) -> JSONNode {
        cursor.index = index
        cursor.depth = depth
        do {
            let node = try cursor.parseValue()
            index = cursor.index
            return node
        } catch {
            throw GiveUp()
        }
    }
}
