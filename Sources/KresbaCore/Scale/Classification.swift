import Foundation

/// Class breaks for a choropleth, computed exactly as mapclassify computes them so that maps made with
/// Kresba and with geopandas agree on the same data.
///
/// Breaks are the classes' upper bounds, ascending, the last one the maximum (mapclassify's `bins`).
/// A value `v` is in class `i` when `bins[i-1] < v <= bins[i]`; the first class also takes everything
/// up to `bins[0]`.
package struct Classification: Sendable, Equatable {
    /// The smallest value (the first class's lower bound, for legends).
    package var minimum: Double
    /// The upper bound of each class.
    package var bins: [Double]

    package init(minimum: Double, bins: [Double]) {
        self.minimum = minimum
        self.bins = bins
    }

    /// The number of classes.
    package var count: Int { bins.count }

    /// The class of a value; values above the last bound fall in the last class (custom breaks).
    package func classIndex(of value: Double) -> Int {
        bins.firstIndex { value <= $0 } ?? (bins.count - 1)
    }

    /// The lower and upper bound of class `i`.
    package func range(of i: Int) -> (Double, Double) {
        (i == 0 ? minimum : bins[i - 1], bins[i])
    }
}

/// The classification methods (mapclassify's Quantiles, EqualInterval, FisherJenks, UserDefined).
package enum Classifier {
    /// Quantiles: `k` classes of about equal size, breaks at scipy's `scoreatpercentile` (linear
    /// interpolation between the closest ranks); repeated breaks collapse, giving fewer classes.
    package static func quantiles(_ values: [Double], k: Int) -> Classification {
        let x = values.sorted()
        guard let first = x.first else { return Classification(minimum: 0, bins: []) }
        let w = 100.0 / Double(k)
        var bins: [Double] = []
        for i in 1...k {
            // numpy.arange(w, 100 + w, w) computes w + i * w; the last is clamped to 100.
            let pct = min(100, w + Double(i - 1) * w)
            bins.append(scoreAtPercentile(x, pct))
        }
        return Classification(minimum: first, bins: Array(Set(bins)).sorted())
    }

    /// scipy.stats.scoreatpercentile with its default `fraction` interpolation, term for term.
    static func scoreAtPercentile(_ sorted: [Double], _ pct: Double) -> Double {
        let idx = pct / 100 * Double(sorted.count - 1)
        let i = Int(idx)
        if Double(i) == idx { return sorted[i] }
        let f = idx - Double(i)
        let w0 = 1 - f
        return (sorted[i] * w0 + sorted[i + 1] * f) / (w0 + f)
    }

    /// Equal intervals: the range cut into `k` classes of equal width; the last bound is the maximum.
    package static func equalInterval(_ values: [Double], k: Int) -> Classification {
        guard let lo = values.min(), let hi = values.max() else {
            return Classification(minimum: 0, bins: [])
        }
        let width = (hi - lo) / Double(k)
        // numpy.arange(lo + width, hi + width, width) stores the first two values, then fills
        // start + i * (second - first): the same rounding, so the same bins to the last bit.
        let start = lo + width
        let delta = (start + width) - start
        var bins = (0..<k).map { $0 == 0 ? start : start + Double($0) * delta }
        bins[k - 1] = hi
        return Classification(minimum: lo, bins: bins)
    }

    /// Fisher's exact optimal classification (Jenks natural breaks): the `k` classes with the least
    /// total within-class squared deviation. O(k·n²), like mapclassify's `_fisher_jenks_means`, which
    /// this follows step by step, float32 sums and tie-breaking included, so the breaks are the same.
    package static func fisherJenks(_ values: [Double], k: Int) -> Classification {
        let x = values.sorted()
        let n = x.count
        guard n > 0 else { return Classification(minimum: 0, bins: []) }
        let classes = min(k, n)
        let cols = classes + 1
        var mat1 = [Int32](repeating: 0, count: (n + 1) * cols)
        var mat2 = [Float](repeating: 0, count: (n + 1) * cols)
        for j in 1..<cols { mat1[1 * cols + j] = 1 }
        if n >= 2 {
            for l in 2...n { for j in 1..<cols { mat2[l * cols + j] = .infinity } }
        }
        var v: Float = 0
        if n >= 2 {
            for l in 2...n {
                var s1: Float = 0
                var s2: Float = 0
                var w: Float = 0
                for m in 1...l {
                    let i3 = l - m + 1
                    let val = Float(x[i3 - 1])
                    s2 += val * val
                    s1 += val
                    w += 1
                    v = s2 - (s1 * s1) / w
                    let i4 = i3 - 1
                    if i4 != 0 && classes >= 2 {
                        for j in 2...classes where mat2[l * cols + j] >= v + mat2[i4 * cols + j - 1] {
                            mat1[l * cols + j] = Int32(i3)
                            mat2[l * cols + j] = v + mat2[i4 * cols + j - 1]
                        }
                    }
                }
                mat1[l * cols + 1] = 1
                mat2[l * cols + 1] = v
            }
        }
        var kclass = [Double](repeating: 0, count: cols)
        kclass[classes] = x[n - 1]
        kclass[0] = x[0]
        var kk = n
        if classes >= 2 {
            for count in stride(from: classes, to: 1, by: -1) {
                let pivot = Int(mat1[kk * cols + count])
                // Python's negative index wraps when a pivot is 1 (all ties): take it from the end too.
                let id = pivot - 2
                kclass[count - 1] = x[id >= 0 ? id : n + id]
                kk = pivot - 1
            }
        }
        return Classification(minimum: x[0], bins: Array(kclass.dropFirst()))
    }

    /// User-defined breaks: the given inner bounds, then the maximum (mapclassify's UserDefined adds
    /// the maximum when the breaks stop below it).
    package static func custom(_ values: [Double], breaks: [Double]) -> Classification {
        let lo = values.min() ?? breaks.first ?? 0
        let hi = values.max() ?? breaks.last ?? 0
        var bins = breaks
        if let last = bins.last, last < hi { bins.append(hi) }
        return Classification(minimum: min(lo, breaks.first ?? lo), bins: bins)
    }

    /// Breaks rounded to readable numbers: inner bounds to a multiple of a tenth of the power of ten
    /// below the range (a range of 3.2–27.5 rounds to whole numbers), duplicates removed. The outer
    /// bounds stay the data's minimum and maximum so that every value keeps its class.
    package static func rounded(_ c: Classification) -> Classification {
        guard let hi = c.bins.last, hi > c.minimum else { return c }
        let unit = pow(10, floor(log10(hi - c.minimum)) - 1)
        var inner = c.bins.dropLast().map { ($0 / unit).rounded() * unit }
        inner = Array(Set(inner.filter { $0 > c.minimum && $0 < hi })).sorted()
        return Classification(minimum: c.minimum, bins: inner + [hi])
    }
}
