import Testing

@testable import KresbaCore

/// Whole icons by the largest-remainder method, exact fractions, and rows cut to the fraction.
@Suite struct IconAllocationTests {
    /// A small deterministic generator, so the property tests see the same cases on every run.
    struct Generator {
        var state: UInt64
        mutating func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
    }

    @Test func censusAgeGroupsRoundToOneHundred() {
        // Liberec Region, census 2021: 0–14, 15–64, 65+.
        #expect(IconAllocation.largestRemainder([71331, 272731, 91158], seats: 100) == [16, 63, 21])
    }

    @Test func countsAlwaysAddUpToTheSeats() {
        var random = Generator(state: 42)
        for _ in 0..<2000 {
            let n = 1 + Int(random.next() * 9)
            let values = (0..<n).map { _ in (random.next() * 1000).rounded() / 10 }
            let seats = 1 + Int(random.next() * 400)
            let counts = IconAllocation.largestRemainder(values, seats: seats)
            if values.reduce(0, +) > 0 {
                #expect(counts.reduce(0, +) == seats, "\(values) in \(seats)")
            }
            // Each count is its quota rounded down or up.
            let sum = values.reduce(0, +)
            for (v, c) in zip(values, counts) where sum > 0 {
                let quota = v / sum * Double(seats)
                #expect(Double(c) >= quota.rounded(.down) - 1e-9 && Double(c) <= quota.rounded(.up) + 1e-9)
            }
        }
    }

    @Test func tiesGoToTheCategoryListedFirst() {
        #expect(IconAllocation.largestRemainder([1, 1, 1], seats: 10) == [4, 3, 3])
        #expect(IconAllocation.largestRemainder([1, 1, 1, 1], seats: 2) == [1, 1, 0, 0])
        #expect(IconAllocation.largestRemainder([2, 1, 1], seats: 2) == [1, 1, 0])
        // Equal on paper, unequal in floating point: still a tie.
        #expect(IconAllocation.largestRemainder([0.1 + 0.2, 0.3], seats: 1) == [1, 0])
        #expect(IconAllocation.largestRemainder([0.3, 0.1 + 0.2], seats: 1) == [1, 0])
    }

    @Test func exactQuotasAndDegenerateInput() {
        #expect(IconAllocation.largestRemainder([70, 30], seats: 100) == [70, 30])
        #expect(IconAllocation.largestRemainder([0.7, 0.3], seats: 10) == [7, 3])
        #expect(IconAllocation.largestRemainder([0, 0], seats: 10) == [0, 0])
        #expect(IconAllocation.largestRemainder([-5, 5], seats: 4) == [0, 4])
        #expect(IconAllocation.largestRemainder([], seats: 4) == [])
        #expect(IconAllocation.largestRemainder([3, .nan, 1], seats: 4) == [3, 0, 1])
    }

    @Test func wholePiecesFollowEachOtherThenEmpty() {
        let pieces = IconAllocation.wholePieces(counts: [2, 1], icons: 5)
        #expect(pieces.map { $0.map(\.category) } == [[0], [0], [1], [nil], [nil]])
    }

    @Test func exactPiecesSplitTheIconWhereACategoryEnds() {
        let pieces = IconAllocation.exactPieces(amounts: [70.4, 29.6], icons: 100)
        #expect(pieces.count == 100)
        #expect(pieces[69] == [.whole(0)])
        #expect(pieces[70].count == 2)
        #expect(pieces[70][0].category == 0 && abs(pieces[70][0].end - 0.4) < 1e-9)
        #expect(
            pieces[70][1].category == 1 && abs(pieces[70][1].start - 0.4) < 1e-9 && pieces[70][1].end == 1)
        #expect(pieces[71] == [.whole(1)])
        #expect(pieces[99] == [.whole(1)])
    }

    @Test func exactPiecesLeaveTheRestEmpty() {
        // 13.2 % of a hundred: 13 whole icons, a fifth of the 14th, then empty icons.
        let pieces = IconAllocation.exactPieces(amounts: [13.2], icons: 100)
        #expect(pieces[12] == [.whole(0)])
        #expect(pieces[13].map(\.category) == [0, nil])
        #expect(abs(pieces[13][0].end - 0.2) < 1e-9)
        #expect(pieces[14] == [.whole(nil)])
        // Whole amounts leave no sliver behind through floating-point noise.
        let thirds = IconAllocation.exactPieces(amounts: [0.1 + 0.2, 0.7], icons: 1)
        #expect(thirds[0].map(\.category) == [0, 1])
        #expect(IconAllocation.exactPieces(amounts: [2.0000000000001], icons: 3)[2] == [.whole(nil)])
    }

    @Test func exactPiecesShowEveryAmountExactly() {
        var random = Generator(state: 7)
        for _ in 0..<500 {
            let amounts = (0..<(1 + Int(random.next() * 5))).map { _ in random.next() * 20 }
            let icons = Int(amounts.reduce(0, +).rounded(.up)) + Int(random.next() * 5)
            let pieces = IconAllocation.exactPieces(amounts: amounts, icons: icons)
            for (category, amount) in amounts.enumerated() {
                let shown = pieces.joined().filter { $0.category == category }.reduce(0) {
                    $0 + $1.end - $1.start
                }
                #expect(abs(shown - amount) < 1e-6)
            }
            // Every icon is covered once, from 0 to 1, without gaps.
            for icon in pieces {
                #expect(icon.first?.start == 0 && icon.last?.end == 1)
                for (a, b) in zip(icon, icon.dropFirst()) { #expect(a.end == b.start) }
            }
        }
    }

    @Test func rowsCutTheLastIcon() {
        let row = IconAllocation.rowPieces(amount: 3.4, category: 2, exact: true)
        #expect(row.count == 4)
        #expect(row[0..<3].allSatisfy { $0 == [.whole(2)] })
        #expect(row[3].map(\.category) == [2, nil])
        #expect(abs(row[3][0].end - 0.4) < 1e-12)
        #expect(IconAllocation.rowPieces(amount: 3, category: 0, exact: true).count == 3)
        #expect(IconAllocation.rowPieces(amount: 3.0000000000004, category: 0, exact: true).count == 3)
        #expect(IconAllocation.rowPieces(amount: 0, category: 0, exact: true).isEmpty)
    }

    @Test func roundedRowsRoundHalfUp() {
        #expect(IconAllocation.rowPieces(amount: 3.4, category: 0, exact: false).count == 3)
        #expect(IconAllocation.rowPieces(amount: 2.5, category: 0, exact: false).count == 3)
        #expect(IconAllocation.rowPieces(amount: 0.49, category: 0, exact: false).isEmpty)
    }

    @Test func automaticUnitGivesTheLongestRowEightToTwentyIcons() {
        #expect(RowsPictogram.automaticUnit(forMaximum: 144_998) == 10_000)
        #expect(RowsPictogram.automaticUnit(forMaximum: 20) == 1)
        #expect(RowsPictogram.automaticUnit(forMaximum: 21) == 2)
        #expect(RowsPictogram.automaticUnit(forMaximum: 0.37) == 0.02)
        for maximum in [1.0, 7, 15, 99, 1234, 56_789, 4.2e7] {
            let icons = maximum / RowsPictogram.automaticUnit(forMaximum: maximum)
            #expect(icons <= 20 + 1e-9 && icons > 8 - 1e-9, "\(maximum)")
        }
    }
}
