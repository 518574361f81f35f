import KresbaCairo

/// How two images of the same size differ, channel by channel.
public struct ImageDifference: Sendable, Equatable {
    /// Pixels where some channel differs by more than the tolerance.
    public var differingPixels: Int
    /// The largest difference of any channel of any pixel (0...255).
    public var maxDelta: Int
    /// Root mean square of all channel differences over the whole image.
    public var rms: Double
    /// One flag per pixel, row by row: whether that pixel differs.
    public var mask: [Bool]

    /// Compares `actual` with `expected` (same size required).
    ///
    /// Pixels that are fully transparent in both count as equal whatever their colour channels
    /// say, because a transparent pixel's colour is invisible (and lost by premultiplied encoders).
    public init(expected: RGBAImage, actual: RGBAImage, channelTolerance: Int) {
        precondition(expected.width == actual.width && expected.height == actual.height, "size mismatch")
        let count = expected.width * expected.height
        var differing = 0
        var maxDelta = 0
        var sumOfSquares = 0.0
        var mask = [Bool](repeating: false, count: count)
        expected.pixels.withUnsafeBufferPointer { e in
            actual.pixels.withUnsafeBufferPointer { a in
                for p in 0..<count {
                    let i = p * 4
                    if e[i + 3] == 0, a[i + 3] == 0 { continue }
                    var worst = 0
                    for c in 0..<4 {
                        let delta = abs(Int(e[i + c]) - Int(a[i + c]))
                        worst = max(worst, delta)
                        sumOfSquares += Double(delta * delta)
                    }
                    maxDelta = max(maxDelta, worst)
                    if worst > channelTolerance {
                        differing += 1
                        mask[p] = true
                    }
                }
            }
        }
        self.differingPixels = differing
        self.maxDelta = maxDelta
        self.rms = count == 0 ? 0 : (sumOfSquares / Double(count * 4)).squareRoot()
        self.mask = mask
    }

    /// A picture for humans: expected | differing pixels in red over a faded grey copy of the
    /// expected image | actual, side by side with a thin dark gap.
    public static func diffPicture(expected: RGBAImage, actual: RGBAImage, mask: [Bool]) -> RGBAImage {
        let w = expected.width, h = expected.height, gap = 4
        let gapBytes: [UInt8] = Array(repeating: [40, 40, 40, 255], count: gap).flatMap { $0 }
        var pixels: [UInt8] = []
        pixels.reserveCapacity((w * 3 + gap * 2) * h * 4)
        // Whole rows are copied at once: pictures of failing goldens are megapixels, and tests run
        // unoptimised.
        expected.pixels.withUnsafeBufferPointer { e in
            for y in 0..<h {
                let row = y * w * 4..<(y + 1) * w * 4
                pixels += e[row]
                pixels += gapBytes
                for x in 0..<w {
                    if mask[y * w + x] {
                        pixels.append(255)
                        pixels.append(0)
                        pixels.append(0)
                        pixels.append(255)
                        continue
                    }
                    // Luminance composited over white, then faded so red marks stand out.
                    let i = row.lowerBound + x * 4
                    let luma =
                        (0.299 * Double(e[i]) + 0.587 * Double(e[i + 1]) + 0.114 * Double(e[i + 2])) / 255
                    let alpha = Double(e[i + 3]) / 255
                    let grey = UInt8((255 * (0.6 + 0.4 * (luma * alpha + (1 - alpha)))).rounded())
                    pixels.append(grey)
                    pixels.append(grey)
                    pixels.append(grey)
                    pixels.append(255)
                }
                pixels += gapBytes
                pixels += actual.pixels[row]
            }
        }
        return RGBAImage(width: w * 3 + gap * 2, height: h, pixels: pixels)
    }
}
