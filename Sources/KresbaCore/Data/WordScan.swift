/// Byte scans that test eight bytes at once, for the passes over a whole file before parsing.
enum WordScan {
    private static let lowBits: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether any of the eight bytes at `offset` (which must be in bounds) is 0x80 or above.
    @inline(__always)
    static func anyHighBit(in bytes: [UInt8], at offset: Int) -> Bool {
        word(in: bytes, at: offset) & highBits != 0
    }

    /// The offset of the first zero byte, or nil.
    static func firstZero(in bytes: [UInt8]) -> Int? {
        var index = 0
        let count = bytes.count
        while index + 8 <= count {
            let word = word(in: bytes, at: index)
            // The classic test: sets a high bit for some byte exactly when some byte is zero.
            if (word &- lowBits) & ~word & highBits != 0 { break }
            index += 8
        }
        while index < count {
            if bytes[index] == 0 { return index }
            index += 1
        }
        return nil
    }

    @inline(__always)
    private static func word(in bytes: [UInt8], at offset: Int) -> UInt64 {
        precondition(offset >= 0 && offset + 8 <= bytes.count)
        return bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self) }
    }
}
