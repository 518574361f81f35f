import Foundation

/// Drops text halos that would be painted over nothing but the scene's background.
///
/// A halo is an outline behind a label in the background colour, there so that a gridline, a bar
/// or a reference line running under the label does not hurt its legibility. Over bare background
/// it paints the background colour onto itself and changes nothing a reader can see, yet stroking
/// glyph outlines is the most expensive thing a chart draws (a quarter of the bar chart's render
/// before this pass). So a halo is kept only when its box meets something painted before it.
///
/// A halo that is kept is given the regions where it meets earlier paint (``TextNode/haloRegions``),
/// and raster backends stroke it only there; elsewhere it would paint background on background.
///
/// Boxes are generous (control points of curves, strokes with miter room, a pixel of antialiasing,
/// a tenth of the font size around text for accents and overhangs): in doubt the halo stays.
extension Scene {
    /// Removes every halo in the background colour that nothing painted earlier lies under.
    /// - Parameter measurer: measures text exactly as the scene was laid out.
    public mutating func dropHalosOverBackground(measurer: any TextMeasurer) throws {
        guard let background, background.alpha == 1, nodes.contains(where: \.hasHalo) else { return }
        var pruner = HaloPruner(background: background, measurer: measurer)
        nodes = try pruner.visit(nodes, transform: .identity)
    }
}

extension Node {
    /// Whether this node or one inside it is text with a halo (a map of 6,000 regions and no
    /// labels then skips the pass).
    fileprivate var hasHalo: Bool {
        switch self {
        case .text(let text): text.halo != nil
        case .group(let group): group.children.contains(where: \.hasHalo)
        case .path, .shapes, .image: false
        }
    }
}

private struct HaloPruner {
    let background: Color
    let measurer: any TextMeasurer
    /// Scene-space boxes of everything painted so far.
    var painted: [Rect] = []

    mutating func visit(_ nodes: [Node], transform: AffineTransform) throws -> [Node] {
        // Boxes are kept in scene space; regions handed back to a text node are in its parent's.
        let inverse = transform.inverted()
        var result = nodes
        for index in result.indices {
            switch result[index] {
            case .group(var group):
                let inner = transform.concatenating(group.transform)
                group.children = try visit(group.children, transform: inner)
                result[index] = .group(group)
            case .path(let path):
                if let box = Self.bounds(of: path) { painted.append(box.transformed(by: transform)) }
            case .shapes(let shapes):
                for shape in 0..<shapes.count {
                    if let box = shapes.bounds(of: shape) { painted.append(box.transformed(by: transform)) }
                }
            case .image(let image):
                painted.append(image.frame.transformed(by: transform))
            case .text(var text):
                let box = try textBox(text).transformed(by: transform)
                guard let halo = text.halo else {
                    painted.append(box)
                    continue
                }
                let haloBox = box.insetBy(-halo.width / 2)
                if halo.color == background {
                    let under = painted.filter { $0.intersects(haloBox) }
                    if under.isEmpty {
                        text.halo = nil
                    } else if let inverse {
                        text.haloRegions = under.compactMap {
                            $0.intersection(haloBox)?.transformed(by: inverse)
                        }
                    }
                    result[index] = .text(text)
                }
                painted.append(text.halo == nil ? box : haloBox)
            }
        }
        return result
    }

    /// The text's box in its parent's coordinates, rotation included, with room for ink that
    /// leaves the logical box.
    private func textBox(_ text: TextNode) throws -> Rect {
        let metrics = try measurer.measure(text.text, font: text.font)
        let start: Double
        switch text.anchor {
        case .start: start = 0
        case .middle: start = -metrics.width / 2
        case .end: start = -metrics.width
        }
        let margin = 1 + text.font.size / 10
        let local = Rect(
            x: start - margin, y: -metrics.ascent - margin, width: metrics.width + 2 * margin,
            height: metrics.ascent + metrics.descent + 2 * margin)
        return local.transformed(by: text.placement)
    }

    /// The box of a path's points and control points, widened by its stroke.
    private static func bounds(of node: PathNode) -> Rect? {
        guard node.fill != nil || node.stroke != nil else { return nil }
        var points: [Point] = []
        points.reserveCapacity(node.path.elements.count)
        for element in node.path.elements {
            switch element {
            case .move(let p), .line(let p): points.append(p)
            case .curve(let a, let b, let c): points += [a, b, c]
            case .close: break
            }
        }
        guard let box = Rect(bounding: points) else { return nil }
        // Half the width beyond a straight segment (a gridline), more where caps and joins reach:
        // miter joins up to Cairo's miter limit, 10 widths. One pixel more for antialiasing.
        let reach =
            node.stroke.map { stroke in
                if points.count == 2 { return stroke.width * (stroke.cap == .square ? 0.75 : 0.5) }
                return stroke.width * (stroke.join == .miter ? 5 : 1)
            } ?? 0
        return box.insetBy(-reach - 1)
    }
}

extension Rect {
    /// The rectangle grown (negative `amount`) or shrunk on every side.
    fileprivate func insetBy(_ amount: Double) -> Rect {
        Rect(x: x + amount, y: y + amount, width: width - 2 * amount, height: height - 2 * amount)
    }
}
