import Foundation

/// Scanline buffers kept between PNG encodings.
///
/// A 1600 x 1000 chart's scanlines are 4.8 MB. Allocated fresh for every render, glibc hands such a
/// block back to the kernel when it is freed, and the next render takes a page fault (and a page the
/// kernel zeroes) for every 4 KB it writes: about 1,200 faults, 2–5 ms of a map render that is
/// otherwise 25 ms. A few buffers are kept instead, one per render encoding at the same time (up to
/// `maxKept`), which costs that much memory while the process lives.
final class ScanlineBuffers: @unchecked Sendable {
    static let shared = ScanlineBuffers()

    /// How many buffers are kept: one per core of the machines Kresba runs on.
    private let maxKept = 2
    /// Buffers larger than this are not kept (a poster-sized render should not stay in memory).
    private let maxKeptBytes = 64 << 20
    private var kept: [[UInt8]] = []
    private let lock = NSLock()

    /// An empty array, with the capacity of an earlier buffer when one is free.
    func take() -> [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        return kept.popLast() ?? []
    }

    /// Keeps `buffer` for a later encoding, unless enough are kept or it is too large.
    func give(_ buffer: [UInt8]) {
        guard buffer.capacity <= maxKeptBytes else { return }
        lock.lock()
        defer { lock.unlock() }
        if kept.count < maxKept { kept.append(buffer) }
    }
}
