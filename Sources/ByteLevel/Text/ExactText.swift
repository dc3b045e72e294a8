#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Hashing and equality of names by their exact UTF-8 bytes.
///
/// Swift's `String` hashes and compares by Unicode canonical equivalence, which normalises non-ASCII
/// text (every Chinese region and indicator name) on each hash: thousands of instructions per lookup.
/// Names read from data are compared byte for byte instead: two spellings that differ in their bytes
/// are different names, which is also what a user who typed them expects.
@_spi(ByteLevel) public enum ExactText {
  /// Feeds the UTF-8 bytes of `text` and a terminator into `hasher`.
  @inlinable @inline(__always)
  public static func hash(_ text: String, into hasher: inout Hasher) {
    var copy = text
    copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    hasher.combine(UInt8(0xFF))
  }

  /// Whether `lhs` and `rhs` have the same UTF-8 bytes.
  @inlinable @inline(__always)
  public static func equal(_ lhs: String, _ rhs: String) -> Bool {
    guard lhs.utf8.count == rhs.utf8.count else { return false }
    var left = lhs
    var right = rhs
    return left.withUTF8 { leftBytes in
      right.withUTF8 { rightBytes in
        guard let leftBase = leftBytes.baseAddress, let rightBase = rightBytes.baseAddress else {
          return true
        }
        return memcmp(leftBase, rightBase, leftBytes.count) == 0
      }
    }
  }
}

/// A name used as a dictionary key, hashed and compared by its exact UTF-8 bytes (see `ExactText`).
@_spi(ByteLevel) public struct ExactName: Hashable, Sendable {
  /// The name.
  public let text: String

  /// The name `text`.
  public init(_ text: String) {
    self.text = text
  }

  /// Hashes the exact UTF-8 bytes (`ExactText.hash`).
  @inlinable
  public func hash(into hasher: inout Hasher) { ExactText.hash(text, into: &hasher) }

  /// Whether the two names have the same UTF-8 bytes.
  @inlinable
  public static func == (lhs: ExactName, rhs: ExactName) -> Bool { ExactText.equal(lhs.text, rhs.text) }
}
