/// Turns a byte offset into a 1-based line and column for error messages.
package enum TextPosition {
  /// How characters are delimited when counting columns.
  package enum CharacterRule {
    /// UTF-8: every byte that is not a continuation byte (`80...BF`) starts a character.
    case utf8
    /// GB18030: a byte `81...FE` starts a two-byte character, or a four-byte one when the next
    /// byte is a digit `30...39`; any other byte is one character.
    case gb18030
  }

  /// Line and column of the byte at `offset` in `bytes`, whose text starts at `start` (after a
  /// byte-order mark). Lines end at LF; columns count characters under `rule`, a tab as one.
  package static func locate(
    _ offset: Int, in bytes: UnsafeRawBufferPointer, from start: Int, as rule: CharacterRule
  ) -> (line: Int, column: Int) {
    var line = 1
    var lineStart = start
    for index in start..<offset where bytes[index] == 0x0A {
      line += 1
      lineStart = index + 1
    }
    var column = 1
    var index = lineStart
    while index < offset {
      let byte = bytes[index]
      switch rule {
      case .utf8:
        if byte & 0xC0 != 0x80 { column += 1 }
        index += 1
        continue
      case .gb18030:
        if (0x81...0xFE).contains(byte), index + 1 < bytes.count {
          index += (0x30...0x39).contains(bytes[index + 1]) ? 4 : 2
        } else {
          index += 1
        }
        column += 1
      }
    }
    return (line, column)
  }
}
