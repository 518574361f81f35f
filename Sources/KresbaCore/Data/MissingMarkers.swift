/// The missing-value markers of a read (`-`, `NA`, `i. d.`, …) as UTF-8, for matching cells.
struct MissingMarkers {
    /// The markers in the order given, UTF-8 encoded.
    private let encoded: [[UInt8]]
    /// Bit `n` is set when some marker is `n` bytes long (markers of 64 bytes or more set no bit and are
    /// always compared): most cells are rejected by their length alone, without touching the markers.
    private let lengths: UInt64

    init(_ markers: [String]) {
        encoded = markers.map { Array($0.utf8) }
        var lengths: UInt64 = 0
        for marker in encoded where marker.count < 64 { lengths |= 1 << UInt64(marker.count) }
        self.lengths = lengths
    }

    /// The index of the marker that `range` holds after trimming, or nil.
    func index(of range: Range<Int>, in text: [UInt8]) -> Int? {
        let trimmedRange = ValueParsing.trimmed(range, in: text)
        let length = trimmedRange.count
        guard length > 0, length >= 64 || lengths & (1 << UInt64(length)) != 0 else { return nil }
        for (markerIndex, marker) in encoded.enumerated() where marker.count == length {
            if text[trimmedRange].elementsEqual(marker) { return markerIndex }
        }
        return nil
    }
}
