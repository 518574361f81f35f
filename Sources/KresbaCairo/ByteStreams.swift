import CPangoCairo

/// Collects the bytes Cairo writes to a stream (PNG, SVG and PDF output).
///
/// Cairo's stream callbacks are C function pointers that cannot capture; the sink travels as the
/// `closure` pointer, unretained, and `withClosure` keeps it alive for the duration of the call.
final class ByteSink {
    /// Everything written so far.
    var bytes: [UInt8] = []

    /// The C callback: appends `length` bytes from `data` to the sink passed as `closure`.
    static let write: cairo_write_func_t = { closure, data, length in
        guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
        let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
        if let data, length > 0 {
            sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
        }
        return CAIRO_STATUS_SUCCESS
    }

    /// Calls `body` with the pointer Cairo must hand back to ``write``.
    func withClosure<T>(_ body: (UnsafeMutableRawPointer) throws -> T) rethrows -> T {
        try withExtendedLifetime(self) { try body(Unmanaged.passUnretained(self).toOpaque()) }
    }
}

/// Feeds bytes to Cairo's PNG reader.
final class ByteSource {
    /// The bytes being read.
    let bytes: [UInt8]
    /// How many have been consumed.
    var offset = 0

    /// A source reading `bytes` from the start.
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The C callback: copies exactly `length` bytes or reports a read error (Cairo's contract;
    /// a short read means a truncated file).
    static let read: cairo_read_func_t = { closure, data, length in
        guard let closure, let data else { return CAIRO_STATUS_READ_ERROR }
        let source = Unmanaged<ByteSource>.fromOpaque(closure).takeUnretainedValue()
        let count = Int(length)
        guard source.bytes.count - source.offset >= count else { return CAIRO_STATUS_READ_ERROR }
        source.bytes.withUnsafeBufferPointer { buffer in
            if let base = buffer.baseAddress {
                data.update(from: base + source.offset, count: count)
            }
        }
        source.offset += count
        return CAIRO_STATUS_SUCCESS
    }

    /// Calls `body` with the pointer Cairo must hand back to ``read``.
    func withClosure<T>(_ body: (UnsafeMutableRawPointer) throws -> T) rethrows -> T {
        try withExtendedLifetime(self) { try body(Unmanaged.passUnretained(self).toOpaque()) }
    }
}

/// Decodes PNG bytes into a Cairo image surface (ARGB32 or RGB24, premultiplied).
func decodePNGSurface(_ bytes: [UInt8]) throws -> CairoSurface {
    let source = ByteSource(bytes)
    let raw = source.withClosure { cairo_image_surface_create_from_png_stream(ByteSource.read, $0) }
    do {
        return try CairoSurface(raw, "decoding a png image")
    } catch BackendError.cairo(let message) {
        throw BackendError.invalidImage(message)
    }
}
