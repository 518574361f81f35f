import Foundation
import KresbaScene

/// Colour schemes for maps: ColorBrewer sequential and diverging schemes (the per-class colours
/// Cynthia Brewer chose, not interpolations) and the perceptually uniform viridis family.
package enum ColorSchemes {
    /// What kind of data a scheme is for.
    package enum Kind: Sendable, Equatable {
        /// Low to high.
        case sequential
        /// Below and above a midpoint.
        case diverging
        /// Low to high, even in lightness (viridis, magma, inferno, plasma).
        case uniform
    }

    /// Every scheme name, sorted.
    package static let names: [String] =
        (Array(sequential.keys) + Array(diverging.keys) + Array(uniform.keys)).sorted()

    /// The kind of a scheme, or nil when there is no such scheme.
    package static func named(_ name: String) -> Kind? {
        let key = name.lowercased()
        if sequential[key] != nil { return .sequential }
        if diverging[key] != nil { return .diverging }
        if uniform[key] != nil { return .uniform }
        return nil
    }

    /// `count` colours of a scheme, lowest class first; ColorBrewer's own colours for 3 to 9
    /// classes, interpolated otherwise.
    package static func colors(_ name: String, count: Int) -> [Color] {
        let key = name.lowercased()
        if let table = sequential[key] ?? diverging[key] {
            if (3...9).contains(count) { return table[count - 3].map { Color(rgb: $0) } }
            let stops = table[6].map { Color(rgb: $0) }
            return (0..<count).map { interpolate(stops, count == 1 ? 1 : Double($0) / Double(count - 1)) }
        }
        let stops = (uniform[key] ?? uniform["viridis"] ?? []).map { Color(rgb: $0) }
        // Leave out the darkest end of viridis-like maps so the first class is not near-black.
        return (0..<count).map {
            interpolate(stops, 0.1 + 0.9 * (count == 1 ? 1 : Double($0) / Double(count - 1)))
        }
    }

    /// The colour at `t` (0...1) along a scheme, for continuous (unclassed) maps.
    package static func ramp(_ name: String) -> [Color] {
        let key = name.lowercased()
        if let table = sequential[key] ?? diverging[key] { return table[6].map { Color(rgb: $0) } }
        return (uniform[key] ?? uniform["viridis"] ?? []).map { Color(rgb: $0) }
    }

    /// Linear interpolation between evenly spaced stops.
    package static func interpolate(_ stops: [Color], _ t: Double) -> Color {
        guard stops.count > 1 else { return stops.first ?? .black }
        let x = max(0, min(1, t)) * Double(stops.count - 1)
        let i = min(stops.count - 2, Int(x))
        return stops[i].mixed(with: stops[i + 1], x - Double(i))
    }
}
