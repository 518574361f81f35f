import KresbaScene

extension TextBlock {
    /// One text node per line, with the block's top at `top`, aligned on `x` by `anchor`.
    func nodes(x: Double, top: Double, anchor: TextAnchor, color: Color, halo: Stroke? = nil) -> [Node] {
        lines.indices.map { i in
            .text(
                TextNode(
                    text: lines[i], font: font, color: color, position: Point(x, top + baseline(ofLine: i)),
                    anchor: anchor, halo: halo))
        }
    }
}
