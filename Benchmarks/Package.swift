// swift-tools-version:6.0
import Foundation
import PackageDescription

// A path dependency's identity is its folder name (`main`, `wt-forecast`, ...), so take it from the path.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .lastPathComponent

// Benchmarks live in their own package so the main build stays fast.
let package = Package(
  name: "tongbi-benchmarks",
  platforms: [.macOS(.v13)],
  dependencies: [.package(path: "..")],
  targets: [
    .executableTarget(
      name: "ForecastBenchmark",
      dependencies: [
        .product(name: "TongbiKit", package: root), .product(name: "LinearAlgebra", package: root),
      ]
    )
  ],
  swiftLanguageModes: [.v6]
)
