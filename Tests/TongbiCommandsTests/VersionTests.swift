import Testing

@testable import TongbiCommands

@Suite("tongbi --version")
struct VersionTests {
  @Test("names the BLAS core and thread count")
  func versionText() {
    let text = VersionText.make()
    #expect(text.hasPrefix("tongbi "))
    #expect(text.contains("BLAS: OpenBLAS core "))
    #expect(text.contains("thread(s)"))
  }
}
