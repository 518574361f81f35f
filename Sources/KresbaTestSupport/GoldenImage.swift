import Foundation
import KresbaCairo

/// The outcome of comparing a rendered PNG with its golden file.
public struct GoldenResult: Sendable, CustomStringConvertible {
    /// Whether the test should pass.
    public var passed: Bool
    /// What happened, for the test log (also when passing, with the numbers).
    public var message: String
    /// The numbers, when both images could be decoded and had the same size.
    public var difference: ImageDifference?
    /// Where expected.png, actual.png and diff.png were written, if anywhere.
    public var failureDirectory: URL?

    /// The message.
    public var description: String { message }
}

/// Compares rendered PNGs with reviewed golden PNGs, the Gallery tests' safety net.
///
/// - A pixel differs when any channel differs by more than `channelTolerance`; pixels fully
///   transparent in both images are equal. The test passes when at most `maxDifferingPixels`
///   pixels differ.
/// - On failure `expected.png`, `actual.png` and `diff.png` (expected | red mask | actual) go to
///   `<package root>/.build/golden-failures/<name>/`.
/// - With `RECORD_GOLDENS=1` (and `CI` unset) the actual image is written as the new golden and
///   the test still fails, so nobody records by accident without looking. On CI recording is
///   refused.
public enum GoldenImage {
    /// The package root, found from this file's place in `Sources/KresbaTestSupport/`.
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Where failure pictures go by default: `<package root>/.build/golden-failures`.
    public static let defaultFailureRoot = packageRoot.appendingPathComponent(".build/golden-failures")

    /// Compares `actual` (PNG bytes) with the golden PNG at `goldenURL`.
    /// - Parameters:
    ///   - name: names the failure folder; use the test or gallery entry name.
    ///   - environment: the process environment, a parameter so tests can inject one.
    ///   - failureRoot: the folder that receives `<name>/expected.png` and friends.
    public static func compare(
        actual: [UInt8], goldenURL: URL, name: String, channelTolerance: Int = 2, maxDifferingPixels: Int = 0,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        failureRoot: URL = defaultFailureRoot
    ) -> GoldenResult {
        let failureDirectory = failureRoot.appendingPathComponent(safeName(name), isDirectory: true)
        // Stale pictures from an earlier failure would mislead whoever looks next.
        try? FileManager.default.removeItem(at: failureDirectory)

        let recording = environment["RECORD_GOLDENS"] == "1"
        let onCI = !(environment["CI"] ?? "").isEmpty
        if recording {
            // Recording rewrites only goldens that changed, so `git status` lists just those.
            if FileManager.default.fileExists(atPath: goldenURL.path) {
                var unchanged = environment
                unchanged["RECORD_GOLDENS"] = nil
                let check = compare(
                    actual: actual, goldenURL: goldenURL, name: name, channelTolerance: channelTolerance,
                    maxDifferingPixels: maxDifferingPixels, environment: unchanged, failureRoot: failureRoot)
                if check.passed { return check }
            }
            if onCI {
                return GoldenResult(
                    passed: false,
                    message:
                        "\(name): RECORD_GOLDENS=1 is refused on CI (CI is set); record goldens locally and commit them",
                    difference: nil, failureDirectory: nil)
            }
            do {
                try FileManager.default.createDirectory(
                    at: goldenURL.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(actual).write(to: goldenURL)
                return GoldenResult(
                    passed: false,
                    message:
                        "\(name): recorded new golden \(goldenURL.path), review it and run again without RECORD_GOLDENS",
                    difference: nil, failureDirectory: nil)
            } catch {
                return GoldenResult(
                    passed: false, message: "\(name): could not record golden \(goldenURL.path): \(error)",
                    difference: nil, failureDirectory: nil)
            }
        }

        guard let golden = FileManager.default.contents(atPath: goldenURL.path).map({ [UInt8]($0) }) else {
            let wrote = write(["actual.png": actual], to: failureDirectory)
            return GoldenResult(
                passed: false,
                message: "\(name): golden image \(goldenURL.path) is missing; record it with "
                    + "`RECORD_GOLDENS=1 swift test --filter <this test>`, then review it\(wrote.note)",
                difference: nil, failureDirectory: wrote.directory)
        }
        let expectedImage: RGBAImage, actualImage: RGBAImage
        do {
            expectedImage = try RGBAImage.decodePNG(golden)
        } catch {
            return GoldenResult(
                passed: false, message: "\(name): golden \(goldenURL.path) is not a readable png: \(error)",
                difference: nil, failureDirectory: nil)
        }
        do {
            actualImage = try RGBAImage.decodePNG(actual)
        } catch {
            return GoldenResult(
                passed: false, message: "\(name): the rendered bytes are not a readable png: \(error)",
                difference: nil, failureDirectory: nil)
        }
        guard expectedImage.width == actualImage.width, expectedImage.height == actualImage.height else {
            let wrote = write(["expected.png": golden, "actual.png": actual], to: failureDirectory)
            return GoldenResult(
                passed: false,
                message: "\(name): size differs: golden is \(expectedImage.width)x\(expectedImage.height), "
                    + "rendered is \(actualImage.width)x\(actualImage.height)\(wrote.note)",
                difference: nil, failureDirectory: wrote.directory)
        }

        let difference = ImageDifference(
            expected: expectedImage, actual: actualImage, channelTolerance: channelTolerance)
        let numbers =
            "\(difference.differingPixels) of \(expectedImage.width * expectedImage.height) pixels differ by more than "
            + "\(channelTolerance) (max delta \(difference.maxDelta), rms \(String(format: "%.3f", difference.rms)))"
        guard difference.differingPixels > maxDifferingPixels else {
            return GoldenResult(
                passed: true, message: "\(name): matches golden; \(numbers)", difference: difference,
                failureDirectory: nil)
        }
        var files = ["expected.png": golden, "actual.png": actual]
        let picture = ImageDifference.diffPicture(
            expected: expectedImage, actual: actualImage, mask: difference.mask)
        if let diff = try? picture.encodePNG() { files["diff.png"] = diff }
        let wrote = write(files, to: failureDirectory)
        return GoldenResult(
            passed: false, message: "\(name): \(numbers); at most \(maxDifferingPixels) allowed\(wrote.note)",
            difference: difference, failureDirectory: wrote.directory)
    }

    /// Writes the files; returns the folder and a sentence for the message (or why it failed).
    private static func write(_ files: [String: [UInt8]], to directory: URL) -> (
        directory: URL?, note: String
    ) {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            for (file, bytes) in files.sorted(by: { $0.key < $1.key }) {
                try Data(bytes).write(to: directory.appendingPathComponent(file))
            }
            let list = files.keys.sorted().joined(separator: ", ")
            return (directory, ". Wrote \(list) to \(directory.path)")
        } catch {
            return (nil, ". Could not write failure pictures to \(directory.path): \(error)")
        }
    }

    /// `name` reduced to characters safe in a folder name.
    private static func safeName(_ name: String) -> String {
        let safe = name.unicodeScalars.map { scalar -> Character in
            let ok = CharacterSet.alphanumerics.contains(scalar) || "-_.".unicodeScalars.contains(scalar)
            return ok && scalar.isASCII ? Character(scalar) : "_"
        }
        let result = String(safe)
        return result.isEmpty || result.allSatisfy({ $0 == "." }) ? "unnamed" : result
    }
}
