import Testing

@_spi(ByteLevel) @testable import ByteLevel

/// The scan result of a plain byte-by-byte validation with the same rules as `UTF8Scanner`: no word
/// steps and no skipping of repeated line starts.
private func referenceScan(_ bytes: [UInt8]) -> UTF8ScanResult {
  var result = UTF8ScanResult()
  bytes.withUnsafeBytes { raw in
    guard let base = raw.baseAddress else { return }
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte >= 0x80 {
        let length = UTF8Scanner.sequenceLength(base + index, available: bytes.count - index)
        if length == 0 {
          result.invalidOffset = index
          return
        }
        if length == 3, result.innerBOMOffset == nil, Array(bytes[index..<index + 3]) == [0xEF, 0xBB, 0xBF] {
          result.innerBOMOffset = index
        }
        index += length
        continue
      }
      if byte == 0 {
        result.nulOffset = index
        return
      }
      if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D { result.controls.record(index) }
      index += 1
    }
  }
  return result
}

/// Pieces of lines: ASCII, Chinese, other scripts, controls, byte-order marks, line ends and
/// ill-formed sequences (truncated, surrogate, overlong, stray continuation, F5).
private let pieces: [[UInt8]] = [
  Array("R00001,".utf8), Array("C0001,".utf8), Array("税收收入,".utf8), Array("万元,".utf8), Array("2015-01,".utf8),
  Array("1829.3".utf8), Array("é".utf8), Array("😀".utf8), Array("＋８".utf8), Array("\u{FEFF}".utf8),
  Array("\u{D55C}".utf8), Array("\u{0800}".utf8), [0x01], [0x1F], [0x09], [0x0D], [0x0A], [0xFF],
  [0xE4, 0xB8],
  [0xED, 0xA0, 0x80], [0xC0, 0x80], [0x80], [0xF5, 0x80, 0x80, 0x80], [0x00],
]

/// A random text of a few line starts, each repeated on several lines with different tails; rare bad
/// pieces, CRLF line ends, and sometimes a cut-off end.
private func randomLines(_ generator: inout SplitMix64) -> [UInt8] {
  let starts = (0..<Int.random(in: 1...3, using: &generator)).map { _ in
    (0..<Int.random(in: 1...4, using: &generator)).flatMap { _ in
      pieces[Int.random(in: 0..<(generator.next() % 8 == 0 ? pieces.count : 10), using: &generator)]
    }
  }
  var bytes: [UInt8] = []
  for _ in 0..<Int.random(in: 1...12, using: &generator) {
    bytes += starts[Int.random(in: 0..<starts.count, using: &generator)]
    for _ in 0..<Int.random(in: 0...3, using: &generator) {
      bytes +=
        pieces[Int.random(in: 0..<(generator.next() % 16 == 0 ? pieces.count : 10), using: &generator)]
    }
    bytes += generator.next() % 10 == 0 ? [0x0D, 0x0A] : [0x0A]
  }
  if generator.next() % 4 == 0 {
    bytes.removeLast(Int.random(in: 0...min(3, bytes.count), using: &generator))
  }
  return bytes
}

@Suite("UTF-8 scan: repeated line starts")
struct RepeatedLinePrefixTests {
  @Test("lines repeating earlier line starts scan exactly as a byte-by-byte validation does")
  func matchesReference() {
    var generator = SplitMix64(seed: 20_261_129)
    for _ in 0..<3000 {
      let bytes = randomLines(&generator)
      let scanned = bytes.withUnsafeBytes { UTF8Scanner.scan($0, from: 0) }
      #expect(scanned == referenceScan(bytes), "\(bytes)")
    }
  }

  @Test("a scan in 2 to 6 parts notes what the byte-by-byte validation notes")
  func partsMatchReference() {
    var generator = SplitMix64(seed: 11_29)
    for _ in 0..<3000 {
      var bytes = randomLines(&generator) + randomLines(&generator)
      if generator.next() % 8 == 0 {
        // A run of stray continuation bytes, where a part may have to start.
        bytes.insert(
          contentsOf: [UInt8](repeating: 0x80, count: Int(generator.next() % 6)), at: bytes.count / 2)
      }
      let reference = referenceScan(bytes)
      for threads in 2...6 {
        let scanned = bytes.withUnsafeBytes {
          UTF8Scanner.scan($0, from: 0, threads: threads, minimumPartBytes: 1)
        }
        #expect(scanned == reference, "\(threads) threads: \(bytes)")
      }
    }
  }

  @Test("a control byte, an ill-formed byte or a first inner BOM in a repeated line start is still found")
  func eventsInRepeatedStarts() {
    let line = Array("R1,税收收入,万元,2015-01,1.5\n".utf8)
    let withControl = Array("R1,税收收入\u{1},万元,2015-01,1.5\n".utf8)
    let withBOM = Array("R1,税收收入\u{FEFF},万元,2015-01,1.5\n".utf8)
    let withBadByte = line[..<6] + [0xFF] + line[7...]
    for bytes in [
      line + line + withControl + line + withControl, line + line + withBOM + withBOM,
      line + line + Array(withBadByte), line + withBOM + line + line, withControl + withControl + line,
    ] {
      let array = Array(bytes)
      #expect(array.withUnsafeBytes { UTF8Scanner.scan($0, from: 0) } == referenceScan(array))
    }
  }
}
