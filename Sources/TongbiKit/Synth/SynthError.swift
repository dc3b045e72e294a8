/// Why `tongbi synth` could not write its output.
public enum SynthError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The output file could not be created, written, or moved into place.
  case cannotWrite(path: String, reason: String)

  /// One-line message for the user.
  public var description: String {
    switch self {
    case .cannotWrite(let path, let reason): "cannot write '\(path)': \(reason)"
    }
  }
}
