/// A chart's width and height in CSS pixels (1/96 in), replacing the spec's `size` for one render.
public struct RenderSize: Sendable, Equatable, Hashable {
    public var width: Double
    public var height: Double

    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }
}
