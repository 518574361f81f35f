/// Byte scans that test eight bytes at once: the checks over a whole file before parsing, and the search
/// for the end of each unquoted field.
enum WordScan {
    private static let lowBits: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The offset of the first zero byte, or nil.
    static func firstZero(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBytes { raw in
            let count = raw.count
            var index = 0
            // Four words a step, tested together: a flag means a zero byte among them.
            while index + 32 <= count {
                let flags =
                    zeroBytes(load(raw, index)) | zeroBytes(load(raw, index + 8))
                    | zeroBytes(load(raw, index + 16)) | zeroBytes(load(raw, index + 24))
                if flags != 0 { break }
                index += 32
            }
            while index < count {
                if raw[index] == 0 { return index }
                index += 1
            }
            return nil
        }
    }

    /// The first offset from `start` on where a byte of 0x80 or above may begin: the start of the
    /// first word (of eight bytes, from `start`) with one, or of the last few bytes. Text is mostly
    /// ASCII, and this passes over it 32 bytes a step.
    static func skipASCII(in bytes: [UInt8], from start: Int) -> Int {
        bytes.withUnsafeBytes { raw in
            let count = raw.count
            var index = start
            while index + 32 <= count {
                let any =
                    load(raw, index) | load(raw, index + 8) | load(raw, index + 16) | load(raw, index + 24)
                if any & highBits != 0 { break }
                index += 32
            }
            while index + 8 <= count && load(raw, index) & highBits == 0 { index += 8 }
            return index
        }
    }

    @inline(__always)
    private static func load(_ raw: UnsafeRawBufferPointer, _ offset: Int) -> UInt64 {
        raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
    }

    /// The offset of the first byte at or after `start` that is `a`, `b` or `c`; `bytes.count` when none
    /// is. Used for the end of an unquoted CSV field: the delimiter, LF or CR.
    static func firstOf(_ a: UInt8, _ b: UInt8, _ c: UInt8, in bytes: [UInt8], from start: Int) -> Int {
        bytes.withUnsafeBytes { raw in
            let count = raw.count
            var index = start
            let (wideA, wideB, wideC) = (lowBits &* UInt64(a), lowBits &* UInt64(b), lowBits &* UInt64(c))
            while index + 8 <= count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                let found = zeroBytes(word ^ wideA) | zeroBytes(word ^ wideB) | zeroBytes(word ^ wideC)
                // The lowest flagged byte is exact (only bytes above a zero byte can be flagged falsely).
                if found != 0 { return index + found.trailingZeroBitCount / 8 }
                index += 8
            }
            while index < count {
                let byte = raw[index]
                if byte == a || byte == b || byte == c { return index }
                index += 1
            }
            return count
        }
    }

    /// The high bit of each byte set for every zero byte of `word` (see ``firstOf(_:_:_:in:from:)``
    /// for which flags can be trusted).
    @inline(__always)
    private static func zeroBytes(_ word: UInt64) -> UInt64 {
        (word &- lowBits) & ~word & highBits
    }

}
