import Foundation

/// `build.yaml`: which charts a portal renders, into which folder, in which formats and sizes.
///
/// ```yaml
/// charts: [grafy/*.yaml, mapy/**/*.yaml]   # patterns relative to this file's folder
/// out: web/grafy                           # default: out
/// formats: [png, svg]                      # default: png
/// scale: 2                                 # PNG pixels per CSS pixel, default 1
/// sizes:                                   # optional; each chart is drawn in every size
///   mobil: 360x480
///   web: 800x500
///   tisk: 170x110mm@300dpi                 # millimetres, and the PNG at 300 dpi
/// ```
package struct BuildManifest: Sendable, Equatable {
    /// One size every chart is drawn in; its files go to a folder of its name.
    package struct Size: Sendable, Equatable {
        package var name: String
        /// CSS pixels (1/96 in).
        package var width: Double
        package var height: Double
        /// For PNG: the resolution to draw at and record (then `scale` is dpi / 96).
        package var dpi: Double?
    }

    /// Path patterns of the spec files: `*` and `?` within a folder name, `**` for any folders.
    package var charts: [String]
    /// The output folder, relative to the manifest's folder.
    package var out: String = "out"
    /// `png`, `svg`, `pdf`.
    package var formats: [String] = ["png"]
    /// PNG pixels per CSS pixel.
    package var scale: Double = 1
    /// The sizes, in the order written; empty means each spec's own size.
    package var sizes: [Size] = []

    package static let keys = ["charts", "out", "formats", "scale", "sizes"]
    package static let formatNames = ["png", "svg", "pdf"]

    /// Reads a manifest; every problem is reported with its JSON Pointer, line and column.
    package static func read(_ bytes: [UInt8], file: String) throws(KresbaError) -> BuildManifest {
        let root = try SpecParser.parse(bytes, file: file)
        let reader = SpecReader(file: file)
        guard let object = reader.object(root, at: .root, keys: keys) else {
            throw KresbaError(reader.diagnostics)
        }
        var manifest = BuildManifest(charts: [])
        if let charts = object.strings("charts") {
            manifest.charts = charts
            for (i, pattern) in charts.enumerated() where !PathPattern.staysInside(pattern) {
                var position = object.node("charts")?.position
                if case .array(let items)? = object.node("charts")?.value, items.indices.contains(i) {
                    position = items[i].position
                }
                reader.error(
                    "\"\(pattern)\" leaves the manifest's folder; chart patterns are relative to it, "
                        + "without \"..\"", at: SpecPath(["charts", String(i)]), position)
            }
        } else if !object.has("charts") {
            reader.error(
                "missing key \"charts\": the spec files to render, e.g. charts: [grafy/*.yaml]", at: .root,
                root.position)
        }
        if let out = object.string("out") { manifest.out = out }
        if let formats = object.strings("formats") {
            for (i, format) in formats.enumerated() where !formatNames.contains(format.lowercased()) {
                var message = "unknown format \"\(format)\""
                if let hint = Suggestion.closest(to: format.lowercased(), in: formatNames) {
                    message += "; did you mean \"\(hint)\"?"
                }
                var position = object.node("formats")?.position
                if case .array(let items)? = object.node("formats")?.value, items.indices.contains(i) {
                    position = items[i].position
                }
                reader.error(
                    message + " (formats: png, svg, pdf)", at: SpecPath(["formats", String(i)]), position)
            }
            manifest.formats = formats.map { $0.lowercased() }
        }
        if let scale = object.number("scale", in: 0.1...10) { manifest.scale = scale }
        if let sizes = object.node("sizes") {
            manifest.sizes = readSizes(sizes, reader: reader)
        }
        if reader.hasErrors { throw KresbaError(Diagnostic.inReadingOrder(reader.diagnostics)) }
        return manifest
    }

    private static func readSizes(_ node: SpecNode, reader: SpecReader) -> [Size] {
        guard case .object(let members) = node.value else {
            reader.error(
                "expected an object of named sizes such as {mobil: 360x480, web: 800x500}, found "
                    + node.kindDescription, at: SpecPath(["sizes"]), node.position)
            return []
        }
        var sizes: [Size] = []
        for member in members {
            let path = SpecPath(["sizes", member.key])
            guard !member.key.isEmpty, !member.key.contains("/"), !member.key.hasPrefix(".") else {
                reader.error(
                    "a size's name becomes a folder name; it cannot be empty, start with \".\" or hold \"/\"",
                    at: path, member.keyPosition)
                continue
            }
            guard case .string(let text) = member.value.value, let size = parseSize(text, name: member.key)
            else {
                reader.error(
                    "expected a size such as 800x500 (CSS pixels), 170x110mm or 170x110mm@300dpi",
                    at: path, member.value.position)
                continue
            }
            sizes.append(size)
        }
        return sizes
    }

    /// `800x500`, `170x110mm`, optionally followed by `@300dpi`.
    static func parseSize(_ text: String, name: String) -> Size? {
        var rest = Substring(text.trimmingCharacters(in: .whitespaces).lowercased())
        var dpi: Double?
        if let at = rest.firstIndex(of: "@") {
            let tail = rest[rest.index(after: at)...]
            guard tail.hasSuffix("dpi"), let value = Double(tail.dropLast(3)), (1...10_000).contains(value)
            else {
                return nil
            }
            dpi = value
            rest = rest[..<at]
        }
        var unit = 1.0
        if rest.hasSuffix("mm") {
            unit = 96 / 25.4
            rest = rest.dropLast(2)
        } else if rest.hasSuffix("px") {
            rest = rest.dropLast(2)
        }
        let parts = rest.split(separator: "x", omittingEmptySubsequences: false)
        guard parts.count == 2, let w = Double(parts[0]), let h = Double(parts[1]), w > 0, h > 0,
            w * unit <= 20_000, h * unit <= 20_000
        else { return nil }
        return Size(name: name, width: w * unit, height: h * unit, dpi: dpi)
    }
}
