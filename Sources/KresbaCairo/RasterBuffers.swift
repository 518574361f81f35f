import CLibDeflate

/// Memory that PNG renders reuse from one render to the next: the pixels Cairo draws into, the
/// scanlines the encoder builds from them, the compressed stream and the libdeflate compressor.
///
/// A 1600 x 1000 chart needs about 6 MB of pixels, 5 MB of scanlines and a compressor of its own.
/// Fresh memory that size comes from the kernel page by page (mmap, a page fault and a cleared
/// page per 4 KB) and goes back to it when freed, which took a quarter of a bar chart's render
/// time. Kept across renders, it is touched once.
///
/// Not thread-safe: one render at a time uses it (the `Renderer` keeps a pool of them).
public final class RasterBuffers {
    /// Cairo's ARGB32 pixels.
    let pixels = ReusableMemory()
    /// Filtered PNG scanlines, the compressor's input.
    let scanlines = ReusableMemory()
    /// The zlib stream that goes into IDAT.
    let compressed = ReusableMemory()
    private var compressor: (level: Int, handle: OpaquePointer)?

    /// Buffers larger than this are given back after a render, so that one poster-sized image does
    /// not keep hundreds of megabytes for the rest of a long-running process.
    public static let retainedLimit = 64 << 20

    public init() {}

    deinit {
        if let compressor { libdeflate_free_compressor(compressor.handle) }
    }

    /// A libdeflate compressor at `level`, made once and kept.
    func compressor(level: Int) throws -> OpaquePointer {
        if let compressor, compressor.level == level { return compressor.handle }
        guard let handle = libdeflate_alloc_compressor(Int32(level)) else {
            throw BackendError.cairo("libdeflate could not make a level \(level) compressor")
        }
        if let compressor { libdeflate_free_compressor(compressor.handle) }
        compressor = (level, handle)
        return handle
    }

    /// Gives back every buffer larger than ``retainedLimit``.
    public func trim() {
        for memory in [pixels, scanlines, compressed] where memory.capacity > Self.retainedLimit {
            memory.release()
        }
    }
}

/// One heap block that grows on demand and is reused while it is large enough.
final class ReusableMemory {
    private(set) var pointer: UnsafeMutableRawPointer?
    private(set) var capacity = 0

    /// At least `count` bytes, uninitialised (or holding an earlier render's bytes).
    func reserve(_ count: Int) -> UnsafeMutableRawPointer {
        if let pointer, capacity >= count { return pointer }
        release()
        // 64-byte alignment: Cairo's pixel rows and libdeflate's reads like it.
        let fresh = UnsafeMutableRawPointer.allocate(byteCount: max(count, 1), alignment: 64)
        pointer = fresh
        capacity = max(count, 1)
        return fresh
    }

    /// Frees the block.
    func release() {
        pointer?.deallocate()
        pointer = nil
        capacity = 0
    }

    deinit { pointer?.deallocate() }
}
