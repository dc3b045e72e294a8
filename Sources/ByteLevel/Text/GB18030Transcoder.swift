#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Converts GB18030 (and so GBK and GB2312) bytes to UTF-8 with the C library's iconv.
package enum GB18030Transcoder {
  /// Outcome of a conversion.
  package enum Outcome: Equatable, Sendable {
    /// The UTF-8 bytes of the whole input.
    case success([UInt8])
    /// `iconv_open` failed: the system has no GB18030 converter (for example a fully static
    /// binary without glibc's gconv modules).
    case converterUnavailable
    /// The bytes are not GB18030: iconv met an invalid sequence (`EILSEQ`) or one cut off at the
    /// end (`EINVAL`).
    case invalidInput
  }

  /// Converts all of `bytes`.
  package static func transcode(_ bytes: UnsafeRawBufferPointer) -> Outcome {
    guard let converter = IconvConverter(from: "GB18030", to: "UTF-8") else { return .converterUnavailable }
    // A GB18030 character of n bytes is at most 3n/2 bytes of UTF-8 (2 → 3, 4 → 3 or 4, 1 → 1).
    var output = [UInt8](repeating: 0, count: bytes.count + bytes.count / 2 + 16)
    var consumed = 0
    var produced = 0
    while consumed < bytes.count {
      let step = output.withUnsafeMutableBytes { buffer in
        converter.convert(
          UnsafeRawBufferPointer(rebasing: bytes[consumed...]),
          into: UnsafeMutableRawBufferPointer(rebasing: buffer[produced...]))
      }
      consumed += step.consumed
      produced += step.produced
      switch step.stop {
      case .done:
        break
      case .outputFull:
        output.append(contentsOf: repeatElement(0, count: output.count / 2 + 16))
      case .invalidInput:
        return .invalidInput
      }
    }
    output.removeSubrange(produced...)
    return .success(output)
  }
}

/// One iconv conversion descriptor; the only place that calls `iconv_open`, `iconv` and
/// `iconv_close`.
package struct IconvConverter: ~Copyable {
  /// Why a call to `iconv` stopped.
  package enum Stop: Equatable {
    /// All input was converted.
    case done
    /// The output buffer is full (`E2BIG`).
    case outputFull
    /// An invalid (`EILSEQ`) or incomplete (`EINVAL`) sequence starts at the first unconsumed byte.
    case invalidInput
  }

  /// The descriptor returned by `iconv_open`.
  private let descriptor: iconv_t

  /// Opens a converter between two iconv encoding names; `nil` when `iconv_open` returns `(iconv_t)-1`.
  package init?(from source: String, to target: String) {
    guard let descriptor = iconv_open(target, source), Int(bitPattern: descriptor) != -1 else { return nil }
    self.descriptor = descriptor
  }

  deinit {
    iconv_close(descriptor)
  }

  /// Converts as much of `input` into `output` as `iconv` does in one call.
  package func convert(
    _ input: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer
  ) -> (consumed: Int, produced: Int, stop: Stop) {
    guard let inputBase = input.baseAddress, let outputBase = output.baseAddress else {
      return (0, 0, input.isEmpty ? .done : .outputFull)
    }
    // iconv's signature takes `char **` for the input, but it does not write through it.
    var inputPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: inputBase)
      .assumingMemoryBound(to: CChar.self)
    var outputPointer: UnsafeMutablePointer<CChar>? = outputBase.assumingMemoryBound(to: CChar.self)
    var inputLeft = input.count
    var outputLeft = output.count
    let status = iconv(descriptor, &inputPointer, &inputLeft, &outputPointer, &outputLeft)
    let consumed = input.count - inputLeft
    let produced = output.count - outputLeft
    guard status == -1 else { return (consumed, produced, .done) }
    return (consumed, produced, errno == E2BIG ? .outputFull : .invalidInput)
  }
}
