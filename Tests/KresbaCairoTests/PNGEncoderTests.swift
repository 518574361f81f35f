import Foundation
import KresbaScene
import Testing

@testable import KresbaCairo

/// Kresba's own PNG writer against Cairo's: the same pixels, valid files, deterministic bytes.
@Suite struct PNGEncoderTests {
    /// Every writer variant the benchmarks compare, the default first.
    static let writers: [PNGWriter] =
        [.standard] + PNGRowFilter.allCases.map { .libdeflate(level: 6, filter: $0) } + [
            .libdeflate(level: 1, filter: .none), .libdeflate(level: 12, filter: .up),
        ]

    /// A scene with translucent pixels over a transparent background: every un-premultiply case.
    static func translucentScene() throws -> Scene {
        var scene = try Scenes.sampler()
        scene.background = nil
        scene.nodes.append(
            .path(
                PathNode(
                    path: .circle(center: Point(250, 150), radius: 90),
                    fill: .solid(Color(red: 0.2, green: 0.6, blue: 0.9, alpha: 0.37)))))
        return scene
    }

    func encode(_ scene: Scene, scale: Double, _ writer: PNGWriter, dpi: Double? = nil) throws -> [UInt8] {
        let surface = try Fixtures.backend.rasterize(scene, scale: scale)
        return try PNGEncoder.encode(surface, dpi: dpi, writer: writer)
    }

    /// Colour type from IHDR: 2 = RGB, 6 = RGBA.
    func colourType(_ png: [UInt8]) -> UInt8 { png[25] }

    @Test(arguments: [false, true])
    func decodesToTheSamePixelsAsCairosWriter(transparent: Bool) throws {
        let scene = transparent ? try Self.translucentScene() : try Scenes.sampler()
        let reference = try RGBAImage.decodePNG(try encode(scene, scale: 1.5, .cairo))
        for writer in Self.writers {
            let png = try encode(scene, scale: 1.5, writer)
            #expect(try Fixtures.pngcheck(png) != false, "\(writer)")
            #expect(try RGBAImage.decodePNG(png) == reference, "\(writer)")
            #expect(colourType(png) == (transparent ? 6 : 2), "\(writer)")
        }
    }

    @Test func theSamePixelsGiveTheSameBytes() throws {
        let scene = try Self.translucentScene()
        let first = try encode(scene, scale: 2, .standard, dpi: 144)
        let second = try encode(scene, scale: 2, .standard, dpi: 144)
        #expect(first == second)
    }

    @Test func physChunkComesRightAfterTheHeader() throws {
        let png = try encode(Scene(width: 40, height: 30), scale: 1, .standard, dpi: 300)
        #expect(try Fixtures.pngcheck(png) != false)
        let phys = Array(png[33..<(33 + 21)])
        #expect(Array(phys[0..<8]) == [0, 0, 0, 9] + Array("pHYs".utf8))
        #expect(Array(phys[8..<17]) == [0, 0, 0x2E, 0x23, 0, 0, 0x2E, 0x23, 1])
        // Then the image data and the end, nothing else.
        #expect(Array(png[58..<62]) == Array("IDAT".utf8))
        #expect(Array(png.suffix(12)) == [0, 0, 0, 0] + Array("IEND".utf8) + [0xAE, 0x42, 0x60, 0x82])
    }

    @Test func chunkCRCsMatchTheReferenceCRC() throws {
        let png = try encode(Scene(width: 3, height: 2), scale: 1, .standard)
        // IHDR: type and data at 12..<29, CRC at 29..<33.
        let crc = png[29..<33].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        #expect(crc == PNGChunks.crc32(Array(png[12..<29])))
    }

    @Test func fullyTransparentImageKeepsItsAlpha() throws {
        let png = try encode(Scene(width: 20, height: 20, background: nil), scale: 1, .standard)
        #expect(colourType(png) == 6)
        #expect(try RGBAImage.decodePNG(png).pixel(x: 3, y: 3) == .init(red: 0, green: 0, blue: 0, alpha: 0))
    }

    @Test func opaqueChartIsSmallerThanWithCairosWriter() throws {
        let scene = Scenes.textHeavy()
        let ours = try encode(scene, scale: 2, .standard)
        let cairo = try encode(scene, scale: 2, .cairo)
        #expect(ours.count < cairo.count)
    }

    /// Scanlines written over the surface's own pixels are the scanlines a separate buffer gets,
    /// at every width (a one-pixel column included), and an image with transparency or a row
    /// filter never takes that path.
    @Test(arguments: [(1, 3), (2, 1), (3, 4), (7, 2), (333, 17)])
    func scanlinesOverThePixelsMatchABuffer(width: Int, height: Int) throws {
        var scene = Scene(width: Double(width), height: Double(height))
        scene.nodes.append(
            .path(
                PathNode(
                    path: .circle(
                        center: Point(Double(width) / 2, Double(height) / 2), radius: Double(width) / 3),
                    fill: .solid(Color(red: 0.8, green: 0.3, blue: 0.1)))))
        let buffered = try PNGEncoder.encode(
            Fixtures.backend.rasterize(scene, scale: 1), dpi: nil, writer: .standard)
        let overwritten = try PNGEncoder.encode(
            Fixtures.backend.rasterize(scene, scale: 1), dpi: nil, writer: .standard, consumingPixels: true)
        #expect(overwritten == buffered)
        #expect(try PNGScanlines.overwrite(Fixtures.backend.rasterize(scene, scale: 1), filter: .none) != nil)
        #expect(try PNGScanlines.overwrite(Fixtures.backend.rasterize(scene, scale: 1), filter: .up) == nil)
        scene.background = nil
        #expect(try PNGScanlines.overwrite(Fixtures.backend.rasterize(scene, scale: 1), filter: .none) == nil)
    }

    @Test func longImageDataIsSplitIntoSeveralChunks() throws {
        let surface = try Fixtures.backend.rasterize(try Self.translucentScene(), scale: 1)
        let lines = try PNGScanlines(surface, filter: .none)
        let stream = try PNGEncoder.compress(lines.bytes, level: 6)
        let png = PNGFile.assemble(
            width: lines.width, height: lines.height, hasAlpha: lines.hasAlpha, zlibStream: stream, dpi: nil,
            chunkLength: 1000)
        #expect(try Fixtures.pngcheck(png) != false)
        let reference = try PNGEncoder.encode(surface, dpi: nil, writer: .standard)
        #expect(try RGBAImage.decodePNG(png) == RGBAImage.decodePNG(reference))
        #expect(png.count == reference.count + 12 * ((stream.count - 1) / 1000))  // 12 bytes per extra chunk
    }
}
