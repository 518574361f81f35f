import Foundation
import KresbaCairo
import KresbaScene

/// Shared fonts and helpers for the backend tests.
enum Fixtures {
    /// The repository's Fonts/ folder, found from this file's place in Tests/KresbaCairoTests/.
    static let fontsDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fonts", isDirectory: true)

    /// One library for all tests, as a real process would have (creating it is the slow part).
    private static let loaded = Result { try FontLibrary(directories: [fontsDirectory]) }
    static var library: FontLibrary { get throws { try loaded.get() } }

    static var backend: CairoBackend { get throws { CairoBackend(fonts: try library) } }

    static func inter(_ size: Double = 16, _ weight: FontWeight = .regular, italic: Bool = false) -> Font {
        Font(family: "Inter", size: size, weight: weight, italic: italic)
    }

    /// A fresh temporary folder, removed by the caller when done.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("kresba-cairo-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs `pngcheck -q` on the bytes if the tool is installed; `nil` when it is not.
    static func pngcheck(_ png: [UInt8]) throws -> Bool? {
        let tool = URL(fileURLWithPath: "/usr/bin/pngcheck")
        guard FileManager.default.isExecutableFile(atPath: tool.path) else { return nil }
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("check.png")
        try Data(png).write(to: file)
        let process = Process()
        process.executableURL = tool
        process.arguments = ["-q", file.path]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    /// The bounding box of pixels that differ from `background` by more than `threshold` in any
    /// channel, as (minX, minY, maxX, maxY), or `nil` if there are none.
    static func inkBounds(
        _ image: RGBAImage, background: RGBAImage.Pixel = .init(red: 255, green: 255, blue: 255),
        threshold: Int = 40
    ) -> (minX: Int, minY: Int, maxX: Int, maxY: Int)? {
        var bounds: (minX: Int, minY: Int, maxX: Int, maxY: Int)?
        for y in 0..<image.height {
            for x in 0..<image.width {
                let p = image.pixel(x: x, y: y)
                let delta = max(
                    abs(Int(p.red) - Int(background.red)), abs(Int(p.green) - Int(background.green)),
                    abs(Int(p.blue) - Int(background.blue)), abs(Int(p.alpha) - Int(background.alpha)))
                guard delta > threshold else { continue }
                if let b = bounds {
                    bounds = (min(b.minX, x), min(b.minY, y), max(b.maxX, x), max(b.maxY, y))
                } else {
                    bounds = (x, y, x, y)
                }
            }
        }
        return bounds
    }

    /// Whether two pixels differ by at most `tolerance` in every channel.
    static func close(_ a: RGBAImage.Pixel, _ b: RGBAImage.Pixel, tolerance: Int = 2) -> Bool {
        abs(Int(a.red) - Int(b.red)) <= tolerance && abs(Int(a.green) - Int(b.green)) <= tolerance
            && abs(Int(a.blue) - Int(b.blue)) <= tolerance && abs(Int(a.alpha) - Int(b.alpha)) <= tolerance
    }
}

extension Fixtures {
    /// Runs a tool and returns its standard output, or `nil` if the tool is not installed.
    static func run(_ tool: String, _ arguments: [String]) throws -> String? {
        guard FileManager.default.isExecutableFile(atPath: tool) else { return nil }
        let process = Process()
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
