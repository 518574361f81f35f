import Foundation

/// The text encodings the readers understand: what Czech statistical offices and spreadsheets write.
package enum TextEncoding: String, Sendable, Equatable, CaseIterable {
    case utf8 = "UTF-8"
    case windows1250 = "Windows-1250"
    case iso88592 = "ISO-8859-2"

    /// The display name, e.g. `Windows-1250`.
    package var name: String { rawValue }

    /// Accepts the usual spellings (`utf-8`, `utf8`, `cp1250`, `windows-1250`, `iso-8859-2`, `latin2`, …),
    /// ignoring case, so a spec can write what the user knows the encoding as.
    package init?(name: String) {
        let key = name.lowercased().filter { $0 != "-" && $0 != "_" && $0 != " " }
        switch key {
        case "utf8": self = .utf8
        case "windows1250", "cp1250", "win1250", "ms1250": self = .windows1250
        case "iso88592", "latin2", "iso885921987", "l2": self = .iso88592
        default: return nil
        }
    }
}

/// Text turned into UTF-8 bytes, the form both readers parse.
package struct DecodedText: Sendable {
    /// Valid UTF-8 without a byte order mark.
    package var utf8: [UInt8]
    package var encoding: TextEncoding
    package var byteOrderMark: Bool
}

/// Decodes file bytes to UTF-8: UTF-8 with or without BOM as is, otherwise Windows-1250 or ISO-8859-2.
package enum TextDecoding {
    /// Decodes `bytes`, detecting the encoding when `encoding` is nil.
    ///
    /// Detection: a UTF-8 BOM or valid UTF-8 means UTF-8. Otherwise any byte in 0x80–0x9F means
    /// Windows-1250 (those bytes are control characters in ISO-8859-2, but Š Ť Ž š ť ž and typographic
    /// quotes in Windows-1250); failing that, any of 0xA9 0xAB 0xAE 0xB9 0xBB 0xBE (Š Ť Ž š ť ž in
    /// ISO-8859-2, © « ® ą » ľ in Windows-1250) means ISO-8859-2; text with neither decodes the same
    /// either way for Czech letters, and Windows-1250 is assumed.
    package static func decode(
        _ bytes: [UInt8],
        sourceName: String,
        encoding: TextEncoding? = nil
    ) throws(DataError) -> DecodedText {
        try rejectForeignFormats(bytes, sourceName: sourceName)
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        switch encoding {
        case .utf8?:
            return try decodeUTF8(bytes, hasBOM: hasBOM, sourceName: sourceName, explicit: true)
        case .windows1250?, .iso88592?:
            guard let encoding else { break }
            return try decodeSingleByte(bytes, encoding: encoding, sourceName: sourceName)
        case nil:
            break
        }
        if hasBOM || firstInvalidUTF8(in: bytes) == nil {
            return try decodeUTF8(bytes, hasBOM: hasBOM, sourceName: sourceName, explicit: false)
        }
        return try decodeSingleByte(bytes, encoding: detectSingleByte(bytes), sourceName: sourceName)
    }

    /// Which single-byte code page `bytes` most likely use (see ``decode(_:sourceName:encoding:)``).
    package static func detectSingleByte(_ bytes: [UInt8]) -> TextEncoding {
        var sawISOLetter = false
        for byte in bytes where byte >= 0x80 {
            if byte < 0xA0 { return .windows1250 }
            if CodePages.iso88592Letters.contains(byte) { sawISOLetter = true }
        }
        return sawISOLetter ? .iso88592 : .windows1250
    }

    /// The offset of the first byte that is not part of a well-formed UTF-8 sequence, or nil when all are.
    ///
    /// Rejects what the Unicode standard rejects: overlong forms, surrogates and values above U+10FFFF.
    package static func firstInvalidUTF8(in bytes: [UInt8], from start: Int = 0) -> Int? {
        var index = start
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                // Text is mostly ASCII: skip it a word or more at a time.
                index = WordScan.skipASCII(in: bytes, from: index)
                continue
            }
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F  // excludes UTF-16 surrogates
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F  // nothing above U+10FFFF
            default: return index
            }
            guard index + length <= count else { return index }
            let second = bytes[index + 1]
            guard second >= lower && second <= upper else { return index }
            var next = index + 2
            while next < index + length {
                guard bytes[next] & 0xC0 == 0x80 else { return index }
                next += 1
            }
            index += length
        }
        return nil
    }

    // MARK: - Private

    /// Catches files that are not text at all before they produce a confusing parse error further on.
    private static func rejectForeignFormats(_ bytes: [UInt8], sourceName: String) throws(DataError) {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            throw DataError(
                message: "the file is UTF-16 text, which is not supported",
                location: DataLocation(file: sourceName),
                suggestion: "save it as UTF-8 (in Excel: \"CSV UTF-8\")"
            )
        }
        if bytes.count >= 4, bytes[0] == 0x50, bytes[1] == 0x4B, bytes[2] == 0x03, bytes[3] == 0x04 {
            throw DataError(
                message: "the file is a ZIP archive (perhaps an .xlsx workbook), not text",
                location: DataLocation(file: sourceName),
                suggestion: "export the sheet as CSV"
            )
        }
        if let nul = WordScan.firstZero(in: bytes) {
            let position = TextPosition.locate(offset: nul, in: bytes, utf8Columns: false)
            throw DataError(
                message: "the file contains a NUL byte, so it is not a text file",
                location: DataLocation(file: sourceName, line: position.line, column: position.column),
                suggestion: "export the data as CSV or JSON text"
            )
        }
    }

    private static func decodeUTF8(
        _ bytes: [UInt8],
        hasBOM: Bool,
        sourceName: String,
        explicit: Bool
    ) throws(DataError) -> DecodedText {
        let start = hasBOM ? 3 : 0
        if let bad = firstInvalidUTF8(in: bytes, from: start) {
            let position = TextPosition.locate(offset: bad, in: bytes, from: start)
            let hex = "0x" + String(bytes[bad], radix: 16, uppercase: true)
            throw DataError(
                message: "byte \(hex) is not valid UTF-8",
                location: DataLocation(file: sourceName, line: position.line, column: position.column),
                suggestion: explicit
                    ? "the file may be Windows-1250 or ISO-8859-2; set that encoding or leave it to detection"
                    : "the file starts with a UTF-8 byte order mark but is not UTF-8; save it again as UTF-8"
            )
        }
        let text = hasBOM ? Array(bytes[start...]) : bytes
        return DecodedText(utf8: text, encoding: .utf8, byteOrderMark: hasBOM)
    }

    private static func decodeSingleByte(
        _ bytes: [UInt8],
        encoding: TextEncoding,
        sourceName: String
    ) throws(DataError) -> DecodedText {
        let table = encoding == .iso88592 ? CodePages.iso88592 : CodePages.windows1250
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 4)
        for (offset, byte) in bytes.enumerated() {
            if byte < 0x80 {
                output.append(byte)
                continue
            }
            let scalar = table[Int(byte) - 0x80]
            // C1 controls are legal ISO-8859-2 but never appear in real text; they mean a wrong guess.
            if scalar == CodePages.undefined || (0x80...0x9F).contains(scalar) {
                let position = TextPosition.locate(offset: offset, in: bytes, utf8Columns: false)
                let hex = "0x" + String(byte, radix: 16, uppercase: true)
                let suggestion: String
                if encoding == .iso88592 && CodePages.windows1250Letters.contains(byte) {
                    suggestion = "the byte is a Czech letter in Windows-1250; set encoding to windows-1250"
                } else {
                    suggestion = "convert the file to UTF-8"
                }
                throw DataError(
                    message: "byte \(hex) cannot be decoded as \(encoding.name)",
                    location: DataLocation(file: sourceName, line: position.line, column: position.column),
                    suggestion: suggestion
                )
            }
            appendUTF8(scalar, to: &output)
        }
        return DecodedText(utf8: output, encoding: encoding, byteOrderMark: false)
    }

    /// Appends a BMP scalar as UTF-8 (the code page tables hold nothing above U+FFFF).
    private static func appendUTF8(_ scalar: UInt16, to output: inout [UInt8]) {
        if scalar < 0x80 {
            output.append(UInt8(scalar))
        } else if scalar < 0x800 {
            output.append(UInt8(0xC0 | (scalar >> 6)))
            output.append(UInt8(0x80 | (scalar & 0x3F)))
        } else {
            output.append(UInt8(0xE0 | (scalar >> 12)))
            output.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (scalar & 0x3F)))
        }
    }
}
