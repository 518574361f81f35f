// swift-tools-version: 6.0
// Kresba: declarative chart specifications in, PNG / SVG / PDF out, drawn with Cairo and Pango.
//
// The targets follow the pipeline and its dependency rule:
//   KresbaScene  plain-Swift drawing primitives (no C, no specs)
//   KresbaCore   spec -> data -> transforms -> scales and layout -> scene (no C but CCurl, which
//                only its download code uses)
//   CCurl        libcurl opened with dlopen() on the first download, so no process links curl
//   KresbaCairo  the only module that touches C: Cairo/Pango backends and text measurement
//   Kresba       the small public façade the portal build embeds
//   KresbaCLI    the `kresba` command
import PackageDescription

let package = Package(
    name: "Kresba",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Kresba", targets: ["Kresba"]),
        .executable(name: "kresba", targets: ["KresbaCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CPangoCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]
        ),
        .systemLibrary(name: "CLibDeflate", pkgConfig: "libdeflate", providers: [.apt(["libdeflate-dev"])]),
        .target(name: "KresbaScene"),
        .target(name: "CCurl"),
        .target(
            name: "KresbaCore",
            dependencies: ["KresbaScene", "CCurl", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "KresbaCairo", dependencies: ["KresbaScene", "CPangoCairo", "CLibDeflate"]),
        .target(name: "Kresba", dependencies: ["KresbaCore", "KresbaCairo", "KresbaScene"]),
        .executableTarget(
            name: "KresbaCLI",
            dependencies: [
                "Kresba", "KresbaCore", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "KresbaTestSupport", dependencies: ["KresbaCairo", "KresbaScene"]),
        .testTarget(
            name: "KresbaCoreTests", dependencies: ["KresbaCore", "KresbaScene"],
            exclude: ["Data/Fixtures"]  // read through #filePath, not bundled
        ),
        .testTarget(
            name: "KresbaCairoTests", dependencies: ["KresbaCairo", "KresbaScene", "KresbaTestSupport"]),
        .testTarget(
            name: "GalleryTests",
            dependencies: ["Kresba", "KresbaCore", "KresbaCairo", "KresbaTestSupport"]
        ),
        .testTarget(name: "KresbaCLITests", dependencies: ["KresbaCLI"]),
        // The benchmark suite's runner (see Benchmarks/README.md); not part of the product.
        .systemLibrary(
            name: "CZlib", path: "Benchmarks/CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .executableTarget(
            name: "kresba-bench",
            dependencies: ["Kresba", "KresbaCore", "KresbaCairo", "KresbaScene", "CZlib"],
            path: "Benchmarks/Runner"),
    ]
)
