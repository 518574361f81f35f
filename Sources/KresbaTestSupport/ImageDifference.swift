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
        var picture = RGBAImage(
            width: w * 3 + gap * 2, height: h, fill: RGBAImage.Pixel(red: 40, green: 40, blue: 40))
        for y in 0..<h {
            for x in 0..<w {
                let e = expected.pixel(x: x, y: y)
                picture.setPixel(x: x, y: y, e)
                picture.setPixel(x: 2 * (w + gap) + x, y: y, actual.pixel(x: x, y: y))
                let marked: RGBAImage.Pixel
                if mask[y * w + x] {
                    marked = RGBAImage.Pixel(red: 255, green: 0, blue: 0)
                } else {
                    // Luminance composited over white, then faded so red marks stand out.
                    let luma = (0.299 * Double(e.red) + 0.587 * Double(e.green) + 0.114 * Double(e.blue)) / 255
                    let alpha = Double(e.alpha) / 255
                    let grey = UInt8((255 * (0.6 + 0.4 * (luma * alpha + (1 - alpha)))).rounded())
                    marked = RGBAImage.Pixel(red: grey, green: grey, blue: grey)
                }
                picture.setPixel(x: w + gap + x, y: y, marked)
            }
        }
        return picture
    }
}
