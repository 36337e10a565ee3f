// swift-tools-version: 6.1
import PackageDescription

/// Settings shared by every target: Swift 6 language mode and a few upcoming features.
let swiftSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "tradecheck",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "tradecheck", targets: ["tradecheck"]),
        .library(name: "TradeModel", targets: ["TradeModel"]),
        .library(name: "TradeStore", targets: ["TradeStore"]),
        .library(name: "TradeImport", targets: ["TradeImport"]),
        .library(name: "TradeOutput", targets: ["TradeOutput"]),
        .library(name: "ClaimCheck", targets: ["ClaimCheck"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
    ],
    targets: [
        // Countries, products, flows, periods, answers and the bundled reference catalogs.
        .target(
            name: "TradeModel",
            resources: [.copy("Resources/reference")],
            swiftSettings: swiftSettings
        ),
        // The SQLite store (GRDB): schema, writes in one transaction, and the analyst's queries.
        .target(
            name: "TradeStore",
            dependencies: [
                "TradeModel",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),
        // File formats (Census, tidy CSV, BACI) and the bundled trade data.
        .target(
            name: "TradeImport",
            dependencies: [
                "TradeModel",
                "TradeStore",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Resources/data")],
            swiftSettings: swiftSettings
        ),
        // Renders answers as tables, CSV, Markdown and JSON in English or German.
        .target(
            name: "TradeOutput",
            dependencies: ["TradeModel"],
            swiftSettings: swiftSettings
        ),
        // Finds numeric trade claims in German and English articles and checks them.
        .target(
            name: "ClaimCheck",
            dependencies: ["TradeModel", "TradeStore"],
            swiftSettings: swiftSettings
        ),
        // The thin command-line front end.
        .executableTarget(
            name: "tradecheck",
            dependencies: [
                "TradeModel",
                "TradeStore",
                "TradeImport",
                "TradeOutput",
                "ClaimCheck",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        // Shared by the test targets: the bundled data imported once into memory.
        .target(
            name: "TradeTestSupport",
            dependencies: ["TradeStore", "TradeImport"],
            path: "Tests/TradeTestSupport",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "TradeModelTests",
            dependencies: ["TradeModel"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "TradeStoreTests",
            dependencies: ["TradeModel", "TradeStore"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "TradeImportTests",
            dependencies: ["TradeModel", "TradeStore", "TradeImport", "TradeTestSupport"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "TradeOutputTests",
            dependencies: ["TradeModel", "TradeOutput"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ClaimCheckTests",
            dependencies: ["TradeModel", "TradeStore", "TradeImport", "ClaimCheck", "TradeTestSupport"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "tradecheckTests",
            dependencies: ["tradecheck"],
            swiftSettings: swiftSettings
        ),
    ]
)
