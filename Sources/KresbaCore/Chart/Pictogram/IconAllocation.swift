/// One coloured part of an icon, measured along the direction the icons fill.
package struct IconPiece: Sendable, Equatable {
    /// The category the piece shows, or `nil` for the unfilled remainder.
    package var category: Int?
    /// Where the piece starts within the icon, from 0 to 1.
    package var start: Double
    /// Where the piece ends within the icon, from 0 to 1.
    package var end: Double

    /// Creates a piece.
    package init(category: Int?, start: Double, end: Double) {
        self.category = category
        self.start = start
        self.end = end
    }

    /// A whole icon of one category (or empty).
    package static func whole(_ category: Int?) -> IconPiece {
        IconPiece(category: category, start: 0, end: 1)
    }
}

/// How amounts become icons: whole icons by the largest-remainder method, or exact fractions.
package enum IconAllocation {
    /// Differences below this count as equal, so that 0.1 + 0.2 icons is 0.3 icons and remainders
    /// that are equal on paper are ties whatever the floating-point noise says.
    static let tolerance = 1e-9

    /// Splits `seats` whole icons among categories in proportion to `values` by the largest-
    /// remainder (Hamilton) method: each gets the whole part of its quota, and the icons left go
    /// to the largest remainders. The counts always add up to `seats`.
    ///
    /// Ties go to the category listed first, so the result never depends on anything but the
    /// input order. Negative values count as zero; all-zero values give all-zero counts.
    package static func largestRemainder(_ values: [Double], seats: Int) -> [Int] {
        let clean = values.map { $0.isFinite ? max(0, $0) : 0 }
        let sum = clean.reduce(0, +)
        guard sum > 0, seats > 0 else { return clean.map { _ in 0 } }
        let quotas = clean.map { $0 / sum * Double(seats) }
        // A quota a hair below a whole number is that number (70.0000000001 / 69.9999999999).
        var counts = quotas.map { q in
            let nearest = q.rounded()
            return abs(q - nearest) < tolerance ? Int(nearest) : Int(q.rounded(.down))
        }
        let remainders = quotas.indices.map { quotas[$0] - Double(counts[$0]) }
        var left = seats - counts.reduce(0, +)
        let order = remainders.indices.sorted { a, b in
            abs(remainders[a] - remainders[b]) > tolerance ? remainders[a] > remainders[b] : a < b
        }
        for i in order where left > 0 && remainders[i] > tolerance {
            counts[i] += 1
            left -= 1
        }
        // Only reachable through rounding at the tolerance: give the rest in order.
        var i = 0
        while left > 0 && !order.isEmpty {
            counts[order[i % order.count]] += 1
            left -= 1
            i += 1
        }
        return counts
    }

    /// The pieces of `icons` icons when whole-icon `counts` follow each other (the rest empty).
    package static func wholePieces(counts: [Int], icons: Int) -> [[IconPiece]] {
        var result: [[IconPiece]] = []
        result.reserveCapacity(icons)
        for (category, count) in counts.enumerated() {
            for _ in 0..<max(0, count) where result.count < icons { result.append([.whole(category)]) }
        }
        while result.count < icons { result.append([.whole(nil)]) }
        return result
    }

    /// The pieces of `icons` icons when the categories' `amounts` (in icons, fractions allowed)
    /// follow each other exactly: 70.4 and 29.6 give 70 icons of the first, one icon 40 % first
    /// and 60 % second, and 29 of the second. What is left after the last amount is empty.
    package static func exactPieces(amounts: [Double], icons: Int) -> [[IconPiece]] {
        var result = Array(repeating: [IconPiece](), count: icons)
        var position = 0.0
        for (category, amount) in amounts.enumerated() where amount > 0 {
            let end = snapped(position + amount)
            var k = Int(position.rounded(.down))
            while k < icons && Double(k) < end - tolerance {
                let a = max(position, Double(k)) - Double(k)
                let b = min(end, Double(k + 1)) - Double(k)
                if b > a { result[k].append(IconPiece(category: category, start: a, end: b)) }
                k += 1
            }
            position = end
        }
        for k in result.indices {
            let filled = result[k].last?.end ?? 0
            if filled < 1 - tolerance { result[k].append(IconPiece(category: nil, start: filled, end: 1)) }
        }
        return result
    }

    /// The pieces of one row of `amount` icons: whole icons, the last one cut to the fraction
    /// (3.4 gives three whole icons and 40 % of a fourth), or rounded to whole icons half up.
    package static func rowPieces(amount: Double, category: Int, exact: Bool) -> [[IconPiece]] {
        let a = snapped(max(0, amount))
        if !exact {
            return Array(repeating: [.whole(category)], count: Int((a + 0.5).rounded(.down)))
        }
        let count = Int(a.rounded(.up))
        return (0..<count).map { k in
            let end = min(1, a - Double(k))
            return end >= 1 - tolerance
                ? [.whole(category)]
                : [
                    IconPiece(category: category, start: 0, end: end),
                    IconPiece(category: nil, start: end, end: 1),
                ]
        }
    }

    /// A value within the tolerance of a whole number is that number.
    static func snapped(_ value: Double) -> Double {
        let nearest = value.rounded()
        return abs(value - nearest) < tolerance ? nearest : value
    }
}
