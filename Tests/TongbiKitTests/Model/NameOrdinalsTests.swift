import Testing

@testable import TongbiKit

@Suite("NameOrdinals: distinct names numbered by first appearance, compared by exact bytes")
struct NameOrdinalsTests {
  @Test("few names (scanned) and many names (hashed) get the ordinals of their first appearance")
  func ordinalsByFirstAppearance() {
    // 20 names met in the order 0, 1, …, 19, then again backwards and in runs: a name keeps the
    // ordinal of its first appearance, below and above the scan limit of 8.
    var ordinals = NameOrdinals()
    let names = (0..<20).map { "区\($0)" }
    for (expected, name) in names.enumerated() { #expect(ordinals.ordinal(of: name) == expected) }
    for (expected, name) in names.enumerated().reversed() { #expect(ordinals.ordinal(of: name) == expected) }
    for (expected, name) in names.enumerated() {
      #expect(ordinals.ordinal(of: name) == expected)
      #expect(ordinals.ordinal(of: name) == expected)
    }
    #expect(ordinals.names == names)
  }

  @Test("starting names take 0, 1, …; names met in that order or out of it keep those ordinals")
  func startingNames() {
    // 30 starting names (above the scan limit): met in order (each the one after the last), then
    // every third one (found in the index), then a new name, which takes the next ordinal.
    let names = (0..<30).map { "R\($0)" }
    var ordinals = NameOrdinals(distinct: names)
    for (expected, name) in names.enumerated() { #expect(ordinals.ordinal(of: name) == expected) }
    for expected in stride(from: 0, to: 30, by: 3) {
      #expect(ordinals.ordinal(of: names[expected]) == expected)
    }
    #expect(ordinals.ordinal(of: "工业技改投资") == 30)
    #expect(ordinals.ordinal(of: "R29") == 29)
    #expect(ordinals.ordinal(of: "工业技改投资") == 30)
    var few = NameOrdinals(distinct: ["税收收入", "固定资产投资"])
    #expect(few.ordinal(of: "固定资产投资") == 1)
    #expect(few.ordinal(of: "工业技改投资") == 2)
  }

  @Test("spellings equal as Swift strings but different in bytes are different names")
  func exactBytes() {
    // "é" precomposed (U+00E9) and decomposed (e + U+0301) compare equal as `String`s.
    let composed = "Caf\u{E9}"
    let decomposed = "Cafe\u{301}"
    #expect(composed == decomposed)
    for start in [[], (0..<10).map { "n\($0)" }] {
      var ordinals = NameOrdinals(distinct: start)
      let first = ordinals.ordinal(of: composed)
      #expect(ordinals.ordinal(of: decomposed) == first + 1)
      #expect(ordinals.ordinal(of: composed) == first)
    }
  }
}
