import Foundation
import KresbaCairo

/// The text measurers and raster memory that renders reuse, so that a render does not build a
/// Pango font map, resolve its fonts, shape lines it shaped before and map fresh pixel memory
/// every time.
///
/// A render takes one set, uses it on its own thread, and gives it back; two renders never hold
/// the same set, so renders on many threads stay independent and nothing in a set needs to be
/// thread-safe. A set is made when none is idle, and at most ``idleLimit`` are kept. Reuse does
/// not change output: glyph caches and memory only make the same drawing cheaper (the Gallery
/// tests render with a shared renderer and compare with fresh ones).
final class RenderResourcePool: @unchecked Sendable {
    // @unchecked: `idle` is only touched under `lock`, and a set taken out of it belongs to one
    // render until it is given back.

    /// What one render needs that is worth keeping.
    struct Resources {
        /// Font map, Pango context and resolved font descriptions; lays out and draws.
        let measurer: PangoTextMeasurer
        /// Pixels, scanlines, compressed stream and compressor of PNG renders.
        let buffers: RasterBuffers
    }

    private let fonts: FontLibrary
    private let lock = NSLock()
    private var idle: [Resources] = []
    /// Sets kept for later renders; more renders at once than this make and drop their own.
    let idleLimit: Int

    init(fonts: FontLibrary, idleLimit: Int = max(2, ProcessInfo.processInfo.activeProcessorCount)) {
        self.fonts = fonts
        self.idleLimit = idleLimit
    }

    /// Runs `body` with a set of resources no other render is using.
    func withResources<T>(_ body: (Resources) throws -> T) throws -> T {
        let resources = try take()
        defer { giveBack(resources) }
        return try body(resources)
    }

    private func take() throws -> Resources {
        lock.lock()
        let kept = idle.popLast()
        lock.unlock()
        // Fonts, measured lines (bounded) and memory carry over: a portal's charts share most of
        // their words (region names, tick labels, titles), and Pango shapes a line the same way
        // every time.
        if let kept { return kept }
        return Resources(measurer: try PangoTextMeasurer(fonts: fonts), buffers: RasterBuffers())
    }

    private func giveBack(_ resources: Resources) {
        resources.buffers.trim()
        lock.lock()
        defer { lock.unlock() }
        if idle.count < idleLimit { idle.append(resources) }
    }
}
