import Foundation
import KresbaScene
import Testing

@testable import KresbaCore

/// The built-in icon set: large enough, every outline inside its view box, the preview sheet
/// complete, and names that a spec can reach (aliases included).
@Suite struct BuiltInIconsTests {
    @Test func thereAreAtLeastThirtyIconsWithUniqueNames() {
        #expect(BuiltInIcons.all.count >= 30)
        #expect(Set(BuiltInIcons.names).count == BuiltInIcons.names.count)
    }

    @Test func theIconsRegionalStatisticsNeedAreThere() {
        let needed = [
            "person", "man", "woman", "child", "senior", "family", "house", "apartment", "car", "bus",
            "train",
            "tram", "bicycle", "tree", "forest", "drop", "factory", "hospital", "doctor", "school",
            "graduation-cap", "coin", "basket", "heart", "bed", "bin", "recycle", "bolt", "sun", "leaf",
            "briefcase",
        ]
        for name in needed { #expect(BuiltInIcons.named(name) != nil, "missing icon \(name)") }
    }

    @Test func aliasesReachRealIcons() {
        for (alias, target) in BuiltInIcons.aliases {
            #expect(BuiltInIcons.named(alias)?.name == target, "alias \(alias)")
            #expect(!BuiltInIcons.names.contains(alias), "alias \(alias) hides an icon")
        }
    }

    /// Every point of every outline (control points included) lies in the 24-unit-tall view box.
    @Test(arguments: BuiltInIcons.all.map(\.name))
    func outlineStaysInsideTheViewBox(_ name: String) throws {
        let icon = try #require(BuiltInIcons.named(name))
        #expect(icon.viewBox.height == 24 && icon.viewBox.width > 0 && icon.viewBox.width <= 24)
        var points: [Point] = []
        for element in icon.path.elements {
            switch element {
            case .move(let p), .line(let p): points.append(p)
            case .curve(let a, let b, let p): points += [a, b, p]
            case .close: break
            }
        }
        #expect(!points.isEmpty)
        let box = icon.viewBox
        // Arc control points may bulge a little beyond the curve itself.
        for p in points {
            #expect(
                p.x >= box.x - 0.6 && p.x <= box.maxX + 0.6 && p.y >= box.y - 0.6 && p.y <= box.maxY + 0.6,
                "\(name): \(p) outside \(box)")
        }
    }

    @Test func thePreviewSheetShowsEveryIcon() throws {
        let sheet = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
                "Gallery/pictogram/ikony.yaml")
        let text = try String(contentsOf: sheet, encoding: .utf8)
        for name in BuiltInIcons.names {
            #expect(
                text.contains("{ ikona: \(name),"),
                "the preview sheet lacks \(name); run scripts/generate-icons.py")
        }
    }
}
