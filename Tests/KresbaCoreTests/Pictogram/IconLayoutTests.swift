import KresbaScene
import Testing

@testable import KresbaCore

/// Grid fill orders from every corner, icon sizes that fill a box without leaving it, partial
/// icons clipped in the fill direction, and labels that never overlap.
@Suite struct IconLayoutTests {
    private func cells(_ order: GridOrder, _ start: GridCorner) -> [[Int]] {
        let grid = IconGridOrder(columns: 3, rows: 2, order: order, start: start)
        var result = Array(repeating: Array(repeating: -1, count: 3), count: 2)
        for i in 0..<6 {
            let (row, column) = grid.cell(i)
            result[row][column] = i
        }
        return result
    }

    @Test func fillByRowsFromEveryCorner() {
        #expect(cells(.rows, .topLeft) == [[0, 1, 2], [3, 4, 5]])
        #expect(cells(.rows, .topRight) == [[2, 1, 0], [5, 4, 3]])
        #expect(cells(.rows, .bottomLeft) == [[3, 4, 5], [0, 1, 2]])
        #expect(cells(.rows, .bottomRight) == [[5, 4, 3], [2, 1, 0]])
    }

    @Test func fillByColumnsFromEveryCorner() {
        #expect(cells(.columns, .topLeft) == [[0, 2, 4], [1, 3, 5]])
        #expect(cells(.columns, .topRight) == [[4, 2, 0], [5, 3, 1]])
        #expect(cells(.columns, .bottomLeft) == [[1, 3, 5], [0, 2, 4]])
        #expect(cells(.columns, .bottomRight) == [[5, 3, 1], [4, 2, 0]])
    }

    @Test func partialIconsFillInTheDirectionOfCounting() {
        func direction(_ order: GridOrder, _ start: GridCorner) -> FillDirection {
            IconGridOrder(columns: 2, rows: 2, order: order, start: start).fillDirection
        }
        #expect(direction(.rows, .topLeft) == .right)
        #expect(direction(.rows, .bottomRight) == .left)
        #expect(direction(.columns, .topRight) == .down)
        #expect(direction(.columns, .bottomLeft) == .up)
    }

    @Test func gridIconsFillTheBoxAndNeverLeaveIt() {
        var random = IconAllocationTests.Generator(state: 3)
        for _ in 0..<1000 {
            let columns = 1 + Int(random.next() * 30)
            let rows = 1 + Int(random.next() * 30)
            let aspect = 0.3 + random.next() * 1.5
            let spacing = random.next() * 0.6
            let width = 50 + random.next() * 900
            let height = 50 + random.next() * 900
            let h = IconFit.iconHeight(
                columns: columns, rows: rows, aspect: aspect, spacing: spacing, width: width, height: height)
            let usedWidth = IconFit.rowWidth(count: columns, height: h, aspect: aspect, spacing: spacing)
            let usedHeight = Double(rows) * h + Double(rows - 1) * h * spacing
            #expect(usedWidth <= width + 1e-9 && usedHeight <= height + 1e-9)
            // One side is used in full: the icons are as large as the box allows.
            #expect(abs(usedWidth - width) < 1e-6 || abs(usedHeight - height) < 1e-6)
        }
    }

    @Test func rowIconsLeaveRoomForTheirValueLabels() {
        let h = RowsPictogram.iconHeight(
            counts: [15, 8, 2], valueWidths: [60, 40, 40], width: 600, aspect: 0.5, spacing: 0.15,
            maximum: 100)
        #expect(IconFit.rowWidth(count: 15, height: h, aspect: 0.5, spacing: 0.15) + 8 + 60 <= 600 + 1e-9)
        #expect(abs(IconFit.rowWidth(count: 15, height: h, aspect: 0.5, spacing: 0.15) + 8 + 60 - 600) < 1e-9)
        // Short rows are limited by the band's maximum instead.
        #expect(
            RowsPictogram.iconHeight(
                counts: [2], valueWidths: [0], width: 600, aspect: 0.5, spacing: 0.15, maximum: 40) == 40)
    }

    @Test func smallMultiplesChooseTheColumnsThatMakeIconsLargest() {
        // Ten narrow icons in a wide box: all in one row.
        let wide = SinglePictogram.panels(count: 10, width: 1000, height: 200, aspect: 0.5) { _ in 20 }
        #expect(wide.columns == 10)
        // Ten icons in a tall box: fewer columns.
        let tall = SinglePictogram.panels(count: 10, width: 300, height: 1000, aspect: 1) { _ in 20 }
        #expect(tall.columns < 5)
        #expect(tall.iconHeight > 0)
    }

    @Test func directLabelsNeverOverlapAndStayInside() {
        let heights = [30.0, 30, 30, 30]
        // All want the same place: they stack, then move up to stay above the bottom.
        let tops = DirectLabels.tops(
            heights: heights, centres: [90, 90, 90, 90], top: 0, bottom: 150, gap: 10)
        for (a, b) in zip(tops, tops.dropFirst()) { #expect(b >= a + 30 + 10 - 1e-9) }
        #expect((tops.last ?? 0) + 30 <= 150 + 1e-9)
        #expect((tops.first ?? -1) >= 0)
        // Far apart, they sit centred on their wanted places.
        #expect(
            DirectLabels.tops(heights: [20, 20], centres: [20, 100], top: 0, bottom: 200, gap: 10) == [
                10, 90,
            ])
        // Without wanted places they follow each other from the top.
        #expect(
            DirectLabels.tops(heights: [20, 20], centres: [nil, nil], top: 5, bottom: 200, gap: 10) == [
                5, 35,
            ])
    }

    @Test func partialClipCoversExactlyTheFraction() {
        let box = Rect(x: 0, y: 0, width: 10, height: 24)
        let right = IconDrawing.clip(box, upTo: 0.4, .right)
        #expect(abs(right.maxX - 4) < 1e-9 && right.x < 0 && right.y < 0 && right.maxY > 24)
        let left = IconDrawing.clip(box, upTo: 0.25, .left)
        #expect(left.x == 7.5 && left.maxX > 10)
        let up = IconDrawing.clip(box, upTo: 0.5, .up)
        #expect(up.y == 12 && up.maxY > 24)
        let down = IconDrawing.clip(box, upTo: 0.25, .down)
        #expect(abs(down.maxY - 6) < 1e-9 && down.y < 0)
    }

    @Test func iconNodesPaintTheLastPieceWholeAndClipTheOthers() throws {
        let icon = try #require(BuiltInIcons.named("person"))
        let pieces = [
            IconPiece(category: 0, start: 0, end: 0.3), IconPiece(category: 1, start: 0.3, end: 0.6),
            IconPiece(category: nil, start: 0.6, end: 1),
        ]
        let red = Color(rgb: 0xFF0000)
        let blue = Color(rgb: 0x0000FF)
        let grey = Color(rgb: 0xCCCCCC)
        let node = IconDrawing.node(
            icon, origin: Point(100, 50), height: 48, pieces: pieces, colors: [red, blue], empty: grey,
            direction: .right)
        guard case .group(let group)? = node else {
            Issue.record("expected a group")
            return
        }
        // The view box (0 0 10 24) is scaled by 2 and moved to (100, 50).
        #expect(group.transform == AffineTransform(a: 2, b: 0, c: 0, d: 2, tx: 100, ty: 50))
        #expect(group.children.count == 3)
        guard case .path(let empty) = group.children[0], case .group(let second) = group.children[1],
            case .group(let first) = group.children[2]
        else {
            Issue.record("unexpected children \(group.children)")
            return
        }
        #expect(empty.fill == .solid(grey))
        #expect(abs((second.clip?.maxX ?? 0) - 6) < 1e-9)
        #expect(abs((first.clip?.maxX ?? 0) - 3) < 1e-9)
        // Without an empty colour the unfilled part is left out and the last piece is clipped.
        let bare = IconDrawing.node(
            icon, origin: Point(0, 0), height: 24, pieces: Array(pieces.prefix(1)) + [pieces[2]],
            colors: [red],
            empty: nil, direction: .right)
        guard case .group(let g)? = bare, case .group(let only) = g.children.first else {
            Issue.record("expected one clipped piece")
            return
        }
        #expect(g.children.count == 1 && abs((only.clip?.maxX ?? 0) - 3) < 1e-9)
    }
}
