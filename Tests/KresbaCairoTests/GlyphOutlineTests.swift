import CPangoCairo
import KresbaScene
import Testing

@testable import KresbaCairo

/// The glyph outlines a halo strokes: all of them exactly as Pango paths the layout, or only
/// those near the regions where the halo matters.
@Suite struct GlyphOutlineTests {
    let measurer: PangoTextMeasurer

    init() throws {
        measurer = try PangoTextMeasurer(fonts: try Fixtures.library)
    }

    /// The path that `build` leaves on a fresh context, as (element type, points) pairs.
    func path(_ build: (OpaquePointer) -> Void) throws -> [[Double]] {
        let surface = try CairoSurface(
            cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 10, 10), "test surface")
        let context = try CairoContext(surface: surface)
        build(context.raw)
        return elements(of: context.raw)
    }

    /// The current path without the moves that draw nothing (one followed by another move, or
    /// last): Cairo adds one after every closed subpath, and Pango moves back to the origin.
    func elements(of cr: OpaquePointer) -> [[Double]] {
        guard let copied = cairo_copy_path(cr) else { return [] }
        defer { cairo_path_destroy(copied) }
        var elements: [[Double]] = []
        var index = 0
        while index < Int(copied.pointee.num_data) {
            let header = copied.pointee.data[index].header
            var element = [Double(header.type.rawValue)]
            for point in 1..<Int(header.length) {
                element += [
                    copied.pointee.data[index + point].point.x, copied.pointee.data[index + point].point.y,
                ]
            }
            elements.append(element)
            index += Int(header.length)
        }
        let move = Double(CAIRO_PATH_MOVE_TO.rawValue)
        return elements.indices.filter { i in
            elements[i][0] != move || (i + 1 < elements.count && elements[i + 1][0] != move)
        }.map { elements[$0] }
    }

    @Test func allGlyphsGiveThePathPangoGives() throws {
        let line = try measurer.shape("Příliš žluťoučký kůň 1 234,5", font: Fixtures.inter(16))
        let pango = try path { cr in
            cairo_move_to(cr, 3, 4)
            pango_cairo_layout_path(cr, line.layout)
        }
        let ours = try path { cr in
            #expect(line.appendGlyphOutlines(to: cr, origin: (3, 4), reach: 0, within: nil))
        }
        #expect(!ours.isEmpty)
        #expect(ours.count == pango.count)
        let largest = zip(ours, pango).flatMap { zip($0, $1).map { abs($0 - $1) } }.max() ?? .infinity
        #expect(largest < 1e-6, "the paths differ by up to \(largest)")
    }

    @Test func regionsSelectTheGlyphsNearThem() throws {
        let line = try measurer.shape("8888", font: Fixtures.inter(20))
        let width = line.metrics.width
        func subpaths(_ regions: [Rect]?) throws -> Int {
            try path { cr in
                #expect(line.appendGlyphOutlines(to: cr, origin: (0, 0), reach: 1, within: regions))
            }.filter { $0[0] == Double(CAIRO_PATH_MOVE_TO.rawValue) }.count
        }
        let all = try subpaths(nil)
        #expect(all > 0 && all % 4 == 0, "\(all) contours")  // four identical glyphs
        // A thin region over the first glyph only, one beyond the line, one over the whole line.
        #expect(try subpaths([Rect(x: width / 8, y: 0, width: 0.5, height: 30)]) == all / 4)
        #expect(try subpaths([Rect(x: width + 10, y: 0, width: 5, height: 30)]) == 0)
        #expect(try subpaths([Rect(x: 0, y: 0, width: width, height: 30)]) == all)
    }
}
