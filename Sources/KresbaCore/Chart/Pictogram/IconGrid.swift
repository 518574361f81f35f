import KresbaScene

/// The direction a partly filled icon fills in: the direction the icons are counted in, so a
/// fraction continues where the whole icons before it left off.
package enum FillDirection: Sendable, Equatable {
    case right, left, down, up
}

/// Where the icons of a grid go, in the order they are filled.
package struct IconGridOrder: Sendable, Equatable {
    /// Icons across.
    package var columns: Int
    /// Icons down.
    package var rows: Int
    /// By rows or by columns.
    package var order: GridOrder
    /// The corner of the first icon.
    package var start: GridCorner

    /// Creates the order of a grid.
    package init(columns: Int, rows: Int, order: GridOrder, start: GridCorner) {
        self.columns = columns
        self.rows = rows
        self.order = order
        self.start = start
    }

    private var fromRight: Bool { start == .topRight || start == .bottomRight }
    private var fromBottom: Bool { start == .bottomLeft || start == .bottomRight }

    /// The row (0 at the top) and column (0 at the left) of the icon filled `index`-th.
    package func cell(_ index: Int) -> (row: Int, column: Int) {
        var (row, column) =
            order == .rows ? (index / columns, index % columns) : (index % rows, index / rows)
        if fromRight { column = columns - 1 - column }
        if fromBottom { row = rows - 1 - row }
        return (row, column)
    }

    /// The direction a partial icon fills in.
    package var fillDirection: FillDirection {
        switch order {
        case .rows: fromRight ? .left : .right
        case .columns: fromBottom ? .up : .down
        }
    }
}

/// Sizes icons to fill a box.
package enum IconFit {
    /// The largest icon height at which `columns` x `rows` icons, each `aspect` times as wide as
    /// tall with gaps of `spacing` times the height between them, fit in `width` x `height`.
    package static func iconHeight(
        columns: Int, rows: Int, aspect: Double, spacing: Double, width: Double, height: Double
    ) -> Double {
        let c = Double(max(1, columns))
        let r = Double(max(1, rows))
        let across = c * aspect + (c - 1) * spacing
        let down = r + (r - 1) * spacing
        return max(0, min(width / across, height / down))
    }

    /// The width of `count` icons in a row with their gaps.
    package static func rowWidth(count: Int, height: Double, aspect: Double, spacing: Double) -> Double {
        count <= 0 ? 0 : Double(count) * height * aspect + Double(count - 1) * height * spacing
    }
}

/// Scene nodes for icons, partly filled by clipping: an icon's pieces are drawn from the last to
/// the first, each clipped from the icon's start to the piece's end, so every piece shows only
/// its own part and the outline stays one vector path (no raster, no cut-up geometry).
package enum IconDrawing {
    /// The node of one icon whose view box is scaled to `height` with its top-left corner at
    /// `origin`, or `nil` when nothing of it is visible.
    /// - Parameters:
    ///   - colors: the colour of each category.
    ///   - empty: the colour of the unfilled remainder; `nil` leaves it out.
    package static func node(
        _ icon: Icon, origin: Point, height: Double, pieces: [IconPiece], colors: [Color], empty: Color?,
        direction: FillDirection
    ) -> Node? {
        let box = icon.viewBox
        let scale = height / box.height
        let visible = pieces.filter { $0.category != nil || empty != nil }
        guard !visible.isEmpty else { return nil }
        var children: [Node] = []
        for (i, piece) in visible.enumerated().reversed() {
            let color = piece.category.map { colors[$0 % max(1, colors.count)] } ?? empty ?? .black
            let fill = PathNode(path: icon.path, fill: .solid(color))
            // The last piece reaching the end needs no clip: the earlier ones cover it.
            if i == visible.count - 1 && piece.end >= 1 - IconAllocation.tolerance {
                children.append(.path(fill))
            } else {
                children.append(
                    .group(Group(clip: clip(box, upTo: piece.end, direction), children: [.path(fill)])))
            }
        }
        let transform = AffineTransform(
            a: scale, b: 0, c: 0, d: scale, tx: origin.x - box.x * scale, ty: origin.y - box.y * scale)
        return .group(Group(transform: transform, children: children))
    }

    /// The part of the view box from the fill's start to `fraction`, reaching well past the box
    /// elsewhere so that ink drawn outside the view box is not cut off.
    package static func clip(_ box: Rect, upTo fraction: Double, _ direction: FillDirection) -> Rect {
        let marginX = box.width
        let marginY = box.height
        switch direction {
        case .right:
            return Rect(
                x: box.x - marginX, y: box.y - marginY, width: marginX + fraction * box.width,
                height: box.height + 2 * marginY)
        case .left:
            let x = box.maxX - fraction * box.width
            return Rect(
                x: x, y: box.y - marginY, width: box.maxX + marginX - x, height: box.height + 2 * marginY)
        case .down:
            return Rect(
                x: box.x - marginX, y: box.y - marginY, width: box.width + 2 * marginX,
                height: marginY + fraction * box.height)
        case .up:
            let y = box.maxY - fraction * box.height
            return Rect(
                x: box.x - marginX, y: y, width: box.width + 2 * marginX, height: box.maxY + marginY - y)
        }
    }
}
