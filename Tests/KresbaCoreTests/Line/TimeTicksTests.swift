import Testing

@testable import KresbaCore

/// Calendar arithmetic and Czech time-axis ticks.
@Suite struct TimeTicksTests {
    @Test func civilDatesRoundTrip() {
        #expect(CalendarDate.daysSince1970(year: 1970, month: 1, day: 1) == 0)
        #expect(CalendarDate.daysSince1970(year: 2000, month: 3, day: 1) == 11_017)
        #expect(CalendarDate.daysSince1970(year: 2024, month: 2, day: 29) == 19_782)
        for day in stride(from: -800_000, through: 800_000, by: 997) {
            let (y, m, d) = CalendarDate.civil(daysSince1970: day)
            #expect(CalendarDate.daysSince1970(year: y, month: m, day: d) == day)
        }
        #expect(CalendarDate.civil(daysSince1970: -1) == (1969, 12, 31))
    }

    private func days(_ y: Int, _ m: Int, _ d: Int) -> Double {
        Double(CalendarDate.daysSince1970(year: y, month: m, day: d))
    }

    @Test func monthTicksWriteTheYearOnceUnderJanuary() {
        let ticks = TimeTicks.make(
            lo: days(2020, 3, 1), hi: days(2021, 6, 1), length: 600, spacing: 40, locale: .cs)
        #expect(ticks.interval == .months(2))
        #expect(ticks.ticks.map(\.label) == ["bře", "kvě", "čvc", "zář", "lis", "led", "bře", "kvě"])
        #expect(ticks.ticks.map(\.sublabel) == ["2020", nil, nil, nil, nil, "2021", nil, nil])
    }

    @Test func quarterlyDataGetQuarterTicks() {
        let lo = days(2020, 1, 1)
        let hi = days(2021, 4, 1)
        let czech = TimeTicks.make(
            lo: lo, hi: hi, length: 600, spacing: 40, locale: .cs, finest: .quarters(1))
        #expect(czech.interval == .quarters(1))
        #expect(czech.ticks.map(\.label) == ["I", "II", "III", "IV", "I", "II"])
        #expect(czech.ticks.map(\.sublabel) == ["2020", nil, nil, nil, "2021", nil])
        #expect(
            czech.ticks.map(\.day) == [
                lo, days(2020, 4, 1), days(2020, 7, 1), days(2020, 10, 1), days(2021, 1, 1), hi,
            ])
        // From the third quarter on, in English, every other quarter, then whole years.
        let english = TimeTicks.make(
            lo: days(2020, 7, 1), hi: hi, length: 120, spacing: 40, locale: .en, finest: .quarters(1))
        #expect(english.interval == .quarters(2))
        #expect(english.ticks.map(\.label) == ["Q3", "Q1"])
        #expect(english.ticks.map(\.sublabel) == ["2020", "2021"])
        let years = TimeTicks.make(
            lo: days(2000, 1, 1), hi: hi, length: 300, spacing: 40, locale: .cs, finest: .quarters(1))
        #expect(years.interval == .years(5))
    }

    @Test func intervalsFollowTheSpaceAvailable() {
        let lo = days(2020, 3, 1)
        let hi = days(2021, 6, 1)
        #expect(TimeTicks.make(lo: lo, hi: hi, length: 1200, spacing: 40, locale: .cs).interval == .months(1))
        #expect(TimeTicks.make(lo: lo, hi: hi, length: 300, spacing: 40, locale: .cs).interval == .months(3))
        #expect(TimeTicks.make(lo: lo, hi: hi, length: 100, spacing: 40, locale: .cs).interval == .months(6))
        #expect(TimeTicks.make(lo: lo, hi: hi, length: 60, spacing: 40, locale: .cs).interval == .years(1))
        // Monthly data never gets day or week ticks, however much room there is.
        let months = TimeTicks.make(
            lo: lo, hi: days(2020, 6, 1), length: 2000, spacing: 40, locale: .cs, finest: .months(1))
        #expect(months.interval == .months(1))
        let decades = TimeTicks.make(
            lo: days(1990, 1, 1), hi: days(2024, 1, 1), length: 400, spacing: 40, locale: .cs)
        #expect(decades.interval == .years(5))
        #expect(decades.ticks.first?.label == "1990")
    }

    @Test func shortSpansGetDayTicksInCzechFormat() {
        let ticks = TimeTicks.make(
            lo: days(2024, 1, 1), hi: days(2024, 1, 31), length: 600, spacing: 40, locale: .cs)
        #expect(ticks.interval == .days(2))
        #expect(ticks.ticks.first?.label == "1. 1.")
        #expect(ticks.ticks.first?.sublabel == "2024")
        let weekly = TimeTicks.make(
            lo: days(2024, 1, 1), hi: days(2024, 3, 31), length: 600, spacing: 40, locale: .en)
        #expect(weekly.interval == .days(7))
        // Weekly ticks fall on Mondays; 1 January 2024 was a Monday.
        #expect(weekly.ticks.first?.label == "1 Jan")
    }

    @Test func longDailySeriesUseMonthTicks() {
        let ticks = TimeTicks.make(
            lo: days(2020, 9, 1), hi: days(2021, 2, 28), length: 700, spacing: 40, locale: .cs)
        #expect(ticks.interval == .months(1))
        #expect(ticks.ticks.first?.label == "zář")
    }
}

/// Direct labels at line ends never overlap and move as little as possible.
@Suite struct EndLabelsTests {
    @Test func labelsKeepApartAndInOrder() {
        let placed = EndLabels.resolve([100, 102, 101, 300], height: 16, top: 0, bottom: 400)
        let sorted = placed.sorted()
        for (a, b) in zip(sorted, sorted.dropFirst()) { #expect(b - a >= 16 - 1e-9) }
        // Order by wanted position is kept: index 0 (100) above index 2 (101) above index 1 (102).
        #expect(placed[0] < placed[2] && placed[2] < placed[1])
        #expect(placed[3] == 300)
    }

    @Test func labelsStayInsideTheBounds() {
        let placed = EndLabels.resolve([395, 398, 399], height: 16, top: 0, bottom: 400)
        #expect(placed.allSatisfy { $0 <= 392 && $0 >= 8 })
        #expect(EndLabels.fit([395, 398, 399], height: 16, top: 0, bottom: 400, tolerance: 40))
        #expect(!EndLabels.fit([395, 398, 399], height: 16, top: 0, bottom: 400, tolerance: 10))
        #expect(
            !EndLabels.fit(Array(repeating: 10, count: 30), height: 16, top: 0, bottom: 400, tolerance: 1000))
    }
}

/// Dates written as readers write them.
@Suite struct DateLabelTests {
    @Test func czechAndEnglishLabelsAndPhrases() throws {
        let day = try #require(CalendarDate(year: 2024, month: 1, day: 5))
        let month = try #require(CalendarDate(year: 2024, month: 1))
        let year = try #require(CalendarDate(year: 2024))
        #expect(day.label(.cs) == "5. 1. 2024")
        #expect(day.phrase(.cs) == "5. ledna 2024")
        #expect(month.label(.cs) == "leden 2024")
        #expect(month.phrase(.cs) == "leden 2024")
        #expect(year.label(.cs) == "2024")
        #expect(day.label(.en) == "5 Jan 2024")
        #expect(day.phrase(.en) == "5 January 2024")
        #expect(month.label(.en) == "January 2024")
    }
}
