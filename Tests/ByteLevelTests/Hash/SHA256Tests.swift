import Testing

@_spi(ByteLevel) @testable import ByteLevel

/// SHA-256 against the examples of FIPS 180-4 (NIST's "abc", the two-block 448-bit message, a million
/// a's) and `sha256sum` of the empty input and of inputs around the padding's block boundary.
@Suite("SHA-256")
struct SHA256Tests {
  static func hash(_ text: String) -> String { Array(text.utf8).withUnsafeBytes { SHA256.hex($0) } }

  @Test("FIPS 180-4 examples and the empty input")
  func examples() {
    #expect(Self.hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(
      Self.hash("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
        == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    #expect(Self.hash("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(
      Self.hash(String(repeating: "a", count: 1_000_000))
        == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  // printf 'a%.0s' $(seq 55) | sha256sum, and so for 56 and 64: the tail fits one block at 55 bytes and
  // needs two at 56; 64 is one whole block and a padding block.
  @Test("lengths at the padding's boundary (sha256sum)")
  func boundaries() {
    #expect(
      Self.hash(String(repeating: "a", count: 55))
        == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
    #expect(
      Self.hash(String(repeating: "a", count: 56))
        == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
    #expect(
      Self.hash(String(repeating: "a", count: 64))
        == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
  }
}
