import KresbaScene

/// Default colours for categories, de-emphasis and text on coloured fills.
package enum ColorScheme {
    /// The default categorical palette: Okabe & Ito's "colour universal design" set.
    ///
    /// The eight colours stay distinguishable for people with protanopia, deuteranopia and
    /// tritanopia (about one man in twelve has a red-green deficiency) and in greyscale print,
    /// which the usual d3/Tableau palettes do not. The order is chosen for charts, where the
    /// first few colours do most of the work:
    /// 1. blue #0072B2: a calm, strong default for a single series (5.2:1 against white);
    /// 2. orange #E69F00: the most different from blue for every type of colour blindness;
    /// 3. bluish green #009E73 and 4. vermillion #D55E00: distinct from the first two in hue and
    ///    lightness, and green/vermillion only appear together once blue and orange are taken;
    /// 5. sky blue #56B4E9: late because it is a lighter neighbour of blue;
    /// 6. reddish purple #CC79A7;
    /// 7. yellow #F0E442: late because it almost vanishes on white (1.2:1), fine for areas only;
    /// 8. dark grey #4D4D4D instead of the set's black, which would read as axis or text ink.
    /// More categories than eight should be grouped ("other") rather than coloured.
    package static let categorical: [Color] = [
        Color(rgb: 0x0072B2),
        Color(rgb: 0xE69F00),
        Color(rgb: 0x009E73),
        Color(rgb: 0xD55E00),
        Color(rgb: 0x56B4E9),
        Color(rgb: 0xCC79A7),
        Color(rgb: 0xF0E442),
        Color(rgb: 0x4D4D4D),
    ]

    /// A light grey for de-emphasised marks (context series, "other"): lighter than every palette
    /// colour except yellow, so highlighted marks stand out in front of it.
    package static let muted = Color(rgb: 0xBBBBBB)

    /// The dark text colour used on light fills: near-black, softer than pure black on screens.
    package static let darkText = Color(rgb: 0x1A1A1A)

    /// The palette colour for the category at `index`, repeating after the last colour.
    package static func categorical(_ index: Int) -> Color {
        let count = categorical.count
        return categorical[((index % count) + count) % count]
    }

    /// The WCAG 2 contrast ratio of two opaque colours, from 1 (same) to 21 (black on white).
    package static func contrastRatio(_ first: Color, _ second: Color) -> Double {
        let lighter = max(first.luminance, second.luminance)
        let darker = min(first.luminance, second.luminance)
        return (lighter + 0.05) / (darker + 0.05)
    }

    /// Whichever of `dark` and `light` has the higher WCAG contrast on `fill`.
    ///
    /// A translucent fill is first composited over `background`, because that blend is what the
    /// text is actually read against. Ties go to the dark colour.
    package static func readableText(
        on fill: Color, background: Color = .white, dark: Color = darkText, light: Color = .white
    ) -> Color {
        var opaque = fill
        opaque.alpha = 1
        let seen = fill.alpha >= 1 ? opaque : background.mixed(with: opaque, max(0, fill.alpha))
        return contrastRatio(seen, light) > contrastRatio(seen, dark) ? light : dark
    }
}
