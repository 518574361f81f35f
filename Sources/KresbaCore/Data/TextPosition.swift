/// Turns byte offsets into the 1-based line and column that messages show.
///
/// Positions are computed only when an error is reported, so readers keep nothing per cell but offsets.
enum TextPosition {
    /// The line and column of `offset` in `bytes`.
    ///
    /// Scanning starts at `start`, which must be the start of line `startLine`; readers pass the start of
    /// the current record so that a late error does not rescan the whole file. CR LF, LF and a lone CR
    /// each end one line. With `utf8Columns` the column counts Unicode scalars (continuation bytes are
    /// skipped); otherwise it counts bytes, which is right for single-byte encodings.
    static func locate(
        offset: Int,
        in bytes: [UInt8],
        from start: Int = 0,
        startLine: Int = 1,
        utf8Columns: Bool = true
    ) -> (line: Int, column: Int) {
        let end = min(max(offset, start), bytes.count)
        var line = startLine
        var lineStart = start
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte == ASCII.lineFeed {
                line += 1
                lineStart = index + 1
            } else if byte == ASCII.carriageReturn {
                if index + 1 < bytes.count, bytes[index + 1] == ASCII.lineFeed {
                    // The LF belongs to this CR; an offset pointing at it stays on the same line.
                    if index + 1 == end { break }
                    index += 1
                }
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        var column = 1
        var scan = lineStart
        while scan < end {
            if !utf8Columns || bytes[scan] & 0xC0 != 0x80 { column += 1 }
            scan += 1
        }
        return (line, column)
    }
}

/// ASCII bytes the readers compare against.
enum ASCII {
    static let tab: UInt8 = 0x09
    static let lineFeed: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let quote: UInt8 = 0x22
    static let percent: UInt8 = 0x25
    static let plus: UInt8 = 0x2B
    static let comma: UInt8 = 0x2C
    static let minus: UInt8 = 0x2D
    static let dot: UInt8 = 0x2E
    static let slash: UInt8 = 0x2F
    static let zero: UInt8 = 0x30
    static let nine: UInt8 = 0x39
    static let semicolon: UInt8 = 0x3B
    static let pipe: UInt8 = 0x7C

    static func isDigit(_ byte: UInt8) -> Bool { byte >= zero && byte <= nine }
}
