import KresbaScene

/// Finishes Cairo's SVG: stable ids and accessibility metadata.
///
/// Cairo names some elements after process-wide counters (`surface45`, `image12`), so the same
/// drawing gets different ids depending on what was rendered before it. Renumbering every
/// generated id by order of first appearance makes the bytes depend on the drawing alone.
/// Cairo cannot emit a title or description, so they are added here.
enum SVGPostProcessor {
    /// Renumbers ids, then adds `role`, `lang`, `<title>` and `<desc>` to the root element.
    static func process(_ svg: [UInt8], metadata: SceneMetadata) -> [UInt8] {
        addMetadata(to: renumberIDs(svg), metadata)
    }

    // MARK: Ids

    /// The three places an id occurs in Cairo's output; each is followed by the name and then
    /// the terminator. `id="` must follow whitespace so no other attribute ending in "id" matches.
    private static let forms: [(prefix: [UInt8], terminator: UInt8, definition: Bool)] = [
        (Array(" id=\"".utf8), UInt8(ascii: "\""), true),
        (Array("href=\"#".utf8), UInt8(ascii: "\""), false),
        (Array("url(#".utf8), UInt8(ascii: ")"), false),
    ]

    /// An occurrence of an id: where its name lies in the document.
    private struct Occurrence {
        var range: Range<Int>
        var definition: Bool
    }

    /// Every id definition and reference, in document order.
    private static func occurrences(in svg: [UInt8]) -> [Occurrence] {
        // Most bytes start none of the forms; testing the three first bytes before anything else
        // keeps this scan over the glyph outlines of a text-heavy SVG cheap.
        let firsts = (forms[0].prefix[0], forms[1].prefix[0], forms[2].prefix[0])
        return svg.withUnsafeBufferPointer { bytes in
            var found: [Occurrence] = []
            var index = 0
            scan: while index < bytes.count {
                let byte = bytes[index]
                // Path data is full of spaces; only " i" can start ` id="`.
                guard
                    byte == firsts.1 || byte == firsts.2
                        || (byte == firsts.0 && index + 1 < bytes.count
                            && bytes[index + 1] == forms[0].prefix[1])
                else {
                    index += 1
                    continue
                }
                for form in forms where byte == form.prefix[0] && matches(bytes, at: index, form.prefix) {
                    let start = index + form.prefix.count
                    var end = start
                    while end < bytes.count, bytes[end] != form.terminator, bytes[end] != UInt8(ascii: "<") {
                        end += 1
                    }
                    if end < bytes.count, bytes[end] == form.terminator, end > start {
                        found.append(Occurrence(range: start..<end, definition: form.definition))
                    }
                    index = end
                    continue scan
                }
                index += 1
            }
            return found
        }
    }

    /// Gives every generated id (letters, a number, optionally "-number" parts such as Cairo's
    /// `glyph3-12`) a new number per prefix, by order of first appearance, and rewrites each
    /// definition and reference. Only the first number changes: in `glyphF-G` the font index F
    /// comes from a document-wide counter while G already counts within that font.
    /// Names without a number (Cairo's `alpha` filter) stay as they are.
    static func renumberIDs(_ svg: [UInt8]) -> [UInt8] {
        let found = occurrences(in: svg)
        let defined = Set(found.lazy.filter(\.definition).map { Array(svg[$0.range]) })
        var counters: [[UInt8]: Int] = [:]
        var renamed: [[UInt8]: [UInt8]] = [:]  // "surface45" -> "surface1"
        var numbers: [[UInt8]: [UInt8]] = [:]  // "surface" + "45" -> "1"
        for occurrence in found {
            let name = Array(svg[occurrence.range])
            guard renamed[name] == nil, defined.contains(name), let parts = split(name) else { continue }
            let key = parts.prefix + [UInt8(ascii: "#")] + parts.number
            let number: [UInt8]
            if let existing = numbers[key] {
                number = existing
            } else {
                let next = (counters[parts.prefix] ?? 0) + 1
                counters[parts.prefix] = next
                number = Array(String(next).utf8)
                numbers[key] = number
            }
            renamed[name] = parts.prefix + number + parts.rest
        }
        guard !renamed.isEmpty else { return svg }

        var output: [UInt8] = []
        output.reserveCapacity(svg.count)
        var copied = 0
        for occurrence in found {
            guard let replacement = renamed[Array(svg[occurrence.range])] else { continue }
            output += svg[copied..<occurrence.range.lowerBound]
            output += replacement
            copied = occurrence.range.upperBound
        }
        output += svg[copied...]
        return output
    }

    /// Splits "glyph3-12" into ("glyph", "3", "-12"); `nil` for names that are not letters
    /// (hyphens and underscores allowed) followed by a digit.
    private static func split(_ name: [UInt8]) -> (prefix: [UInt8], number: [UInt8], rest: [UInt8])? {
        func isLetter(_ c: UInt8) -> Bool {
            (65...90).contains(c) || (97...122).contains(c) || c == 45 || c == 95
        }
        func isDigit(_ c: UInt8) -> Bool { (48...57).contains(c) }
        var i = 0
        while i < name.count, isLetter(name[i]), !isDigit(name[i]) { i += 1 }
        guard i > 0, i < name.count, isDigit(name[i]) else { return nil }
        var j = i
        while j < name.count, isDigit(name[j]) { j += 1 }
        return (Array(name[0..<i]), Array(name[i..<j]), Array(name[j...]))
    }

    private static func matches<Bytes: RandomAccessCollection<UInt8>>(
        _ svg: Bytes, at index: Int, _ pattern: [UInt8]
    ) -> Bool where Bytes.Index == Int {
        guard index + pattern.count <= svg.endIndex else { return false }
        for k in 1..<pattern.count where svg[index + k] != pattern[k] { return false }
        return true
    }

    // MARK: Accessibility

    /// Adds `role="img"`, `lang` and the ARIA links to the root `<svg>` element, and `<title>` /
    /// `<desc>` as its first children (screen readers announce them; browsers show the title as
    /// a tooltip). Empty metadata adds no empty elements.
    static func addMetadata(to svg: [UInt8], _ metadata: SceneMetadata) -> [UInt8] {
        let open = Array("<svg".utf8)
        guard let start = (0..<svg.count).first(where: { svg[$0] == open[0] && matches(svg, at: $0, open) }),
            let end = svg[start...].firstIndex(of: UInt8(ascii: ">"))
        else { return svg }
        var attributes = " role=\"img\""
        var children = ""
        if !metadata.title.isEmpty {
            attributes += " aria-labelledby=\"title\""
            children += "\n<title id=\"title\">\(escape(metadata.title))</title>"
        }
        if !metadata.description.isEmpty {
            attributes += " aria-describedby=\"desc\""
            children += "\n<desc id=\"desc\">\(escape(metadata.description))</desc>"
        }
        if !metadata.language.isEmpty {
            // xml:lang for SVG 1.1 user agents, lang for HTML and SVG 2.
            attributes += " lang=\"\(escape(metadata.language))\" xml:lang=\"\(escape(metadata.language))\""
        }
        // Cairo's root element always has children, so it is never self-closing ("<svg/>").
        return Array(svg[..<end]) + Array(attributes.utf8) + [UInt8(ascii: ">")] + Array(children.utf8)
            + Array(svg[(end + 1)...])
    }

    /// Escapes text for XML character data and attribute values.
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            // Control characters other than tab and newline are not allowed in XML 1.0 at all.
            case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}": continue
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }
}
