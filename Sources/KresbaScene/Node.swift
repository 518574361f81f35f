/// One drawing primitive. The set is closed, so every backend handles every case.
public enum Node: Sendable, Equatable {
    /// Children drawn with a shared transform, clip and opacity.
    case group(Group)
    /// A filled and/or stroked outline.
    case path(PathNode)
    /// Many filled shapes, each on its own, from one buffer of points (a map's regions).
    case shapes(ShapeSet)
    /// One line of text, shaped by the backend with the named font.
    case text(TextNode)
    /// An embedded raster image.
    case image(ImageNode)
}

/// Children drawn together under one transform, clip and opacity.
public struct Group: Sendable, Equatable {
    /// Transform from the children's coordinates to the parent's.
    public var transform: AffineTransform
    /// If set, children are clipped to this rectangle (in the children's coordinates).
    public var clip: Rect?
    /// Opacity from 0 (invisible) to 1 applied to the group as a whole.
    public var opacity: Double
    /// The children, painted in order.
    public var children: [Node]
    /// A stable, human-readable name (e.g. "bars", "y-axis"); backends may emit it as an id or class.
    public var role: String?

    /// Creates a group.
    public init(
        transform: AffineTransform = .identity, clip: Rect? = nil, opacity: Double = 1,
        children: [Node] = [], role: String? = nil
    ) {
        self.transform = transform
        self.clip = clip
        self.opacity = opacity
        self.children = children
        self.role = role
    }
}

/// An outline with an optional fill and an optional stroke (fill is painted first).
public struct PathNode: Sendable, Equatable {
    /// The outline.
    public var path: Path
    /// The fill, or `nil` for none.
    public var fill: Paint?
    /// The stroke, or `nil` for none.
    public var stroke: Stroke?

    /// Creates a path node.
    public init(path: Path, fill: Paint? = nil, stroke: Stroke? = nil) {
        self.path = path
        self.fill = fill
        self.stroke = stroke
    }
}

/// A single line of text. Layout (in Core) wraps text into lines with a ``TextMeasurer``,
/// so every line the backend draws has been measured with the same fonts.
public struct TextNode: Sendable, Equatable {
    /// The text of the line; never contains a newline.
    public var text: String
    /// The font to shape it with.
    public var font: Font
    /// The text colour.
    public var color: Color
    /// The anchor point: `x` is where the `anchor` edge sits, `y` is the baseline.
    public var position: Point
    /// Which horizontal edge of the line sits at `position.x`.
    public var anchor: TextAnchor
    /// Rotation in degrees, clockwise, around `position` (e.g. -90 for a vertical axis title).
    public var rotation: Double
    /// An optional outline drawn behind the glyphs (e.g. a halo for labels on a coloured fill).
    public var halo: Stroke?
    /// Where the halo matters, in the text's parent coordinates; `nil` for everywhere. Set by
    /// ``Scene/dropHalosOverBackground(measurer:)`` to the places where something lies under the
    /// label, so that raster backends stroke the glyph outlines only there.
    public var haloRegions: [Rect]?

    /// Creates a text node.
    public init(
        text: String, font: Font, color: Color, position: Point, anchor: TextAnchor = .start,
        rotation: Double = 0, halo: Stroke? = nil
    ) {
        self.text = text
        self.font = font
        self.color = color
        self.position = position
        self.anchor = anchor
        self.rotation = rotation
        self.halo = halo
    }
}

extension TextNode {
    /// From the line's own coordinates (baseline start at the origin, before the anchor's shift)
    /// to its parent's: moved to `position`, turned by `rotation`.
    public var placement: AffineTransform {
        AffineTransform.translation(position.x, position.y).concatenating(.rotation(degrees: rotation))
    }
}

/// Horizontal alignment of a text line relative to its anchor point.
public enum TextAnchor: String, Sendable, Equatable {
    /// The line starts at the anchor.
    case start
    /// The line is centred on the anchor.
    case middle
    /// The line ends at the anchor.
    case end
}

/// A PNG image placed in a rectangle.
public struct ImageNode: Sendable, Equatable {
    /// The encoded PNG bytes.
    public var png: [UInt8]
    /// Where the image is drawn; it is scaled to fill the rectangle.
    public var frame: Rect

    /// Creates an image node.
    public init(png: [UInt8], frame: Rect) {
        self.png = png
        self.frame = frame
    }
}
