import Foundation

/// One reference chart of the suite: a Kresba spec, and the name the C floor and the Python
/// script know the same chart by (`nil` while they do not draw it yet).
///
/// Adding a chart type: put its spec (800 x 500, data beside it) under `Benchmarks/charts/<type>/`,
/// add an entry here, a drawing function to `Benchmarks/floor/floor.c` and one to
/// `Benchmarks/python/bench.py` under the same name, then set `inFloor` and `inPython`.
struct ReferenceChart {
    /// The chart's name in the table and in the helper programs' `--chart` option.
    var name: String
    /// The spec, relative to the repository root.
    var spec: String
    /// The data file the C floor and Python read, relative to the repository root.
    var data: String
    /// Whether `floor.c` draws this chart.
    var inFloor: Bool
    /// Whether `bench.py` draws this chart.
    var inPython: Bool

    /// Every chart type Kresba has today. The C floor and the Python script draw the bar and line
    /// charts so far; the pictogram and the kraje choropleth are measured in Kresba only until they do.
    static let all: [ReferenceChart] = [
        ReferenceChart(
            name: "bar", spec: "Benchmarks/charts/bar/kraje.yaml",
            data: "Benchmarks/charts/bar/data/kraje.csv",
            inFloor: true, inPython: true),
        ReferenceChart(
            name: "line", spec: "Benchmarks/charts/line/okresy-covid.yaml",
            data: "Benchmarks/charts/line/data/okresy-covid.csv", inFloor: true, inPython: true),
        ReferenceChart(
            name: "pictogram", spec: "Benchmarks/charts/pictogram/vekove-skupiny.yaml",
            data: "Benchmarks/charts/pictogram/data/vekove-skupiny.csv", inFloor: false, inPython: false),
        ReferenceChart(
            name: "choropleth", spec: "Benchmarks/charts/choropleth/kraje.yaml",
            data: "Benchmarks/charts/choropleth/data/kraje.csv", inFloor: false, inPython: false),
        // Written into .build/bench/grid/ at run time by GridMap.write.
        ReferenceChart(
            name: "grid", spec: GridMap.spec, data: GridMap.data, inFloor: true, inPython: true),
    ]
}
