/// A finished drawing: what layout produces and what every backend (PNG, SVG, PDF) consumes.
///
/// The scene is plain Swift values, so a chart's layout can be built and compared in tests
/// without Cairo. Coordinates are CSS pixels (1/96 in) with the origin at the top left and y
/// pointing down; backends scale them (PNG by `scale`, PDF to points).
public struct Scene: Sendable, Equatable {
    /// Width of the drawing in CSS pixels.
    public var width: Double
    /// Height of the drawing in CSS pixels.
    public var height: Double
    /// Background fill; `nil` leaves the canvas transparent.
    public var background: Color?
    /// The drawing's content, painted in order (later nodes on top).
    public var nodes: [Node]
    /// Document metadata: title, alt text, language, author.
    public var metadata: SceneMetadata

    /// Creates a scene.
    public init(
        width: Double, height: Double, background: Color? = .white, nodes: [Node] = [],
        metadata: SceneMetadata = SceneMetadata()
    ) {
        self.width = width
        self.height = height
        self.background = background
        self.nodes = nodes
        self.metadata = metadata
    }
}

/// What a document says about itself: SVG `<title>`/`<desc>`, PDF title/author/subject.
public struct SceneMetadata: Sendable, Equatable {
    /// The chart's title, plain text.
    public var title: String
    /// The alt text: what the chart shows, for readers who cannot see it.
    public var description: String
    /// BCP 47 language tag of the text, e.g. "cs".
    public var language: String
    /// Author or publisher, for PDF metadata.
    public var author: String

    /// Creates metadata.
    public init(title: String = "", description: String = "", language: String = "cs", author: String = "") {
        self.title = title
        self.description = description
        self.language = language
        self.author = author
    }
}
