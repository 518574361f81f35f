/// What kind of data a file holds, decided from its content first and its name second.
package enum DataFileKind: String, Sendable, Equatable, CaseIterable {
    /// CSV or TSV text.
    case csv
    /// JSON records (an array of objects, or one inside the document).
    case json
    case geojson
    case topojson

    /// The kind of `bytes` (the whole file or its start) named `fileName`.
    ///
    /// A file whose first character (after a byte order mark and whitespace) is not `{` or `[` is CSV —
    /// unless its extension says JSON, GeoJSON or TopoJSON, so the JSON reader can explain what is wrong
    /// with it. An array is JSON records. An object is told apart by its top-level `type` member:
    /// `Topology` is TopoJSON, `FeatureCollection`, `Feature` or a geometry type is GeoJSON, anything else
    /// JSON records inside a document — again unless the extension says `.geojson` or `.topojson`. The scan
    /// skips over values without building them, so it costs little even for a large file.
    package static func detect(_ bytes: [UInt8], fileName: String) -> DataFileKind {
        let fileExtension = fileName.split(separator: ".").last.map { $0.lowercased() } ?? ""
        let named: DataFileKind? =
            switch fileExtension {
            case "geojson": .geojson
            case "topojson": .topojson
            case "json": fileName.lowercased().hasSuffix(".topo.json") ? .topojson : .json
            default: nil
            }
        // An extension naming a geometry format wins over a content that does not look like one.
        let namedGeo = named == .geojson || named == .topojson ? named : nil
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < bytes.count,
            [ASCII.space, ASCII.tab, ASCII.lineFeed, ASCII.carriageReturn].contains(bytes[index])
        {
            index += 1
        }
        guard index < bytes.count, bytes[index] == 0x7B || bytes[index] == 0x5B else { return named ?? .csv }
        if bytes[index] == 0x5B { return namedGeo ?? .json }
        switch JSONSniffer.topLevelString(forKey: "type", in: bytes, objectStart: index) {
        case "Topology"?: return .topojson
        case let type?
        where type == "FeatureCollection" || type == "Feature"
            || GeoJSONReader.geometryTypes.contains(type):
            return .geojson
        default: return namedGeo ?? .json
        }
    }
}

/// Finds a top-level member of a JSON object without parsing the rest.
enum JSONSniffer {
    /// The string value of `key` in the object starting at `objectStart`; nil when the key is absent, not a
    /// string, or the text is not well-formed enough to tell.
    static func topLevelString(forKey key: String, in text: [UInt8], objectStart: Int) -> String? {
        var index = objectStart + 1
        let wanted = Array(key.utf8)
        while true {
            skipWhitespace(text, &index)
            guard index < text.count, text[index] == ASCII.quote, let name = skipString(text, &index) else {
                return nil
            }
            skipWhitespace(text, &index)
            guard index < text.count, text[index] == 0x3A else { return nil }
            index += 1
            skipWhitespace(text, &index)
            let valueStart = index
            guard skipValue(text, &index) else { return nil }
            if text[name].elementsEqual(wanted) {
                guard text[valueStart] == ASCII.quote, index - valueStart >= 2 else { return nil }
                return String(decoding: text[valueStart + 1..<index - 1], as: UTF8.self)
            }
            skipWhitespace(text, &index)
            guard index < text.count, text[index] == ASCII.comma else { return nil }
            index += 1
        }
    }

    private static func skipWhitespace(_ text: [UInt8], _ index: inout Int) {
        while index < text.count,
            text[index] == ASCII.space || text[index] == ASCII.tab || text[index] == ASCII.lineFeed
                || text[index] == ASCII.carriageReturn
        {
            index += 1
        }
    }

    /// Skips a string starting at its opening quote; returns the range of its raw content.
    private static func skipString(_ text: [UInt8], _ index: inout Int) -> Range<Int>? {
        let start = index + 1
        index += 1
        while index < text.count {
            switch text[index] {
            case ASCII.quote:
                index += 1
                return start..<index - 1
            case 0x5C: index += 2
            default: index += 1
            }
        }
        return nil
    }

    /// Skips any value: strings, and objects and arrays by counting brackets outside strings.
    private static func skipValue(_ text: [UInt8], _ index: inout Int) -> Bool {
        guard index < text.count else { return false }
        if text[index] == ASCII.quote { return skipString(text, &index) != nil }
        var depth = 0
        while index < text.count {
            switch text[index] {
            case ASCII.quote:
                guard skipString(text, &index) != nil else { return false }
                continue
            case 0x7B, 0x5B: depth += 1
            case 0x7D, 0x5D:
                if depth == 0 { return true }  // the end of the enclosing object
                depth -= 1
                if depth == 0 {
                    index += 1
                    return true
                }
            case ASCII.comma where depth == 0: return true
            default: break
            }
            index += 1
        }
        return false
    }
}
