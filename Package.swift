// swift-tools-version:6.0
import PackageDescription

// The targets, from the bottom up (README, "Architecture"):
//   CLAPACK, CFileSpace,  system libraries: BLAS/LAPACK, the Linux file calls Glibc leaves out, and
//   CFreeXL, CXLSXWriter  FreeXL, the .xls (Excel 97–2003) reader, and libxlsxwriter, the .xlsx writer
//   CSQLite, CPostgreSQL, SQLite 3, the embedded database of the store of vintages, libpq, the client
//   CCrypto               of PostgreSQL (the store on a shared server), and OpenSSL's libcrypto for the
//                         SHA-256 of imported files
//   LinearAlgebra         Matrix and safe BLAS/LAPACK wrappers
//   ByteLevel             the speed machinery: CSV scanning, text decoding, numbers, outputs and the
//                         one layer over system calls, parallel reads and pipelines (package access)
//   TongbiKit             the domain: periods, indicators, panels, growth, forecasts, reports, the store
//                         of vintages; reads workbooks through ZIPFoundation (the .xlsx container; zlib)
//                         and FreeXL (.xls)
//   Synth                 synthetic panels for tests, benchmarks and `tongbi synth`
//   TongbiCommands        the subcommands (argument parsing and wiring only)
//   tongbi                the executable
//   TongbiFuzz            the fuzz targets (Fuzz/): libFuzzer's entry point when built with -DFUZZING,
//                         else `tongbi-fuzz TARGET FILE...`, which replays inputs without a sanitizer
// Snippets/ holds the getting-started program of the DocC article (Sources/TongbiKit/TongbiKit.docc):
// SwiftPM builds each snippet as an executable without package access, so it can use only the public API;
// DocumentationTests runs it (also without package access) and checks the article against it.
let package = Package(
  name: "tongbi",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "tongbi", targets: ["tongbi"]),
    .library(name: "TongbiKit", targets: ["TongbiKit"]),
    .library(name: "Synth", targets: ["Synth"]),
    .library(name: "TongbiCommands", targets: ["TongbiCommands"]),
    .library(name: "LinearAlgebra", targets: ["LinearAlgebra"]),
    .executable(name: "tongbi-fuzz", targets: ["TongbiFuzz"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
  ],
  targets: [
    .systemLibrary(
      name: "CLAPACK",
      path: "Sources/CLAPACK",
      providers: [.apt(["libopenblas-dev", "liblapacke-dev"])]
    ),
    .systemLibrary(name: "CFileSpace", path: "Sources/CFileSpace"),
    .systemLibrary(name: "CFreeXL", path: "Sources/CFreeXL", providers: [.apt(["libfreexl-dev"])]),
    .systemLibrary(
      name: "CXLSXWriter", path: "Sources/CXLSXWriter", providers: [.apt(["libxlsxwriter-dev"])]),
    .systemLibrary(name: "CSQLite", path: "Sources/CSQLite", providers: [.apt(["libsqlite3-dev"])]),
    .systemLibrary(name: "CPostgreSQL", path: "Sources/CPostgreSQL", providers: [.apt(["libpq-dev"])]),
    .systemLibrary(name: "CCrypto", path: "Sources/CCrypto", providers: [.apt(["libssl-dev"])]),
    .target(name: "LinearAlgebra", dependencies: ["CLAPACK"]),
    .target(name: "ByteLevel", dependencies: ["CFileSpace", "CCrypto"]),
    .target(
      name: "TongbiKit",
      dependencies: [
        "LinearAlgebra", "ByteLevel", "CFreeXL", "CXLSXWriter", "CSQLite", "CPostgreSQL",
        .product(name: "Mustache", package: "swift-mustache"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      exclude: ["Report/Templates/README.md"]
    ),
    .target(name: "Synth", dependencies: ["TongbiKit", "ByteLevel"]),
    .target(
      name: "TongbiCommands",
      dependencies: [
        "TongbiKit", "Synth", "ByteLevel",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "tongbi", dependencies: ["TongbiCommands"]),
    .systemLibrary(name: "CLibFuzzer", path: "Fuzz/CLibFuzzer"),
    .executableTarget(
      name: "TongbiFuzz", dependencies: ["TongbiKit", "ByteLevel", "CLibFuzzer"], path: "Fuzz/TongbiFuzz"),
    .testTarget(
      name: "LinearAlgebraTests",
      dependencies: ["LinearAlgebra"],
      exclude: ["Reference/make_reference.py"]
    ),
    .target(name: "TestSupport", dependencies: ["CPostgreSQL"], path: "Tests/TestSupport"),
    .testTarget(name: "ByteLevelTests", dependencies: ["ByteLevel", "TestSupport"]),
    .testTarget(
      name: "TongbiKitTests",
      dependencies: [
        "TongbiKit", "ByteLevel", "Synth", "TestSupport",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      exclude: ["Growth/Reference"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(name: "SynthTests", dependencies: ["Synth", "TongbiKit"]),
    .testTarget(
      name: "TongbiCommandsTests", dependencies: ["TongbiCommands", "TongbiKit", "Synth", "TestSupport"]),
    .testTarget(name: "DocumentationTests", dependencies: ["TongbiKit"], packageAccess: false),
    .testTarget(name: "TongbiFuzzTests", dependencies: ["TongbiFuzz"]),
  ],
  swiftLanguageModes: [.v6]
)
