import KresbaScene

/// Reading icons from a pictogram spec: built-in names with a did-you-mean, custom icons from
/// SVG path data with the character where malformed data goes wrong.
extension ChartSpec {
    /// `icons: {jested: {path: "M…", viewBox: "0 0 24 24"}}`: icons the spec defines by name.
    static func readCustomIcons(_ object: SpecObject) -> [Icon] {
        guard let node = object.node("icons") else { return [] }
        guard case .object(let members) = node.value else {
            object.mismatch("icons", expected: "an object of icon names and {path, viewBox}", found: node)
            return []
        }
        var icons: [Icon] = []
        for member in members {
            let path = object.path("icons").appending(member.key)
            // A broken icon still defines its name, so that using it is not a second error.
            icons.append(
                readCustomIcon(member.value, name: member.key, at: path, reader: object.reader)
                    ?? Icon(name: member.key, viewBox: Rect(x: 0, y: 0, width: 1, height: 1), path: Path()))
        }
        return icons
    }

    /// `icon: person`, `icon: {field: ikona}` or an inline `icon: {path: "M…", viewBox: …}`.
    static func readIcon(_ object: SpecObject, custom: inout [Icon]) -> IconChoice {
        guard let node = object.node("icon") else { return .named("person") }
        let path = object.path("icon")
        switch node.value {
        case .string(let name):
            if custom.contains(where: { $0.name == name }) || BuiltInIcons.named(name) != nil {
                return .named(name)
            }
            let known = custom.map(\.name) + BuiltInIcons.names
            var message = "unknown icon \"\(name)\""
            if let hint = Suggestion.closest(to: name, in: known + BuiltInIcons.aliases.keys.sorted()) {
                message += "; did you mean \"\(hint)\"?"
            }
            message += " (icons: \(known.joined(separator: ", ")); or define one under \"icons\")"
            object.reader.error(message, at: path, node.position)
            return .named("person")
        case .object(let members) where members.contains(where: { $0.key == "field" }):
            guard let o = object.object("icon", keys: ["field"]), let name = o.string("field") else {
                return .named("person")
            }
            return .field(FieldRef(name: name, path: o.path("field"), position: o.node("field")?.position))
        case .object:
            if let icon = readCustomIcon(node, name: inlineIconName, at: path, reader: object.reader) {
                custom.append(icon)
                return .named(inlineIconName)
            }
            return .named("person")
        default:
            object.mismatch("icon", expected: "an icon name, {field} or {path, viewBox}", found: node)
            return .named("person")
        }
    }

    /// One custom icon: `{path: "M2 22 L12 2 L22 22 Z", viewBox: "0 0 24 24", fillRule: evenodd}`.
    private static func readCustomIcon(_ node: SpecNode, name: String, at path: SpecPath, reader: SpecReader)
        -> Icon?
    {
        guard let o = reader.object(node, at: path, keys: customIconKeys) else { return nil }
        guard let data = o.string("path"), let dataNode = o.node("path") else {
            reader.error(
                "missing key \"path\" (SVG path data such as \"M2 22 L12 2 L22 22 Z\")", at: path,
                node.position)
            return nil
        }
        var outline: Path?
        do {
            outline = try SVGPathParser.parse(data)
        } catch {
            reader.error("\(error)", at: o.path("path"), dataNode.position)
        }
        let viewBox = readViewBox(o, path: path, node: node)
        let fillRule = o.choice("fillRule", FillRule.self) ?? .nonzero
        guard var outline, let viewBox else { return nil }
        outline.evenOddFill = fillRule == .evenodd
        return Icon(name: name, viewBox: viewBox, path: outline)
    }

    private enum FillRule: String, CaseIterable {
        case nonzero, evenodd
    }

    /// `viewBox: "0 0 24 24"` (as in SVG) or `[0, 0, 24, 24]`.
    private static func readViewBox(_ o: SpecObject, path: SpecPath, node: SpecNode) -> Rect? {
        guard let boxNode = o.node("viewBox") else {
            o.reader.error(
                "missing key \"viewBox\" (the area the path is drawn in, e.g. \"0 0 24 24\")", at: path,
                node.position)
            return nil
        }
        var numbers: [Double] = []
        switch boxNode.value {
        case .string(let s):
            let parts = s.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
            numbers = parts.compactMap(Double.init)
            if numbers.count != parts.count { numbers = [] }
        case .array(let items):
            numbers = items.compactMap { if case .number(let d) = $0.value { d } else { nil } }
            if numbers.count != items.count { numbers = [] }
        default: break
        }
        guard numbers.count == 4, numbers[2] > 0, numbers[3] > 0, numbers.allSatisfy(\.isFinite) else {
            o.reader.error(
                "expected a view box of four numbers, min-x min-y width height, with a positive width and height, "
                    + "like \"0 0 24 24\"", at: o.path("viewBox"), boxNode.position)
            return nil
        }
        return Rect(x: numbers[0], y: numbers[1], width: numbers[2], height: numbers[3])
    }
}
