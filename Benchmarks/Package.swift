// swift-tools-version:6.1
// Benchmarks of Tongbi, a package of its own so that the main package does not depend on the
// benchmark tool. Run from this directory: `swift package benchmark` (see README.md).
import PackageDescription

let package = Package(
  name: "TongbiBenchmarks",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(name: "tongbi", path: ".."),
    .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
  ],
  targets: [
    .target(
      name: "BenchmarkSupport",
      dependencies: [
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "TongbiKit", package: "tongbi"),
        .product(name: "Synth", package: "tongbi"),
      ]
    ),
    .executableTarget(
      name: "Ingest",
      dependencies: [
        "BenchmarkSupport",
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "TongbiKit", package: "tongbi"),
      ],
      path: "Benchmarks/Ingest",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
    .executableTarget(
      name: "CellParsing",
      dependencies: [
        "BenchmarkSupport",
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "TongbiKit", package: "tongbi"),
      ],
      path: "Benchmarks/CellParsing",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
    .executableTarget(
      name: "ForecastBenchmark",
      dependencies: [
        .product(name: "TongbiKit", package: "tongbi"),
        .product(name: "LinearAlgebra", package: "tongbi"),
      ]
    ),
  ],
  swiftLanguageModes: [.v6]
)
