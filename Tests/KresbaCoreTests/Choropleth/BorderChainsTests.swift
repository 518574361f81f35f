import Foundation
import KresbaScene
import Testing

@testable import KresbaCore

/// Borders derived from GeoJSON: counted by quantized end points, then joined into lines that follow
/// the rings and run straight on where edges are exactly in line.
@Suite struct BorderChainsTests {
    /// A FeatureCollection of unit squares at the given (column, row) cells, counter-clockwise.
    private func squares(_ cells: [(Int, Int)]) throws -> GeoLayer {
        let features = cells.map { (i, j) in
            let ring = [(i, j), (i + 1, j), (i + 1, j + 1), (i, j + 1), (i, j)].map { "[\($0.0),\($0.1)]" }
            return
                #"{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[\#(ring.joined(separator: ","))]]}}"#
        }
        let text = #"{"type":"FeatureCollection","features":[\#(features.joined(separator: ","))]}"#
        return try GeoReader.read(Array(text.utf8), sourceName: "grid.geojson")
    }

    @Test func aGridsBordersRunStraightAcross() throws {
        // 3 x 2 cells: inner borders are two vertical lines two edges long and one horizontal line
        // three edges long, each one line, not a line per cell, and with no point where it runs
        // straight on.
        let layer = try squares([(0, 0), (1, 0), (2, 0), (0, 1), (1, 1), (2, 1)])
        let (inner, outer) = MapGeometry.derivedMesh(layer) { Point($0.x, $0.y) }
        let sorted = inner.map { line in
            line.first!.x + line.first!.y > line.last!.x + line.last!.y ? line.reversed() : line
        }
        #expect(
            Set(sorted.map { $0.map { "\(Int($0.x)),\(Int($0.y))" }.joined(separator: " ") })
                == ["1,0 1,2", "2,0 2,2", "0,1 3,1"])
        // The outline: every edge of one cell only, each once, straight runs as one segment: the
        // rectangle's four sides.
        #expect(outer.reduce(0) { $0 + $1.count - 1 } == 4)
        #expect(Set(outer.joined().map { "\(Int($0.x)),\(Int($0.y))" }) == ["0,0", "3,0", "3,2", "0,2"])
    }

    @Test func onlyPointsWhereALineGoesExactlyStraightOnAreDropped() {
        let line = [
            Point(0, 0), Point(1, 0), Point(2, 0),  // straight on: (1, 0) goes; a turn at (2, 0)
            Point(2, 1),  // turning back: stays
            Point(2, 0.5), Point(2, 0.25),  // straight on down: (2, 0.5) goes
            Point(2.0000001, 0),  // nearly straight: (2, 0.25) stays
        ]
        #expect(
            BorderChains.droppingStraightPoints(line) == [
                Point(0, 0), Point(2, 0), Point(2, 1), Point(2, 0.25), Point(2.0000001, 0),
            ])
        #expect(
            BorderChains.droppingStraightPoints([Point(0, 0), Point(1, 1)]) == [Point(0, 0), Point(1, 1)])
    }

    @Test func boundariesKeepTheirRingOrderWhereNothingIsInLine() {
        // Two edges of a ring meeting at an angle stay one line; a third edge read later that starts
        // elsewhere starts its own line.
        let p = [Point(0, 0), Point(1, 0.5), Point(2, 0), Point(5, 5)]
        let edges = [
            BorderChains.Edge(from: 0, to: 1, a: p[0], b: p[1]),
            BorderChains.Edge(from: 1, to: 2, a: p[1], b: p[2]),
            BorderChains.Edge(from: 3, to: 0, a: p[3], b: p[0]),
        ]
        #expect(BorderChains.lines(edges, vertexCount: 4) == [[p[0], p[1], p[2]], [p[3], p[0]]])
    }

    @Test func edgesAreCountedEitherDirectionAlike() {
        var counter = EdgeCounter(positions: 1)
        let ids = (0..<40).map {
            counter.id(of: EdgeCounter.Vertex(x: Int64($0) * 47_000_003, y: 1_000 - Int64($0)))
        }
        #expect(ids == Array(0..<40))
        #expect(counter.id(of: EdgeCounter.Vertex(x: 3 * 47_000_003, y: 997)) == 3)
        #expect(counter.id(of: .nonFinite) == 40)
        #expect(counter.id(of: EdgeCounter.Vertex(x: (1 << 31) - 1, y: 0)) == 41)
        for k in 0..<39 { #expect(counter.add(ids[k], ids[k + 1]) == (k, true)) }
        #expect(counter.add(ids[5], ids[4]) == (4, false))
        #expect(counter.count(of: 4) == 2)
        #expect(counter.count(of: 5) == 1)
        #expect(counter.vertexCount == 42)
    }
}
