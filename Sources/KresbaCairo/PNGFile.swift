import CLibDeflate

/// Lays out a PNG file around compressed image data: signature, IHDR, an optional pHYs, IDAT
/// and IEND. Nothing else (no time, gamma or text chunks), so the bytes depend only on the pixels
/// and the density.
package enum PNGFile {
    /// A complete PNG of `width` x `height` 8-bit RGB or RGBA pixels whose filtered scanlines
    /// compress to `zlibStream`; with a pHYs chunk when `dpi` is given. The stream goes into one
    /// IDAT chunk unless it is longer than `chunkLength` (tests pass a small one).
    package static func assemble(
        width: Int, height: Int, hasAlpha: Bool, zlibStream: [UInt8], dpi: Double?,
        chunkLength: Int = maximumChunkLength
    ) -> [UInt8] {
        zlibStream.withUnsafeBytes {
            assemble(
                width: width, height: height, hasAlpha: hasAlpha, zlibStream: $0, dpi: dpi,
                chunkLength: chunkLength)
        }
    }

    /// ``assemble(width:height:hasAlpha:zlibStream:dpi:chunkLength:)`` from a stream in memory
    /// the encoder reuses.
    package static func assemble(
        width: Int, height: Int, hasAlpha: Bool, zlibStream: UnsafeRawBufferPointer, dpi: Double?,
        chunkLength: Int = maximumChunkLength
    ) -> [UInt8] {
        var header = [UInt8]()
        header.reserveCapacity(13)
        header += bigEndian(UInt32(width))
        header += bigEndian(UInt32(height))
        // Bit depth 8; colour type 6 (RGBA) or 2 (RGB); deflate; adaptive-filter method 0; not interlaced.
        header += [8, hasAlpha ? 6 : 2, 0, 0, 0]
        var png = [UInt8]()
        png.reserveCapacity(zlibStream.count + 128)
        png += PNGChunks.signature
        header.withUnsafeBytes { append("IHDR", $0[...], to: &png) }
        if let dpi { png += PNGChunks.physicalDimensions(dpi: dpi) }
        // One IDAT for any chart; a stream over the chunk limit (huge, noisy images) is split.
        var start = 0
        repeat {
            let end = min(zlibStream.count, start + max(1, chunkLength))
            append("IDAT", zlibStream[start..<end], to: &png)
            start = end
        } while start < zlibStream.count
        append("IEND", UnsafeRawBufferPointer(start: nil, count: 0)[...], to: &png)
        return png
    }

    /// The longest chunk data PNG allows (2^31 - 1 bytes).
    package static let maximumChunkLength = Int(Int32.max)

    /// Appends one chunk; the CRC (over type and data) comes from libdeflate, which computes it
    /// many times faster than a byte-wise table, and that matters for a megabyte of IDAT.
    private static func append(_ type: String, _ data: Slice<UnsafeRawBufferPointer>, to png: inout [UInt8]) {
        let typeBytes = Array(type.utf8)
        png += bigEndian(UInt32(data.count))
        png += typeBytes
        png.append(contentsOf: UnsafeRawBufferPointer(rebasing: data))
        var crc = typeBytes.withUnsafeBytes { libdeflate_crc32(0, $0.baseAddress, $0.count) }
        // libdeflate_crc32 answers 0 for a NULL buffer, which an empty array may give.
        if !data.isEmpty {
            let bytes = UnsafeRawBufferPointer(rebasing: data)
            crc = libdeflate_crc32(crc, bytes.baseAddress, bytes.count)
        }
        png += bigEndian(crc)
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }
}
