/// PNG chunk surgery: what the encoder does not write itself (the pixel density).
///
/// Kept apart from ``PNGEncoder`` so swapping the encoder keeps this, and the CRC, in one place.
enum PNGChunks {
    /// The eight bytes every PNG starts with.
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// A complete chunk: length, type, data and the CRC over type and data.
    static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let typeBytes = Array(type.utf8)
        precondition(typeBytes.count == 4, "PNG chunk types have four letters")
        return bigEndian(UInt32(data.count)) + typeBytes + data + bigEndian(crc32(typeBytes + data))
    }

    /// A pHYs chunk declaring `dpi` pixels per inch (PNG stores pixels per metre).
    static func physicalDimensions(dpi: Double) -> [UInt8] {
        let perMetre = UInt32(clamping: Int((dpi / 0.0254).rounded()))
        return chunk("pHYs", bigEndian(perMetre) + bigEndian(perMetre) + [1])  // unit 1 = metre
    }

    /// `png` with `chunk` inserted right after IHDR (where the spec requires pHYs to come before
    /// IDAT), replacing any pHYs already present.
    /// - Returns: `nil` if `png` does not start with a signature and an IHDR chunk.
    static func insertingAfterHeader(_ chunk: [UInt8], into png: [UInt8]) -> [UInt8]? {
        // Signature (8) + IHDR: length (4), type (4), 13 data bytes, CRC (4).
        let headerEnd = 8 + 4 + 4 + 13 + 4
        guard png.count >= headerEnd, Array(png[0..<8]) == signature,
            Array(png[12..<16]) == Array("IHDR".utf8)
        else { return nil }
        let newType = Array(chunk[4..<8])
        var output = Array(png[0..<headerEnd]) + chunk
        var offset = headerEnd
        while offset + 12 <= png.count {
            let length =
                Int(png[offset]) << 24 | Int(png[offset + 1]) << 16 | Int(png[offset + 2]) << 8
                | Int(png[offset + 3])
            let end = min(png.count, offset + 12 + length)
            if Array(png[offset + 4..<offset + 8]) != newType { output += png[offset..<end] }
            offset = end
        }
        return output
    }

    /// CRC-32 as PNG (and zlib) define it: polynomial 0xEDB88320, reflected, inverted.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }

    private static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }
}
