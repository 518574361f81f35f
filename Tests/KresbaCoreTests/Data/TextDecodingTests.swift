import Foundation
import Testing

@testable import KresbaCore

@Suite("Text decoding")
struct TextDecodingTests {
    /// Reads a fixture written once by `iconv` (see its header): byte → scalar, nil where iconv refuses.
    private func iconvTable(_ name: String) throws -> [UInt8: UInt32?] {
        let text = String(decoding: try DataTestSupport.fixtureBytes(name), as: UTF8.self)
        var table: [UInt8: UInt32?] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: "\t")
            guard parts.count == 2, let byte = UInt8(parts[0], radix: 16) else { continue }
            table[byte] = parts[1] == "-" ? UInt32?.none : UInt32(parts[1], radix: 16)
        }
        return table
    }

    @Test("Windows-1250 table matches iconv for every byte 0x80–0xFF")
    func windows1250MatchesIconv() throws {
        let expected = try iconvTable("iconv-windows-1250.txt")
        #expect(expected.count == 128)
        for byte in UInt8(0x80)...UInt8(0xFF) {
            let ours = CodePages.windows1250[Int(byte) - 0x80]
            let scalar: UInt32? = ours == CodePages.undefined ? nil : UInt32(ours)
            #expect(scalar == expected[byte] ?? nil, "byte \(String(byte, radix: 16))")
        }
    }

    @Test("ISO-8859-2 table matches iconv for every byte 0x80–0xFF")
    func iso88592MatchesIconv() throws {
        let expected = try iconvTable("iconv-iso-8859-2.txt")
        #expect(expected.count == 128)
        for byte in UInt8(0x80)...UInt8(0xFF) {
            let ours = CodePages.iso88592[Int(byte) - 0x80]
            #expect(ours != CodePages.undefined)
            #expect(UInt32(ours) == expected[byte] ?? nil, "byte \(String(byte, radix: 16))")
        }
    }

    @Test("Windows-1250 \"Česká Lípa; Železný Brod\" is detected and decoded")
    func windows1250Detected() throws {
        // Written as raw bytes, independent of the reader's tables: Č=C8 á=E1 í=ED Ž=8E ý=FD.
        let bytes: [UInt8] = [
            0x6E, 0x61, 0x7A, 0x65, 0x76, 0x0A,  // "nazev\n"
            0xC8, 0x65, 0x73, 0x6B, 0xE1, 0x20, 0x4C, 0xED, 0x70, 0x61, 0x0A,  // "Česká Lípa\n"
            0x8E, 0x65, 0x6C, 0x65, 0x7A, 0x6E, 0xFD, 0x20, 0x42, 0x72, 0x6F, 0x64, 0x0A,  // "Železný Brod\n"
        ]
        let decoded = try TextDecoding.decode(bytes, sourceName: "x.csv")
        #expect(decoded.encoding == .windows1250)
        #expect(String(decoding: decoded.utf8, as: UTF8.self) == "nazev\nČeská Lípa\nŽelezný Brod\n")
        let table = try CSVReader.read(bytes, sourceName: "x.csv")
        #expect(table.format.encoding == .windows1250)
        #expect(table.valuesOf("nazev") == [.text("Česká Lípa"), .text("Železný Brod")])
    }

    @Test("ISO-8859-2 is told from Windows-1250 by the bytes of Š Ť Ž š ť ž")
    func iso88592Detected() throws {
        // Ž=AE š=B9 ť=BB in ISO-8859-2; in Windows-1250 they would be ® ą ».
        let ascii = { (text: String) in Array(text.utf8) }
        let bytes: [UInt8] =
            ascii("obec;kraj\n")
            + [0xAE, 0xEF, 0xE1] + ascii("r;Kr") + [0xE1] + ascii("lov") + [0xE9] + ascii("hradeck") + [
                0xFD, 0x0A,
            ]
            + ascii("Pe") + [0xB9, 0xBB] + ascii("any;Plze") + [0xF2] + ascii("sk") + [0xFD, 0x0A]
        let table = try CSVReader.read(bytes, sourceName: "x.csv")
        #expect(table.format.encoding == .iso88592)
        #expect(table.valuesOf("obec") == [.text("Žďár"), .text("Pešťany")])
        #expect(table.valuesOf("kraj") == [.text("Královéhradecký"), .text("Plzeňský")])
    }

    @Test("Detection looks at 0x80–0x9F first, then at the ISO letters")
    func detectionRule() {
        #expect(TextDecoding.detectSingleByte([0x9A]) == .windows1250)
        #expect(TextDecoding.detectSingleByte([0xB9, 0x9E]) == .windows1250)
        #expect(TextDecoding.detectSingleByte([0xB9]) == .iso88592)
        // Only bytes both code pages share (Č á í): either reading is right, Windows-1250 is assumed.
        #expect(TextDecoding.detectSingleByte([0xC8, 0xE1, 0xED]) == .windows1250)
    }

    @Test("UTF-8 with and without BOM")
    func utf8() throws {
        let plain = try DataTestSupport.csv("název,počet\nŘevnice,3\n")
        #expect(plain.format.encoding == .utf8)
        #expect(plain.format.byteOrderMark == false)
        let withBOM = try CSVReader.read(
            [0xEF, 0xBB, 0xBF] + Array("název,počet\nŘevnice,3\n".utf8), sourceName: "b.csv")
        #expect(withBOM.format.byteOrderMark)
        #expect(withBOM.fieldNames == ["název", "počet"])
        #expect(withBOM.valuesOf("počet") == [.number(3)])
    }

    @Test("Encoding names in specs")
    func encodingNames() {
        #expect(TextEncoding(name: "UTF-8") == .utf8)
        #expect(TextEncoding(name: "cp1250") == .windows1250)
        #expect(TextEncoding(name: "Windows-1250") == .windows1250)
        #expect(TextEncoding(name: "iso-8859-2") == .iso88592)
        #expect(TextEncoding(name: "latin2") == .iso88592)
        #expect(TextEncoding(name: "koi8-r") == nil)
    }

    @Test("Invalid UTF-8 with a declared encoding is an error with line and column")
    func invalidUTF8Declared() {
        var bytes = Array("a;b\n1;x".utf8)
        bytes += [0xE8]  // č in Windows-1250, a broken lead byte in UTF-8
        bytes += Array("x\n".utf8)
        let error = DataTestSupport.csvError(bytes: bytes, options: CSVOptions(encoding: .utf8))
        #expect(
            error?.description
                == "data/test.csv:2:4: error: byte 0xE8 is not valid UTF-8; the file may be Windows-1250 or "
                + "ISO-8859-2; set that encoding or leave it to detection")
    }

    @Test("A byte Windows-1250 leaves undefined is an error")
    func undefinedWindows1250Byte() {
        let bytes = Array("a\nok\nx".utf8) + [0x81] + Array("\n".utf8)
        let error = DataTestSupport.csvError(bytes: bytes, options: CSVOptions(encoding: .windows1250))
        #expect(
            error?.description == "data/test.csv:3:2: error: byte 0x81 cannot be decoded as Windows-1250; "
                + "convert the file to UTF-8")
        // Detection fails the same way: 0x81 is neither UTF-8 nor Windows-1250 (nor a letter in ISO-8859-2).
        #expect(DataTestSupport.csvError(bytes: bytes)?.location.line == 3)
    }

    @Test("Windows-1250 text declared as ISO-8859-2 points at the Windows-1250 letter")
    func wrongDeclaredISO() {
        let bytes = Array("obec\n".utf8) + [0x8E, 0x61, 0x74, 0x65, 0x63] + [0x0A]  // "Žatec" in cp1250
        let error = DataTestSupport.csvError(bytes: bytes, options: CSVOptions(encoding: .iso88592))
        #expect(
            error?.description == "data/test.csv:2:1: error: byte 0x8E cannot be decoded as ISO-8859-2; "
                + "the byte is a Czech letter in Windows-1250; set encoding to windows-1250")
    }

    @Test("UTF-16, ZIP and binary files are refused up front")
    func foreignFormats() {
        #expect(
            DataTestSupport.csvError(bytes: [0xFF, 0xFE, 0x61, 0x00])?.message
                == "the file is UTF-16 text, which is not supported")
        #expect(
            DataTestSupport.csvError(bytes: [0x50, 0x4B, 0x03, 0x04, 0x14])?.message
                == "the file is a ZIP archive (perhaps an .xlsx workbook), not text")
        #expect(
            DataTestSupport.csvError(bytes: Array("a,b\n1,".utf8) + [0, 0x32])?.description
                == "data/test.csv:2:3: error: the file contains a NUL byte, so it is not a text file; "
                + "export the data as CSV or JSON text")
    }

    @Test("UTF-8 validation rejects overlong forms, surrogates and values above U+10FFFF")
    func utf8Validation() {
        #expect(TextDecoding.firstInvalidUTF8(in: Array("žluťoučký 🐴".utf8)) == nil)
        #expect(TextDecoding.firstInvalidUTF8(in: [0x41, 0xC0, 0xAF]) == 1)  // overlong "/"
        #expect(TextDecoding.firstInvalidUTF8(in: [0xED, 0xA0, 0x80]) == 0)  // surrogate D800
        #expect(TextDecoding.firstInvalidUTF8(in: [0xF4, 0x90, 0x80, 0x80]) == 0)  // U+110000
        #expect(TextDecoding.firstInvalidUTF8(in: [0x41, 0xE2, 0x82]) == 1)  // truncated
    }
}
