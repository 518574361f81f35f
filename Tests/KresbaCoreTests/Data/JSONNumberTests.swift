import Foundation
import Testing

@testable import KresbaCore

/// The JSON parser's fast number path must give exactly what the full conversion gives.
@Suite("JSON numbers")
struct JSONNumberTests {
    private func parse(_ text: String) throws -> Double {
        let node = try JSONParser.parse(Array(text.utf8), sourceName: "n.json", maxDepth: 10)
        guard case .number(let value) = node.value else {
            throw DataError(message: "not a number", location: .init(file: "n"))
        }
        return value
    }

    @Test("Edge cases agree with Double(String)")
    func edgeCases() throws {
        for text in [
            "0", "-0", "1", "-1", "0.1", "0.000001", "14.5268563319525", "-739604.24", "999999999999999",
            "9007199254740993", "123456789012345678901234567890", "1.7976931348623157e308", "5e-324", "1E3",
            "0.30000000000000004", "1.0000000000000002", "0.0000000000000000000000001", "12345678901234.5",
        ] {
            let expected = try #require(Double(text))
            let value = try parse(text)
            #expect(value.bitPattern == expected.bitPattern, "\(text)")
        }
    }

    @Test("Random coordinates with up to 17 digits agree bit for bit")
    func randomCoordinates() throws {
        var generator = SplitMix64(seed: 2024)
        for _ in 0..<20_000 {
            let integer = Int(generator.next() % 2_000_000) - 1_000_000
            let fractionDigits = Int(generator.next() % 17)
            var text = String(integer)
            if fractionDigits > 0 {
                text += "." + (0..<fractionDigits).map { _ in String(generator.next() % 10) }.joined()
            }
            let expected = try #require(Double(text))
            #expect(try parse(text).bitPattern == expected.bitPattern, "\(text)")
        }
    }
}
