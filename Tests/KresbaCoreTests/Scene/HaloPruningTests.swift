import KresbaScene
import Testing

/// Halos in the background colour are dropped where nothing painted earlier lies under them, and
/// kept wherever a gridline, a bar or another label does, or where they could be seen.
@Suite struct HaloPruningTests {
    let font = Font(family: "Inter", size: 10)
    let halo = Stroke(color: .white, width: 3, join: .round)

    /// A label "ab" (12 x 10 px with the fixed measurer) whose baseline starts at (x, 50).
    func label(x: Double, rotation: Double = 0, halo: Stroke? = nil) -> Node {
        .text(
            TextNode(
                text: "ab", font: font, color: .black, position: Point(x, 50), rotation: rotation,
                halo: halo ?? self.halo))
    }

    func gridline(x: Double) -> Node {
        .path(PathNode(path: .line(from: Point(x, 0), to: Point(x, 100)), stroke: Stroke(color: .black)))
    }

    func halos(_ scene: Scene) -> [Stroke?] {
        func collect(_ nodes: [Node]) -> [Stroke?] {
            nodes.flatMap { node -> [Stroke?] in
                switch node {
                case .text(let text): [text.halo]
                case .group(let group): collect(group.children)
                default: []
                }
            }
        }
        return collect(scene.nodes)
    }

    func pruned(_ nodes: [Node], background: Color? = .white) throws -> [Stroke?] {
        var scene = Scene(width: 200, height: 100, background: background, nodes: nodes)
        try scene.dropHalosOverBackground(measurer: FixedAdvanceMeasurer())
        return halos(scene)
    }

    @Test func haloOverBareBackgroundIsDropped() throws {
        #expect(try pruned([gridline(x: 150), label(x: 20)]) == [nil])
    }

    @Test func haloOverAGridlineIsKept() throws {
        #expect(try pruned([gridline(x: 25), label(x: 20)]) == [halo])
    }

    @Test func aKeptHaloKnowsWhereItIsNeeded() throws {
        let moved = Node.group(Group(transform: .translation(100, 0), children: [gridline(x: -75)]))
        let inner = Node.group(Group(transform: .translation(10, 0), children: [label(x: 10)]))
        var scene = Scene(width: 200, height: 100, nodes: [moved, inner])
        try scene.dropHalosOverBackground(measurer: FixedAdvanceMeasurer())
        guard case .group(let group) = scene.nodes[1], case .text(let text) = group.children[0] else {
            Issue.record("the label moved")
            return
        }
        // The gridline at scene x 25 (1 px wide, a pixel of antialiasing each side) is at 15 in
        // the label's group; vertically the region is the halo's own extent.
        let regions = try #require(text.haloRegions)
        #expect(regions.count == 1)
        #expect(abs(regions[0].x - 13.5) < 1e-9 && abs(regions[0].width - 3) < 1e-9)
        #expect(regions[0].y < 42 - 2 && regions[0].maxY > 52 + 2)
    }

    @Test func aGridlineJustBesideTheHaloDoesNotKeepIt() throws {
        // The label spans 20...32, its halo and margins about 16.5...35.5; a line at 40 is clear.
        #expect(try pruned([gridline(x: 40), label(x: 20)]) == [nil])
    }

    @Test func onlyWhatIsPaintedBeforeCounts() throws {
        #expect(try pruned([label(x: 20), gridline(x: 25)]) == [nil])
    }

    @Test func anEarlierLabelKeepsTheHaloOfAnOverlappingOne() throws {
        #expect(try pruned([label(x: 20, halo: .some(halo)), label(x: 26)]) == [nil, halo])
    }

    @Test func groupTransformsAreFollowed() throws {
        let moved = Node.group(Group(transform: .translation(100, 0), children: [gridline(x: -75)]))
        #expect(try pruned([moved, label(x: 20)]) == [halo])
        let away = Node.group(Group(transform: .translation(100, 0), children: [gridline(x: 0)]))
        #expect(try pruned([away, label(x: 20)]) == [nil])
    }

    @Test func rotatedLabelsUseTheirRotatedBox() throws {
        // Turned by -90 degrees the label runs upwards from (20, 50): about 18...22 wide.
        let line = Node.path(
            PathNode(path: .line(from: Point(0, 45), to: Point(200, 45)), stroke: Stroke(color: .black)))
        #expect(try pruned([line, label(x: 20, rotation: -90)]) == [halo])
        let below = Node.path(
            PathNode(path: .line(from: Point(0, 60), to: Point(200, 60)), stroke: Stroke(color: .black)))
        #expect(try pruned([below, label(x: 20, rotation: -90)]) == [nil])
    }

    @Test func visibleHalosStay() throws {
        // Over a transparent background, or in another colour than the background, a halo shows.
        #expect(try pruned([label(x: 20)], background: nil) == [halo])
        let grey = Stroke(color: Color(rgb: 0xDDDDDD), width: 3)
        #expect(try pruned([label(x: 20, halo: grey)]) == [grey])
    }
}
