// swift-tools-version: 6.1
import PackageDescription

// Benchmarks for tradecheck, kept in their own package so that `swift build` and `swift test`
// at the root never fetch or build package-benchmark.
//
//   cd Benchmarks && swift package benchmark                        # 1,000,000 rows
//   cd Benchmarks && BENCH_ROWS=5000000 swift package benchmark     # 5,000,000 rows
let package = Package(
    name: "TradeBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "TradeBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "TradeModel", package: "main"),
                .product(name: "TradeStore", package: "main"),
                .product(name: "TradeImport", package: "main"),
                .product(name: "ClaimCheck", package: "main"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            path: "Benchmarks/TradeBenchmarks",
            swiftSettings: [.swiftLanguageMode(.v6)],
            plugins: [
                .plugin(name: "BenchmarkPlugin", package: "benchmark")
            ]
        )
    ]
)
