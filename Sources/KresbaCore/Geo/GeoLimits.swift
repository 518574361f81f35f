/// Bounds on geometry input, so that a huge or hostile file fails with a message instead of exhausting
/// memory or time.
///
/// The defaults are far above any Czech boundary layer (the national obce layer has about 6 300
/// features and a few hundred thousand positions) and below what a render can afford: the parsed JSON
/// costs about 150 bytes per position, so the position limit also bounds memory (about 300 MB).
package struct GeoLimits: Sendable, Equatable {
    /// Default largest file, 50 MB, as for tables.
    package static let defaultMaxBytes = DataLimits.defaultMaxBytes
    /// Default largest number of features.
    package static let defaultMaxFeatures = 100_000
    /// Default largest number of positions: in the file (checked before parsing, as JSON arrays) and
    /// decoded (TopoJSON arcs count once per use).
    package static let defaultMaxPositions = 2_000_000
    /// Default deepest JSON nesting; a MultiPolygon in a FeatureCollection needs 7 levels.
    package static let defaultMaxDepth = 64

    package var maxBytes: Int
    package var maxFeatures: Int
    package var maxPositions: Int
    package var maxDepth: Int
    /// Bounds on the properties table, as for JSON records.
    package var maxColumns: Int
    package var maxCells: Int

    package init(
        maxBytes: Int = GeoLimits.defaultMaxBytes,
        maxFeatures: Int = GeoLimits.defaultMaxFeatures,
        maxPositions: Int = GeoLimits.defaultMaxPositions,
        maxDepth: Int = GeoLimits.defaultMaxDepth,
        maxColumns: Int = DataLimits.defaultMaxColumns,
        maxCells: Int = DataLimits.defaultMaxCells
    ) {
        self.maxBytes = maxBytes
        self.maxFeatures = maxFeatures
        self.maxPositions = maxPositions
        self.maxDepth = maxDepth
        self.maxColumns = maxColumns
        self.maxCells = maxCells
    }
}

/// State shared while decoding one geometry file: the text for locating errors, the limits, and
/// running counts.
struct GeoContext {
    let text: [UInt8]
    let sourceName: String
    let limits: GeoLimits
    private(set) var positions = 0
    /// Rings whose last position did not repeat the first; closed by the reader.
    var unclosedRings = 0
    /// Features whose geometry is null or missing.
    var featuresWithoutGeometry = 0

    init(text: [UInt8], sourceName: String, limits: GeoLimits) {
        self.text = text
        self.sourceName = sourceName
        self.limits = limits
    }

    /// An error at `node`, naming `pointer` in the location.
    func error(_ message: String, at node: JSONNode, pointer: String, suggestion: String? = nil) -> DataError
    {
        JSONPath.error(
            message, at: node, text: text, sourceName: sourceName, pointer: pointer, suggestion: suggestion)
    }

    /// Counts `count` more decoded positions, failing past the limit.
    mutating func addPositions(_ count: Int, at node: JSONNode, pointer: @autoclosure () -> String)
        throws(DataError)
    {
        positions += count
        if positions > limits.maxPositions {
            throw error(
                "the geometry has more than \(limits.maxPositions) positions, the limit", at: node,
                pointer: pointer(),
                suggestion: "simplify the geometry (e.g. mapshaper -simplify) or raise the limit")
        }
    }

    /// Fails when a file has more than the allowed number of features.
    func checkFeatureCount(_ count: Int, at node: JSONNode, pointer: String) throws(DataError) {
        if count > limits.maxFeatures {
            throw error(
                "the file has \(count) features, more than the limit of \(limits.maxFeatures)", at: node,
                pointer: pointer, suggestion: "split or filter the layer, or raise the limit")
        }
    }

    /// The notes every reader adds about what it repaired or skipped.
    var notes: [String] {
        var notes: [String] = []
        if unclosedRings > 0 {
            notes.append(
                "\(unclosedRings) ring(s) did not end where they started; the reader closed them")
        }
        if featuresWithoutGeometry > 0 {
            notes.append("\(featuresWithoutGeometry) feature(s) have no geometry and will not be drawn")
        }
        return notes
    }

    /// A property or `id` value as a table cell: strings, numbers, booleans and null as they are; nested
    /// objects and arrays as their compact JSON text, so that nothing in a real file stops it loading.
    func cell(_ node: JSONNode) -> DataValue {
        switch node.value {
        case .string(let string): .text(string)
        case .number(let number): .number(number)
        case .bool(let flag): .bool(flag)
        case .null: .missing
        case .object, .array: .text(Self.compactJSON(node))
        }
    }

    /// `id` members are strings or numbers; both become text (`19`, not `19.0`).
    func identifier(_ node: JSONNode?) -> String? {
        guard let node else { return nil }
        switch node.value {
        case .string(let string): return string
        case .number(let number): return DataTable.text(of: number)
        case .bool, .null, .object, .array: return nil
        }
    }

    /// Compact JSON for a value, keys in document order.
    static func compactJSON(_ node: JSONNode) -> String {
        switch node.value {
        case .object(let members):
            return "{"
                + members.map { JSONOutput.quoted($0.key) + ":" + compactJSON($0.value) }.joined(
                    separator: ",")
                + "}"
        case .array(let elements): return "[" + elements.map(compactJSON).joined(separator: ",") + "]"
        case .string(let string): return JSONOutput.quoted(string)
        case .number(let number): return DataTable.text(of: number)
        case .bool(let flag): return flag ? "true" : "false"
        case .null: return "null"
        }
    }
}

extension JSONNode {
    /// The member `key` of an object; nil for a missing key or a value that is not an object.
    func child(_ key: String) -> JSONNode? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.key == key }?.value
    }
}
