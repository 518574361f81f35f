import KresbaScene

/// The options of a pictogram: icon arrays (waffle grids), isotype rows and proportional icons.
///
/// ```yaml
/// type: pictogram
/// layout: grid                      # or rows (isotype), or single (one icon per category)
/// grid: { columns: 10, rows: 10 }
/// icon: house
/// category: kategorie
/// value: podil
/// partial: true                     # 70.4 shows as 70 whole icons and 40 % of the 71st
/// ```
package struct PictogramSpec: Sendable, Equatable {
    /// How the icons are arranged.
    package enum Layout: String, Sendable, Equatable, CaseIterable {
        /// One grid of icons split among the categories (an icon array, a "waffle").
        case grid
        /// One row of repeated icons per category, one icon per unit (isotype).
        case rows
        /// One icon per category, filled to its share (small multiples when there are several).
        case single
    }

    /// How the icons are arranged.
    package var layout: Layout
    /// The field naming the categories; without it each row is an unnamed category.
    package var category: FieldRef?
    /// The field with the numbers.
    package var value: FieldRef
    /// Which icon to draw.
    package var icon: IconChoice
    /// Icons defined in the spec, by name (`icons: {jested: {path: …, viewBox: …}}`).
    package var customIcons: [Icon]
    /// The grid's size and fill order (layout `grid`).
    package var grid: GridSpec
    /// What one icon stands for; automatic when absent.
    package var unit: UnitSpec?
    /// What a full grid or a full single icon stands for.
    package var total: TotalSpec?
    /// Whether fractions show as partly filled icons; `nil` takes the layout's default.
    package var partial: Bool?
    /// Category colours in order; the theme's palette when empty.
    package var colors: [Color]
    /// The colour of the unfilled part of icons; `nil` hides it.
    package var empty: Color?
    /// The legend of categories and the unit key.
    package var legend: LegendSpec
    /// Direct labels; `nil` takes the layout's default.
    package var labels: PictogramLabels?
    /// Category order.
    package var sort: SortOrder
    /// The gap between icons as a fraction of the icon size; `nil` takes the layout's default.
    package var spacing: Double?

    /// The light grey of unfilled icons: visible on white, clearly not a category colour.
    package static let defaultEmpty = Color(rgb: 0xDDE1E6)
}

/// Which icon a pictogram draws.
package enum IconChoice: Sendable, Equatable {
    /// A built-in or custom icon by name, checked when the spec is read.
    case named(String)
    /// The name of the icon comes from a data field, one icon per category.
    case field(FieldRef)
}

/// The size and fill order of an icon grid.
package struct GridSpec: Sendable, Equatable {
    /// Icons across.
    package var columns: Int
    /// Icons down; computed from the unit when the spec gives a unit and no rows.
    package var rows: Int?
    /// Whether icons fill row by row or column by column.
    package var order: GridOrder
    /// The corner the first icon sits in.
    package var start: GridCorner

    /// 10 x 10, filled by rows from the top left: a hundred icons, one per cent.
    package static let `default` = GridSpec(columns: 10, rows: nil, order: .rows, start: .topLeft)
}

/// The order icons of a grid are filled in.
package enum GridOrder: String, Sendable, Equatable, CaseIterable {
    /// Along each row, then the next row.
    case rows
    /// Down each column, then the next column.
    case columns
}

/// A corner of a grid.
package enum GridCorner: String, Sendable, Equatable, CaseIterable {
    case topLeft = "top-left"
    case topRight = "top-right"
    case bottomLeft = "bottom-left"
    case bottomRight = "bottom-right"
}

/// What one icon stands for ("1 ikona = 1 000 obyvatel").
package struct UnitSpec: Sendable, Equatable {
    /// The amount; chosen automatically when `nil`.
    package var value: Double?
    /// What is counted, in the form that follows a number ("obyvatel", "domů").
    package var label: String?
}

/// What a full grid or a full single icon stands for.
package enum TotalSpec: Sendable, Equatable {
    /// One number for every category (100 for percentages).
    case number(Double)
    /// Each row's own total from a field (e.g. the population the value is part of).
    case field(FieldRef)
}

/// Direct labels: the category's name and its number next to its icons.
package struct PictogramLabels: Sendable, Equatable {
    /// What number a label shows.
    package enum Content: String, Sendable, Equatable, CaseIterable {
        /// The value as given.
        case value
        /// The value's share of the total, as a percentage.
        case share
        /// No number, only the category.
        case category
    }

    /// Whether labels are drawn.
    package var shown: Bool
    /// What number a label shows; `nil` takes the layout's default.
    package var content: Content?
    /// Number format of the labels and the unit key.
    package var format: NumberFormat?
}
