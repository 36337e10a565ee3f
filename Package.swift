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
        .library(name: "TradeConnect", targets: ["TradeConnect"]),
        .library(name: "TradeWeb", targets: ["TradeWeb"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
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
        // Connectors to the official sources (Census API, UN Comtrade, BACI, Eurostat Comext):
        // HTTP with retries and an on-disk cache, feeding the import pipeline.
        .target(
            name: "TradeConnect",
            dependencies: [
                "TradeModel",
                "TradeStore",
                "TradeImport",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        // The web app and JSON API (Hummingbird): pages, SVG charts, the article checker.
        .target(
            name: "TradeWeb",
            dependencies: [
                "TradeModel",
                "TradeStore",
                "TradeOutput",
                "ClaimCheck",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Resources/openapi.json")],
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
                "TradeConnect",
                "TradeWeb",
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
            dependencies: ["TradeModel", "TradeStore", .product(name: "GRDB", package: "GRDB.swift")],
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
            name: "TradeConnectTests",
            dependencies: [
                "TradeModel", "TradeStore", "TradeImport", "TradeConnect",
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "TradeWebTests",
            dependencies: [
                "TradeModel", "TradeStore", "ClaimCheck", "TradeWeb", "TradeTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "tradecheckTests",
            dependencies: ["tradecheck"],
            swiftSettings: swiftSettings
        ),
    ]
)
