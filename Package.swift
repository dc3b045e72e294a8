// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "tongbi",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "tongbi", targets: ["tongbi"]),
    .library(name: "TongbiKit", targets: ["TongbiKit"]),
    .library(name: "TongbiCommands", targets: ["TongbiCommands"]),
    .library(name: "LinearAlgebra", targets: ["LinearAlgebra"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
  ],
  targets: [
    .systemLibrary(
      name: "CLAPACK",
      path: "Sources/CLAPACK",
      providers: [.apt(["libopenblas-dev", "liblapacke-dev"])]
    ),
    .systemLibrary(name: "CFileSpace", path: "Sources/CFileSpace"),
    .target(name: "LinearAlgebra", dependencies: ["CLAPACK"]),
    .target(
      name: "TongbiKit",
      dependencies: [
        "LinearAlgebra", "CFileSpace", .product(name: "Mustache", package: "swift-mustache"),
      ],
      exclude: ["Report/Templates/README.md"]
    ),
    .target(
      name: "TongbiCommands",
      dependencies: [
        "TongbiKit",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "tongbi", dependencies: ["TongbiCommands"]),
    .testTarget(
      name: "LinearAlgebraTests",
      dependencies: ["LinearAlgebra"],
      exclude: ["Reference/make_reference.py"]
    ),
    .testTarget(
      name: "TongbiKitTests",
      dependencies: ["TongbiKit"],
      exclude: ["Growth/Reference"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(name: "TongbiCommandsTests", dependencies: ["TongbiCommands", "TongbiKit"]),
  ],
  swiftLanguageModes: [.v6]
)
