@_spi(ByteLevel) import ByteLevel

/// UTF-8 to GB18030 with the C library's iconv, so that the ingest fuzzer reaches the GB18030 path with
/// the same texts as the UTF-8 one.
enum GB18030Encoder {
  /// The GB18030 bytes of the UTF-8 `text`; `nil` when `text` is not UTF-8 or iconv has no GB18030.
  static func encode(_ text: UnsafeRawBufferPointer) -> [UInt8]? {
    guard let converter = IconvConverter(from: "UTF-8", to: "GB18030") else { return nil }
    // A UTF-8 character of n bytes is at most 4 bytes of GB18030 (1 → 1, 2 → 2 or 4, 3 → 2 or 4, 4 → 4).
    var output = [UInt8](repeating: 0, count: text.count * 2 + 16)
    let step = output.withUnsafeMutableBytes { converter.convert(text, into: $0) }
    guard step.stop == .done, step.consumed == text.count else { return nil }
    output.removeSubrange(step.produced...)
    return output
  }
}
