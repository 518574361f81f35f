import Testing

@testable import KresbaCore

/// The count of JSON arrays that stops a file before parsing (see ``GeoReader/checkArrayCount``).
@Suite("Bracket count")
struct BracketCountTests {
    @Test("Brackets are counted eight bytes at a time exactly as one at a time")
    func sameAsOneByOne() {
        var seed: UInt64 = 7
        // Bytes that differ from "[" (0x5B) in one bit or many, and "[" itself, in random order.
        let alphabet: [UInt8] = [0x5B, 0x5A, 0x5F, 0xDB, 0x1B, 0x4B, 0x7B, 0x53, 0x00, 0xFF, 0x80]
        for length in [0, 1, 7, 8, 9, 31, 64, 1000] {
            var bytes: [UInt8] = []
            for _ in 0..<length {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                bytes.append(alphabet[Int(seed >> 33) % alphabet.count])
            }
            let expected = bytes.filter { $0 == 0x5B }.count
            #expect(bytes.withUnsafeBufferPointer { GeoReader.countBrackets($0) } == expected, "\(length)")
        }
    }
}
