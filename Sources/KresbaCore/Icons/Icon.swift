import KresbaScene

/// A pictogram icon: an outline drawn in its own view box.
///
/// Layout scales the view box to the icon's place, so the icon stays a vector in every output
/// (the SVG and PDF carry the outline itself, never a raster).
package struct Icon: Sendable, Equatable {
    /// The name a spec uses for it ("person", or the name of a custom icon).
    package var name: String
    /// The area of the drawing the outline is designed in; it maps onto the icon's cell.
    package var viewBox: Rect
    /// The outline, in view-box coordinates.
    package var path: Path

    /// Creates an icon.
    package init(name: String, viewBox: Rect, path: Path) {
        self.name = name
        self.viewBox = viewBox
        self.path = path
    }

    /// Width divided by height of the view box.
    package var aspectRatio: Double { viewBox.width / viewBox.height }
}

/// The icons built into Kresba, drawn for regional statistics on one grid (24 units tall, the
/// ground at the bottom, as wide as each figure needs), by `scripts/generate-icons.py`.
package enum BuiltInIcons {
    /// One icon as the generator writes it.
    struct Definition {
        var name: String
        var width: Double
        /// The Czech and English words for the icon, for the preview sheet and the docs.
        var czech: String
        var english: String
        var pathData: String
    }

    /// Other names that mean the same icon, for words people reach for first.
    static let aliases = [
        "household": "house", "people": "person", "user": "person", "home": "house", "building": "apartment",
        "money": "coin", "energy": "bolt", "water": "drop", "trash": "bin", "waste": "bin",
        "job": "briefcase",
        "work": "briefcase", "health": "heart", "education": "graduation-cap", "graduate": "graduation-cap",
        "computer": "laptop", "food": "cutlery", "heat": "flame", "medicine": "pill",
    ]

    /// Every built-in icon, parsed once.
    package static let all: [Icon] = definitions.map { definition in
        do {
            return Icon(
                name: definition.name, viewBox: Rect(x: 0, y: 0, width: definition.width, height: 24),
                path: try SVGPathParser.parse(definition.pathData))
        } catch {
            // The data are generated and covered by a test; a failure here is a build defect.
            fatalError("built-in icon \(definition.name): \(error)")
        }
    }

    private static let byName = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })

    /// The names of the built-in icons, in preview order.
    package static var names: [String] { definitions.map(\.name) }

    /// The icon named `name` (or one of its aliases).
    package static func named(_ name: String) -> Icon? {
        byName[name] ?? aliases[name].flatMap { byName[$0] }
    }
}
