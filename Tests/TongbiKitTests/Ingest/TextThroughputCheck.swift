import Foundation
import Testing

@testable import TongbiKit

/// Throughput figures to read by hand, not a timed test: skipped unless `TONGBI_THROUGHPUT=1`.
/// Run in release mode:
/// `TONGBI_THROUGHPUT=1 OPENBLAS_NUM_THREADS=1 swift test -c release --filter TextThroughputCheck`
@Suite(
  "TextThroughputCheck", .serialized,
  .enabled(if: ProcessInfo.processInfo.environment["TONGBI_THROUGHPUT"] == "1"))
struct TextThroughputCheck {
  /// Megabytes per second for `byteCount` bytes handled in `duration`.
  static func megabytesPerSecond(_ byteCount: Int, _ duration: Duration) -> Double {
    let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    return Double(byteCount) / seconds / 1e6
  }

  /// Best of `rounds` timings of `body`.
  static func fastest(rounds: Int = 5, _ body: () -> Void) -> Duration {
    (0..<rounds).map { _ in ContinuousClock().measure(body) }.min() ?? .zero
  }

  @Test("UTF-8 check of 128 MB of ASCII and of mixed CSV prints MB/s")
  func utf8Validation() {
    let asciiRow = Array("Qingxi,tax revenue,2024-06,18765.3,12.5,-3.2,1234567\n".utf8)
    let mixedRow = Array("清溪镇,税收收入,2024-06,18765.3,12.5,-3.2,1234567,万元\n".utf8)
    for (name, row) in [("ASCII", asciiRow), ("mixed zh", mixedRow)] {
      let data = Array(Array(repeating: row, count: 128_000_000 / row.count).joined())
      var found = 0
      let time = data.withUnsafeBytes { buffer in
        Self.fastest {
          let scan = UTF8Scanner.scan(buffer, from: 0)
          found &+= scan.invalidOffset ?? 0
        }
      }
      print("UTF-8 check, \(name): \(Int(Self.megabytesPerSecond(data.count, time))) MB/s (\(found))")
    }
  }

  @Test("parsing 10 million short numbers prints MB/s")
  func numberParsing() {
    let cellCount = 10_000_000
    var bytes: [UInt8] = []
    var bounds: [(Int, Int)] = []
    bytes.reserveCapacity(cellCount * 8)
    bounds.reserveCapacity(cellCount)
    var state: UInt64 = 1
    for _ in 0..<cellCount {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let text = "\((state >> 33) % 100_000).\((state >> 20) % 10)"
      bounds.append((bytes.count, text.utf8.count))
      bytes.append(contentsOf: text.utf8)
    }
    var sum = 0.0
    let time = bytes.withUnsafeBufferPointer { buffer in
      Self.fastest(rounds: 3) {
        for (start, count) in bounds {
          if case .value(let value, _) = NumberParser.parse(
            UnsafeBufferPointer(rebasing: buffer[start..<start + count]))
          {
            sum += value
          }
        }
      }
    }
    let seconds = Double(time.components.seconds) + Double(time.components.attoseconds) * 1e-18
    print(
      "NumberParser: \(Int(Self.megabytesPerSecond(bytes.count, time))) MB/s, "
        + "\(Int(Double(cellCount) / seconds / 1e6)) M cells/s (\(sum))")
  }
}
