/// What an `XMLStream` reports, in document order.
@_spi(ByteLevel) public protocol XMLHandler {
  /// An element opens: its local name (prefix dropped: `x:c` is `c`) and attributes; `isEmpty` when
  /// it closes at once (`<c/>`), in which case no `end` follows.
  mutating func start(_ name: XMLBytes, _ attributes: XMLAttributes, isEmpty: Bool)
  /// An element closes.
  mutating func end(_ name: XMLBytes)
  /// Character data between tags, entities not yet decoded (`XMLText.decoded`); may come in pieces.
  mutating func text(_ bytes: XMLBytes)
}

@_spi(ByteLevel) extension XMLHandler {
  /// Handlers that read attributes only ignore element ends.
  @inlinable
  public mutating func end(_ name: XMLBytes) {}
  /// Handlers that read attributes only ignore text.
  @inlinable
  public mutating func text(_ bytes: XMLBytes) {}
}

/// A streaming XML tokenizer for the parts of Office files: fed the document in chunks of any size
/// (as a ZIP entry inflates), it reports elements and text to an `XMLHandler` without building a tree,
/// holding only the markup cut by a chunk's end. Comments, processing instructions, the declaration and
/// DOCTYPE are skipped; CDATA is reported as text (Office files do not use it). Well-formedness beyond
/// tag structure is not checked.
@_spi(ByteLevel) public struct XMLStream {
  /// Bytes not yet tokenized: the tail of the previous chunk, then the new chunk.
  @usableFromInline var pending: [UInt8] = []

  /// An empty stream.
  @inlinable public init() {}

  /// Tokenizes what `chunk` completes, reporting to `handler`; keeps an unfinished tag or text.
  ///
  /// The chunk is tokenized where it lies; only the markup cut by the previous chunk's end is joined
  /// with the bytes that complete it (up to the chunk's first `>`), and only the unfinished tail kept.
  @inlinable public mutating func feed<H: XMLHandler>(_ chunk: UnsafeRawBufferPointer, into handler: inout H)
  {
    let bytes = chunk.assumingMemoryBound(to: UInt8.self)
    var start = 0
    if !pending.isEmpty {
      let close = bytes.firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 } ?? bytes.count
      pending.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<close]))
      let consumed = pending.withUnsafeBufferPointer { Self.tokenize($0, into: &handler, final: false) }
      guard consumed == pending.count else {
        // Still unfinished (a '>' inside a quoted value, or text going on): keep it all and go on.
        pending.removeSubrange(0..<consumed)
        pending.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[close...]))
        let more = pending.withUnsafeBufferPointer { Self.tokenize($0, into: &handler, final: false) }
        pending.removeSubrange(0..<more)
        return
      }
      pending.removeAll(keepingCapacity: true)
      start = close
    }
    let rest = UnsafeBufferPointer(rebasing: bytes[start...])
    let consumed = Self.tokenize(rest, into: &handler, final: false)
    pending.append(contentsOf: UnsafeBufferPointer(rebasing: rest[consumed...]))
  }

  /// Reports what remains (trailing text) at the end of the document.
  @inlinable public mutating func finish<H: XMLHandler>(into handler: inout H) {
    _ = pending.withUnsafeBufferPointer { Self.tokenize($0, into: &handler, final: true) }
    pending.removeAll()
  }

  /// Tokenizes `bytes` as far as complete markup goes and returns the bytes consumed.
  @inlinable static func tokenize<H: XMLHandler>(
    _ bytes: UnsafeBufferPointer<UInt8>, into handler: inout H, final: Bool
  ) -> Int {
    guard let base = bytes.baseAddress else { return 0 }
    let count = bytes.count
    var index = 0
    while index < count {
      guard let open = find(UInt8(ascii: "<"), base, from: index, to: count) else {
        // Text up to the end: report it only when no tag can follow in a later chunk.
        if final { handler.text(XMLBytes(base + index, count - index)) }
        return final ? count : index
      }
      if open > index { handler.text(XMLBytes(base + index, open - index)) }
      guard let end = markupEnd(base, open: open, count: count) else { return open }
      tag(base, from: open, to: end, into: &handler)
      index = end
    }
    return count
  }

  /// The index just past the markup starting at `open` (`<…>`, `<!--…-->`, `<![CDATA[…]]>`), or `nil`
  /// when it is not complete within `count`.
  @inlinable static func markupEnd(_ base: UnsafePointer<UInt8>, open: Int, count: Int) -> Int? {
    if starts(base, at: open, count: count, with: "<!--") {
      return find(sequence: "-->", base, from: open + 4, to: count).map { $0 + 3 }
    }
    if starts(base, at: open, count: count, with: "<![CDATA[") {
      return find(sequence: "]]>", base, from: open + 9, to: count).map { $0 + 3 }
    }
    // A tag ends at the first '>' outside quotes: the first '>' when no quote comes before it.
    var probe = open + 1
    while probe < count {
      let byte = base[probe]
      if byte == UInt8(ascii: ">") { return probe + 1 }
      if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") { break }
      probe += 1
    }
    var index = probe
    var quote: UInt8 = 0
    while index < count {
      let byte = base[index]
      if quote != 0 {
        if byte == quote { quote = 0 }
      } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
        quote = byte
      } else if byte == UInt8(ascii: ">") {
        return index + 1
      }
      index += 1
    }
    return nil
  }

  /// Reports the complete markup `base[from..<to]`.
  @inlinable static func tag<H: XMLHandler>(
    _ base: UnsafePointer<UInt8>, from: Int, to: Int, into handler: inout H
  ) {
    let second = from + 1 < to ? base[from + 1] : 0
    switch second {
    case UInt8(ascii: "?"):
      return
    case UInt8(ascii: "!"):
      if starts(base, at: from, count: to, with: "<![CDATA[") {
        handler.text(XMLBytes(base + from + 9, to - 3 - (from + 9)))
      }
      return
    case UInt8(ascii: "/"):
      let (name, _) = Self.name(base, from: from + 2, to: to - 1)
      handler.end(name)
    default:
      let isEmpty = to - 2 > from && base[to - 2] == UInt8(ascii: "/")
      let inner = isEmpty ? to - 2 : to - 1
      let (name, rest) = Self.name(base, from: from + 1, to: inner)
      handler.start(name, XMLAttributes(XMLBytes(base + rest, inner - rest)), isEmpty: isEmpty)
    }
  }

  /// The local name starting at `from` (prefix dropped) and the index after the qualified name.
  @inlinable static func name(_ base: UnsafePointer<UInt8>, from: Int, to: Int) -> (XMLBytes, Int) {
    var start = from
    var index = from
    while index < to, !XMLBytes.isSpace(base[index]), base[index] != UInt8(ascii: "/") {
      if base[index] == UInt8(ascii: ":") { start = index + 1 }
      index += 1
    }
    return (XMLBytes(base + start, index - start), index)
  }

  @inlinable static func find(_ byte: UInt8, _ base: UnsafePointer<UInt8>, from: Int, to: Int) -> Int? {
    var index = from
    while index < to {
      if base[index] == byte { return index }
      index += 1
    }
    return nil
  }

  @inlinable static func find(sequence: StaticString, _ base: UnsafePointer<UInt8>, from: Int, to: Int)
    -> Int?
  {
    var index = from
    while index + sequence.utf8CodeUnitCount <= to {
      if starts(base, at: index, count: to, with: sequence) { return index }
      index += 1
    }
    return nil
  }

  @inlinable static func starts(
    _ base: UnsafePointer<UInt8>, at index: Int, count: Int, with prefix: StaticString
  )
    -> Bool
  {
    let length = prefix.utf8CodeUnitCount
    guard index + length <= count else { return false }
    let expected = prefix.utf8Start
    for offset in 0..<length where base[index + offset] != expected[offset] { return false }
    return true
  }
}
