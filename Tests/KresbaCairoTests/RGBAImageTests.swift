import Foundation
import KresbaScene
import Testing

@testable import KresbaCairo

@Suite struct RGBAImageTests {
    typealias Pixel = RGBAImage.Pixel

    @Test func opaqueImagesRoundTripExactly() throws {
        var image = RGBAImage(width: 7, height: 3, fill: Pixel(red: 10, green: 20, blue: 30))
        for x in 0..<7 {
            image.setPixel(x: x, y: 1, Pixel(red: UInt8(x * 36), green: 255, blue: UInt8(255 - x * 30)))
        }
        let decoded = try RGBAImage.decodePNG(try image.encodePNG())
        #expect(decoded == image)
    }

    @Test func translucentPixelsRoundTripWithinPremultiplicationError() throws {
        var image = RGBAImage(width: 4, height: 1, fill: Pixel(red: 0, green: 0, blue: 0, alpha: 0))
        image.setPixel(x: 0, y: 0, Pixel(red: 200, green: 100, blue: 50, alpha: 128))
        image.setPixel(x: 1, y: 0, Pixel(red: 13, green: 250, blue: 77, alpha: 200))
        image.setPixel(x: 2, y: 0, Pixel(red: 255, green: 255, blue: 255, alpha: 255))
        let decoded = try RGBAImage.decodePNG(try image.encodePNG())
        for x in 0..<4 {
            #expect(
                Fixtures.close(decoded.pixel(x: x, y: 0), image.pixel(x: x, y: 0), tolerance: 2), "pixel \(x)"
            )
        }
        #expect(decoded.pixel(x: 3, y: 0) == Pixel(red: 0, green: 0, blue: 0, alpha: 0))
    }

    @Test func garbageIsAnInvalidImage() {
        for bytes in [[], [1, 2, 3], Array(PNGChunks.signature)] as [[UInt8]] {
            #expect(throws: BackendError.self) { try RGBAImage.decodePNG(bytes) }
        }
        do {
            _ = try RGBAImage.decodePNG([0, 1])
        } catch let error as BackendError {
            guard case .invalidImage = error else {
                Issue.record("expected invalidImage, got \(error)")
                return
            }
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}

@Suite struct PNGChunkTests {
    @Test func crcMatchesTheSpecification() {
        // The IEND chunk's CRC is the same in every PNG file.
        #expect(PNGChunks.crc32(Array("IEND".utf8)) == 0xAE42_6082)
    }

    @Test func physIsInsertedOnceAfterTheHeader() throws {
        let png = try RGBAImage(width: 3, height: 2, fill: .init(red: 1, green: 2, blue: 3)).encodePNG()
        let once = try #require(
            PNGChunks.insertingAfterHeader(PNGChunks.physicalDimensions(dpi: 96), into: png))
        let twice = try #require(
            PNGChunks.insertingAfterHeader(PNGChunks.physicalDimensions(dpi: 144), into: once))
        #expect(twice.count == once.count)
        #expect(Array(twice[37..<41]) == Array("pHYs".utf8))
        #expect(Array(twice[41..<45]) == [0, 0, 0x16, 0x25])  // 5669 px/m = 144 dpi
        #expect(try RGBAImage.decodePNG(twice) == RGBAImage.decodePNG(png))
        #expect(try Fixtures.pngcheck(twice) != false)
        #expect(PNGChunks.insertingAfterHeader([], into: [1, 2, 3]) == nil)
    }
}
