/// The result of one render.
public struct Rendering: Sendable {
    /// The encoded file (PNG, SVG or PDF bytes).
    public var bytes: [UInt8]
    /// Survivable problems: something in the spec was ignored or adjusted.
    public var warnings: [Diagnostic]
    /// The chart's alt text (the spec's `description`, or one generated from the data).
    public var altText: String
    /// The chart's title.
    public var title: String
    /// The local files the render read besides the spec (data, catalogs, lookup tables,
    /// geometry), as resolved absolute paths in the order first read.
    public var inputFiles: [String] = []
    /// The URLs the render fetched (through the download cache).
    public var inputURLs: [String] = []
}
