import Foundation

/// Finds the bundled `Datasets/` folder: `./Datasets` first, then a `Datasets` folder in the
/// executable's directory or any directory above it (so `.build/debug/tongbi` finds the checkout's).
enum BundledDatasets {
  /// The township panel, relative to `Datasets/`.
  static let townshipFile = "township/township-monthly.csv"

  /// The `Datasets` directory holding the township panel, or `nil` when none is found.
  static func locate(
    currentDirectory: String = FileManager.default.currentDirectoryPath,
    executable: String? = Bundle.main.executablePath
  ) -> URL? {
    var candidates = [URL(fileURLWithPath: currentDirectory).appendingPathComponent("Datasets")]
    if let executable {
      var directory = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
      while directory.path != "/" && !directory.path.isEmpty {
        candidates.append(directory.appendingPathComponent("Datasets"))
        directory = directory.deletingLastPathComponent()
      }
    }
    return candidates.first {
      FileManager.default.fileExists(atPath: $0.appendingPathComponent(townshipFile).path)
    }
  }
}
