import Foundation
import KresbaCairo
import KresbaScene
import KresbaTestSupport
import Testing

@Suite struct GoldenImageTests {
    typealias Pixel = RGBAImage.Pixel

    /// A small rendered picture and a scratch folder holding its golden and failure output.
    struct Setup {
        let folder: URL
        let golden: URL
        let failures: URL
        let image: RGBAImage
        let png: [UInt8]

        init() throws {
            folder = try Fixtures.temporaryDirectory()
            golden = folder.appendingPathComponent("goldens/bars.png")
            failures = folder.appendingPathComponent("failures")
            png = try Fixtures.backend.png(
                Scene(
                    width: 40, height: 30,
                    nodes: [
                        .path(
                            PathNode(
                                path: .rect(Rect(x: 5, y: 5, width: 20, height: 20)),
                                fill: .solid(Color(rgb: 0x1F77B4))))
                    ]))
            image = try RGBAImage.decodePNG(png)
            try FileManager.default.createDirectory(
                at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(png).write(to: golden)
        }

        func compare(
            _ actual: [UInt8], tolerance: Int = 2, maxDiffering: Int = 0, environment: [String: String] = [:]
        )
            -> GoldenResult
        {
            GoldenImage.compare(
                actual: actual, goldenURL: golden, name: "bars", channelTolerance: tolerance,
                maxDifferingPixels: maxDiffering, environment: environment, failureRoot: failures)
        }

        /// The picture with one pixel's red channel moved by `delta`.
        func changed(by delta: Int, at point: (x: Int, y: Int) = (10, 10)) throws -> [UInt8] {
            var copy = image
            var pixel = copy.pixel(x: point.x, y: point.y)
            pixel.red = UInt8(Int(pixel.red) + delta)
            copy.setPixel(x: point.x, y: point.y, pixel)
            return try copy.encodePNG()
        }
    }

    @Test func identicalImagesPass() throws {
        let setup = try Setup()
        defer { try? FileManager.default.removeItem(at: setup.folder) }
        let result = setup.compare(setup.png)
        #expect(result.passed, "\(result)")
        #expect(result.difference?.differingPixels == 0 && result.difference?.maxDelta == 0)
        #expect(!FileManager.default.fileExists(atPath: setup.failures.path))
    }

    @Test func differencesWithinTheTolerancePass() throws {
        let setup = try Setup()
        defer { try? FileManager.default.removeItem(at: setup.folder) }
        let result = setup.compare(try setup.changed(by: 2))
        #expect(result.passed, "\(result)")
        #expect(result.difference?.maxDelta == 2)
        #expect(setup.compare(try setup.changed(by: 3), maxDiffering: 1).passed)
    }

    @Test func differencesOverTheToleranceFailAndWritePictures() throws {
        let setup = try Setup()
        defer { try? FileManager.default.removeItem(at: setup.folder) }
        let result = setup.compare(try setup.changed(by: 3, at: (12, 14)))
        #expect(!result.passed)
        #expect(
            result.message.contains("1 of 1200 pixels differ by more than 2 (max delta 3, rms "), "\(result)")
        let folder = try #require(result.failureDirectory)
        #expect(folder == setup.failures.appendingPathComponent("bars", isDirectory: true))
        let expected = try RGBAImage.decodePNG(
            Array(try Data(contentsOf: folder.appendingPathComponent("expected.png"))))
        let actual = try RGBAImage.decodePNG(
            Array(try Data(contentsOf: folder.appendingPathComponent("actual.png"))))
        let diff = try RGBAImage.decodePNG(
            Array(try Data(contentsOf: folder.appendingPathComponent("diff.png"))))
        #expect(expected == setup.image && actual != setup.image)
        // expected | mask | actual with 4 px gaps; the changed pixel is red in the middle panel.
        #expect(diff.width == 40 * 3 + 8 && diff.height == 30)
        #expect(diff.pixel(x: 44 + 12, y: 14) == Pixel(red: 255, green: 0, blue: 0))
        #expect(diff.pixel(x: 44 + 30, y: 2).red == diff.pixel(x: 44 + 30, y: 2).green)  // grey elsewhere
        // A later success clears the stale pictures.
        #expect(setup.compare(setup.png).passed)
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    @Test func sizeMismatchFails() throws {
        let setup = try Setup()
        defer { try? FileManager.default.removeItem(at: setup.folder) }
        let other = try RGBAImage(width: 41, height: 30, fill: Pixel(red: 255, green: 255, blue: 255))
            .encodePNG()
        let result = setup.compare(other, tolerance: 255, maxDiffering: .max)
        #expect(!result.passed)
        #expect(result.message.contains("size differs: golden is 40x30, rendered is 41x30"), "\(result)")
    }

    @Test func transparentInBothCountsAsEqual() {
        let a = RGBAImage(width: 1, height: 1, pixels: [10, 20, 30, 0])
        let b = RGBAImage(width: 1, height: 1, pixels: [200, 0, 0, 0])
        let difference = ImageDifference(expected: a, actual: b, channelTolerance: 0)
        #expect(difference.differingPixels == 0 && difference.maxDelta == 0 && difference.rms == 0)
        let c = RGBAImage(width: 1, height: 1, pixels: [200, 0, 0, 1])
        #expect(ImageDifference(expected: a, actual: c, channelTolerance: 0).differingPixels == 1)
    }

    @Test func missingGoldenFailsAndSaysHowToRecord() throws {
        let setup = try Setup()
        defer { try? FileManager.default.removeItem(at: setup.folder) }
        try FileManager.default.removeItem(at: setup.golden)
        let result = setup.compare(setup.png)
        #expect(!result.passed)
        #expect(
            result.message.contains("is missing") && result.message.contains("RECORD_GOLDENS=1"), "\(result)")
    }

    @Test func recordingWritesTheGoldenAndStillFails() throws {
        let setup = try Setup()
        defer { try? FileManager.default.removeItem(at: setup.folder) }
        try FileManager.default.removeItem(at: setup.golden)
        let changed = try setup.changed(by: 50)
        let result = setup.compare(changed, environment: ["RECORD_GOLDENS": "1"])
        #expect(!result.passed)
        #expect(result.message.contains("recorded new golden"), "\(result)")
        #expect(Array(try Data(contentsOf: setup.golden)) == changed)
        #expect(setup.compare(changed).passed)
    }

    @Test func recordingIsRefusedOnCI() throws {
        let setup = try Setup()
        defer { try? FileManager.default.removeItem(at: setup.folder) }
        let result = setup.compare(
            try setup.changed(by: 50), environment: ["RECORD_GOLDENS": "1", "CI": "true"])
        #expect(!result.passed)
        #expect(result.message.contains("refused on CI"), "\(result)")
        #expect(Array(try Data(contentsOf: setup.golden)) == setup.png)
    }

    @Test func failurePicturesGoUnderThePackageBuildFolder() {
        #expect(GoldenImage.defaultFailureRoot.path.hasSuffix("/.build/golden-failures"))
        let manifest = GoldenImage.packageRoot.appendingPathComponent("Package.swift")
        #expect(FileManager.default.fileExists(atPath: manifest.path))
    }
}
