/// A JSON value that remembers where it starts and keeps object members in document order.
///
/// `JSONSerialization` returns dictionaries, which lose the key order the table's column order comes from,
/// and reports errors without a line; hence this small parser.
struct JSONNode: Sendable {
    enum Value: Sendable {
        case object([(key: String, value: JSONNode)])
        case array([JSONNode])
        case string(String)
        case number(Double)
        case bool(Bool)
        case null
    }

    var value: Value
    /// Byte offset of the value's first character in the decoded text.
    var offset: Int

    /// What the value is, for messages: "an object", "a string", …
    var kindDescription: String {
        switch value {
        case .object: "an object"
        case .array: "an array"
        case .string: "a string"
        case .number: "a number"
        case .bool: "a boolean"
        case .null: "null"
        }
    }
}

/// Parses RFC 8259 JSON from UTF-8 bytes, strictly: no comments, no trailing commas, no NaN.
///
/// Recursive descent with a depth limit so that `[[[[…` cannot exhaust the stack; errors carry the line
/// and column of the offending character.
///
/// Besides ``parse(_:sourceName:maxDepth:)`` the parser is a cursor that format readers drive
/// themselves (``GeoJSONStreamReader`` reads coordinates straight from the bytes and hands only
/// properties and unknown members to ``parseValue()``); `index` and `depth` are theirs to move then.
struct JSONParser {
    let text: [UInt8]
    private let sourceName: String
    let maxDepth: Int
    /// The offset of the next byte to read.
    var index = 0
    /// How many objects and arrays enclose the current position.
    var depth = 0

    /// Parses the whole of `text` as one JSON value.
    static func parse(_ text: [UInt8], sourceName: String, maxDepth: Int) throws(DataError) -> JSONNode {
        var parser = JSONParser(text: text, sourceName: sourceName, maxDepth: maxDepth)
        parser.skipWhitespace()
        guard parser.index < text.count else {
            throw DataError(message: "file is empty", location: DataLocation(file: sourceName))
        }
        let root = try parser.parseValue()
        parser.skipWhitespace()
        if parser.index < text.count {
            throw parser.error("unexpected text after the end of the JSON value")
        }
        return root
    }

    init(text: [UInt8], sourceName: String, maxDepth: Int) {
        self.text = text
        self.sourceName = sourceName
        self.maxDepth = maxDepth
    }

    /// An error at the current position (or at `offset`).
    private func error(_ message: String, at offset: Int? = nil, suggestion: String? = nil) -> DataError {
        let position = TextPosition.locate(offset: offset ?? index, in: text)
        return DataError(
            message: message,
            location: DataLocation(file: sourceName, line: position.line, column: position.column),
            suggestion: suggestion
        )
    }

    /// Describes the character at the current position for "expected …, found …" messages.
    private var found: String {
        guard index < text.count else { return "the end of the file" }
        let end = min(index + 4, text.count)
        var scalarEnd = index + 1
        while scalarEnd < end && text[scalarEnd] & 0xC0 == 0x80 { scalarEnd += 1 }
        return Quoting.quoted(String(decoding: text[index..<scalarEnd], as: UTF8.self))
    }

    mutating func skipWhitespace() {
        while index < text.count {
            switch text[index] {
            case ASCII.space, ASCII.tab, ASCII.lineFeed, ASCII.carriageReturn: index += 1
            default: return
            }
        }
    }

    mutating func parseValue() throws(DataError) -> JSONNode {
        guard index < text.count else { throw error("expected a value, found the end of the file") }
        let start = index
        switch text[index] {
        case 0x7B: return JSONNode(value: try parseObject(), offset: start)
        case 0x5B: return JSONNode(value: try parseArray(), offset: start)
        case ASCII.quote: return JSONNode(value: .string(try parseString()), offset: start)
        case 0x74: try expectWord("true"); return JSONNode(value: .bool(true), offset: start)
        case 0x66: try expectWord("false"); return JSONNode(value: .bool(false), offset: start)
        case 0x6E: try expectWord("null"); return JSONNode(value: .null, offset: start)
        case ASCII.minus, ASCII.zero...ASCII.nine:
            return JSONNode(value: .number(try parseNumber()), offset: start)
        default:
            throw error(
                "expected a value, found \(found)",
                suggestion: "strings need double quotes; NaN, comments and trailing commas are not JSON")
        }
    }

    private mutating func enter() throws(DataError) {
        depth += 1
        if depth > maxDepth { throw error("values are nested more than \(maxDepth) levels deep") }
    }

    private mutating func parseObject() throws(DataError) -> JSONNode.Value {
        try enter()
        defer { depth -= 1 }
        index += 1
        var members: [(key: String, value: JSONNode)] = []
        // Duplicate keys are found by comparing with the keys so far while an object is small (most
        // are: a feature's properties, a record), and with a set only past that; a set for every
        // small object cost more than the rest of parsing it.
        var keys: Set<String> = []
        skipWhitespace()
        if index < text.count && text[index] == 0x7D {
            index += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard index < text.count, text[index] == ASCII.quote else {
                if index < text.count && text[index] == 0x7D {
                    throw error("a trailing comma before \"}\" is not allowed in JSON")
                }
                throw error("expected a key in double quotes, found \(found)")
            }
            let keyOffset = index
            let key = try parseString()
            let duplicate: Bool
            if members.count < Self.linearKeyLimit {
                duplicate = members.contains { $0.key == key }
            } else {
                if keys.isEmpty { keys = Set(members.lazy.map(\.key)) }
                duplicate = !keys.insert(key).inserted
            }
            guard !duplicate else {
                throw error("key \(Quoting.quoted(key)) appears twice in the same object", at: keyOffset)
            }
            skipWhitespace()
            guard index < text.count, text[index] == 0x3A else {
                throw error("expected \":\" after the key, found \(found)")
            }
            index += 1
            skipWhitespace()
            members.append((key, try parseValue()))
            skipWhitespace()
            guard index < text.count else {
                throw error("expected \",\" or \"}\", found the end of the file")
            }
            if text[index] == ASCII.comma {
                index += 1
                continue
            }
            if text[index] == 0x7D {
                index += 1
                return .object(members)
            }
            throw error("expected \",\" or \"}\" after an object member, found \(found)")
        }
    }

    private mutating func parseArray() throws(DataError) -> JSONNode.Value {
        try enter()
        defer { depth -= 1 }
        index += 1
        var elements: [JSONNode] = []
        skipWhitespace()
        if index < text.count && text[index] == 0x5D {
            index += 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            if index < text.count && text[index] == 0x5D {
                throw error("a trailing comma before \"]\" is not allowed in JSON")
            }
            elements.append(try parseValue())
            skipWhitespace()
            guard index < text.count else {
                throw error("expected \",\" or \"]\", found the end of the file")
            }
            if text[index] == ASCII.comma {
                index += 1
                continue
            }
            if text[index] == 0x5D {
                index += 1
                return .array(elements)
            }
            throw error("expected \",\" or \"]\" after an array element, found \(found)")
        }
    }

    private mutating func expectWord(_ word: String) throws(DataError) {
        let bytes = Array(word.utf8)
        guard index + bytes.count <= text.count, text[index..<index + bytes.count].elementsEqual(bytes) else {
            throw error("expected a value, found \(found)")
        }
        index += bytes.count
    }

    /// Reads the number at `index` (a minus sign or a digit).
    mutating func parseNumber() throws(DataError) -> Double {
        let start = index
        // The scan reads the raw buffer: this runs for every coordinate of a map.
        let scan = text.withUnsafeBufferPointer { Self.scanNumber($0, from: start) }
        if let failure = scan.failure {
            index = scan.end
            throw error(failure.message, at: start)
        }
        index = scan.end
        // Clinger's fast path: a mantissa below 2^53 and a power of ten up to 10^22 are both exact doubles,
        // so one IEEE division rounds correctly, giving the same value as the full conversion below.
        if !scan.hasExponent && scan.digits <= 15 && scan.fractionDigits <= 22 {
            let value = Double(scan.mantissa) / Self.powersOfTen[scan.fractionDigits]
            return scan.negative ? -value : value
        }
        guard let value = Double(String(decoding: text[start..<index], as: UTF8.self)), value.isFinite else {
            throw error("number is out of range", at: start)
        }
        return value
    }

    /// What ``scanNumber(_:from:)`` found.
    private struct NumberScan {
        var end = 0
        var negative = false
        /// The digits summed, so that most numbers (coordinates, counts) need no string conversion
        /// (wrapping past 2^64; then `digits` is over 15 and the sum unused).
        var mantissa: UInt64 = 0
        /// Significant digits: leading zeros of the fraction do not count.
        var digits = 0
        var fractionDigits = 0
        var hasExponent = false
        /// Why the text is not a number, with `end` where that was found.
        var failure: NumberFailure?
    }

    /// The ways a number can be malformed (a plain enum, so that the scan carries no reference).
    private enum NumberFailure {
        case noDigits, leadingZero, noFractionDigits, noExponentDigits

        var message: String {
            switch self {
            case .noDigits: "invalid number"
            case .leadingZero: "numbers cannot have leading zeros in JSON"
            case .noFractionDigits: "invalid number: a digit must follow the decimal point"
            case .noExponentDigits: "invalid number: the exponent has no digits"
            }
        }
    }

    /// Reads the extent and the digits of the number starting at `start`.
    private static func scanNumber(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> NumberScan {
        var scan = NumberScan()
        var index = start
        scan.negative = text[index] == ASCII.minus
        if scan.negative { index += 1 }
        guard index < text.count, ASCII.isDigit(text[index]) else {
            return failed(scan, .noDigits, at: index)
        }
        if text[index] == ASCII.zero {
            index += 1
            if index < text.count && ASCII.isDigit(text[index]) {
                return failed(scan, .leadingZero, at: index)
            }
        } else {
            while index < text.count && ASCII.isDigit(text[index]) {
                scan.mantissa = scan.mantissa &* 10 &+ UInt64(text[index] &- ASCII.zero)
                scan.digits += 1
                index += 1
            }
        }
        if index < text.count && text[index] == ASCII.dot {
            index += 1
            guard index < text.count, ASCII.isDigit(text[index]) else {
                return failed(scan, .noFractionDigits, at: index)
            }
            while index < text.count && ASCII.isDigit(text[index]) {
                scan.mantissa = scan.mantissa &* 10 &+ UInt64(text[index] &- ASCII.zero)
                if scan.mantissa != 0 { scan.digits += 1 }
                scan.fractionDigits += 1
                index += 1
            }
        }
        if index < text.count && (text[index] == 0x65 || text[index] == 0x45) {
            scan.hasExponent = true
            index += 1
            if index < text.count && (text[index] == ASCII.plus || text[index] == ASCII.minus) { index += 1 }
            guard index < text.count, ASCII.isDigit(text[index]) else {
                return failed(scan, .noExponentDigits, at: index)
            }
            while index < text.count && ASCII.isDigit(text[index]) { index += 1 }
        }
        scan.end = index
        return scan
    }

    private static func failed(_ scan: NumberScan, _ failure: NumberFailure, at index: Int) -> NumberScan {
        var scan = scan
        scan.end = index
        scan.failure = failure
        return scan
    }

    /// Objects with up to this many members find duplicate keys without a set.
    private static let linearKeyLimit = 16

    /// 10^0 … 10^22, the powers of ten a double holds exactly.
    static let powersOfTen: [Double] = (0...22).map { exponent in
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }

    /// Reads the string at `index` (its opening quote).
    mutating func parseString() throws(DataError) -> String {
        let open = index
        index += 1
        let contentStart = index
        // Fast path: no escapes, so the bytes are the string.
        while index < text.count {
            let byte = text[index]
            if byte == ASCII.quote {
                // From the raw buffer: a slice of the array would retain and release its storage
                // for every key and string of the file.
                let end = index
                let value = text.withUnsafeBufferPointer {
                    String(decoding: UnsafeBufferPointer(rebasing: $0[contentStart..<end]), as: UTF8.self)
                }
                index += 1
                return value
            }
            if byte == 0x5C { break }
            if byte < 0x20 {
                throw error("a control character (such as a line break) must be escaped in a string")
            }
            index += 1
        }
        var bytes = Array(text[contentStart..<index])
        while index < text.count {
            let byte = text[index]
            if byte == ASCII.quote {
                index += 1
                return String(decoding: bytes, as: UTF8.self)
            }
            if byte < 0x20 {
                throw error("a control character (such as a line break) must be escaped in a string")
            }
            if byte != 0x5C {
                bytes.append(byte)
                index += 1
                continue
            }
            let escapeStart = index
            index += 1
            guard index < text.count else { break }
            switch text[index] {
            case ASCII.quote: bytes.append(ASCII.quote)
            case 0x5C: bytes.append(0x5C)
            case ASCII.slash: bytes.append(ASCII.slash)
            case 0x62: bytes.append(0x08)
            case 0x66: bytes.append(0x0C)
            case 0x6E: bytes.append(ASCII.lineFeed)
            case 0x72: bytes.append(ASCII.carriageReturn)
            case 0x74: bytes.append(ASCII.tab)
            case 0x75:
                let scalar = try parseUnicodeEscape(escapeStart: escapeStart)
                bytes.append(contentsOf: Array(String(Character(scalar)).utf8))
                continue
            default:
                throw error("invalid escape sequence in a string", at: escapeStart)
            }
            index += 1
        }
        throw error("this string is never closed", at: open)
    }

    /// Reads `\uXXXX` (index at the `u`), combining a surrogate pair; leaves index after the escape.
    private mutating func parseUnicodeEscape(escapeStart: Int) throws(DataError) -> Unicode.Scalar {
        let high = try hexQuad(escapeStart: escapeStart)
        if (0xD800...0xDBFF).contains(high) {
            guard index + 1 < text.count, text[index] == 0x5C, text[index + 1] == 0x75 else {
                throw error("\\u escape is half of a surrogate pair", at: escapeStart)
            }
            index += 1
            let low = try hexQuad(escapeStart: escapeStart)
            guard (0xDC00...0xDFFF).contains(low),
                let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
            else { throw error("\\u escape is half of a surrogate pair", at: escapeStart) }
            return scalar
        }
        guard let scalar = Unicode.Scalar(high) else {
            throw error("\\u escape is half of a surrogate pair", at: escapeStart)
        }
        return scalar
    }

    /// Reads `uXXXX` with index at the `u`; leaves index after the four digits.
    private mutating func hexQuad(escapeStart: Int) throws(DataError) -> UInt32 {
        index += 1
        guard index + 4 <= text.count else { throw error("invalid \\u escape", at: escapeStart) }
        var value: UInt32 = 0
        for offset in 0..<4 {
            let byte = text[index + offset]
            let digit: UInt8
            switch byte {
            case ASCII.zero...ASCII.nine: digit = byte - ASCII.zero
            case 0x61...0x66: digit = byte - 0x61 + 10
            case 0x41...0x46: digit = byte - 0x41 + 10
            default: throw error("invalid \\u escape", at: escapeStart)
            }
            value = value << 4 | UInt32(digit)
        }
        index += 4
        return value
    }
}
