// swift-tools-version: 6.0
// Warta: Indonesian news pages → clean, annotated, English-aligned data.
// One module per stage family; `Warta` is the umbrella; `warta` the command-line tool.
import PackageDescription

let package = Package(
    name: "Warta",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "warta", targets: ["WartaCLI"]),
        .library(name: "Warta", targets: ["Warta"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev", "pkg-config"])]
        ),
        .systemLibrary(
            name: "CZlib",
            path: "Sources/CZlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // The shipped data (term base, lexicons, gazetteers, models), copied next to the binary.
        .target(
            name: "WartaData",
            path: "Glossary",
            exclude: ["README.md"],
            sources: ["WartaData.swift"],
            resources: [
                .copy("html"), .copy("segment"), .copy("numerals"), .copy("entities"),
                .copy("terms"), .copy("summary"),
            ]
        ),
        .target(name: "WartaCore", dependencies: ["WartaData"]),
        .target(name: "WartaHTML", dependencies: ["WartaCore", "CLibXML2"]),
        .target(name: "WartaSegment", dependencies: ["WartaCore"]),
        .target(name: "WartaNumerals", dependencies: ["WartaCore"]),
        .target(name: "WartaEntities", dependencies: ["WartaCore", "WartaSegment"]),
        .target(name: "WartaGlossary", dependencies: ["WartaCore", "WartaSegment"]),
        .target(name: "WartaSummary", dependencies: ["WartaCore", "WartaSegment"]),
        .target(name: "WartaIO", dependencies: ["WartaCore", "CZlib"]),
        .target(
            name: "Warta",
            dependencies: ["WartaCore", "WartaHTML", "WartaSegment", "WartaNumerals", "WartaEntities",
                           "WartaGlossary", "WartaSummary", "WartaIO"]
        ),
        .executableTarget(
            name: "WartaCLI",
            dependencies: ["Warta", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        .target(name: "WartaTestSupport", dependencies: ["Warta"], path: "Tests/WartaTestSupport"),
        .testTarget(name: "WartaCoreTests", dependencies: ["WartaCore", "WartaTestSupport"]),
        .testTarget(name: "WartaHTMLTests", dependencies: ["WartaHTML", "WartaTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "WartaSegmentTests", dependencies: ["WartaSegment", "WartaTestSupport"], exclude: ["Gold"]),
        .testTarget(name: "WartaNumeralsTests", dependencies: ["WartaNumerals", "WartaTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "WartaEntitiesTests", dependencies: ["WartaEntities", "WartaTestSupport"], exclude: ["ai-news.gold.conll"]),
        .testTarget(name: "WartaGlossaryTests", dependencies: ["WartaGlossary", "WartaTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "WartaSummaryTests", dependencies: ["WartaSummary", "WartaTestSupport"]),
        .testTarget(name: "WartaIOTests", dependencies: ["WartaIO", "WartaTestSupport", "CZlib"]),
        .testTarget(name: "WartaEndToEndTests", dependencies: ["Warta", "WartaTestSupport"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
