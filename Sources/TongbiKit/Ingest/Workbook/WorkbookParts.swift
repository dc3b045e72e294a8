@_spi(ByteLevel) import ByteLevel

/// A worksheet as the workbook lists it.
struct WorksheetEntry: Equatable {
  /// The tab's name.
  var name: String
  /// Where the sheet is: its part in an `.xlsx` archive (`xl/worksheets/sheet1.xml`), its 0-based
  /// index in an `.xls`.
  var path: String
  /// Whether the tab is hidden (`state="hidden"` or `veryHidden`).
  var isHidden: Bool
}

/// `xl/workbook.xml`: the sheets in tab order, their relationship ids, and the date system.
struct WorkbookListing: XMLHandler {
  /// (name, relationship id, hidden) in tab order.
  var sheets: [(name: String, id: String, isHidden: Bool)] = []
  /// Whether dates count from 1904-01-01 (`<workbookPr date1904="1"/>`), else from 1900.
  var uses1904 = false

  mutating func start(_ name: XMLBytes, _ attributes: XMLAttributes, isEmpty: Bool) {
    if name.equals("sheet"), let sheetName = attributes["name"], let id = attributes["id"] {
      let state = attributes["state"]?.text ?? "visible"
      sheets.append((sheetName.text, id.text, state != "visible"))
    } else if name.equals("workbookPr"), let flag = attributes["date1904"]?.text {
      uses1904 = flag == "1" || flag == "true"
    }
  }
}

/// `xl/sharedStrings.xml`: the table of strings cells of type `s` index, rich text runs joined
/// (phonetic runs, `<rPh>`, left out).
struct SharedStrings: XMLHandler {
  private(set) var strings: [String] = []
  private var current: [UInt8] = []
  private var inItem = false
  private var inText = false
  private var inPhonetic = false

  mutating func start(_ name: XMLBytes, _ attributes: XMLAttributes, isEmpty: Bool) {
    if name.equals("si") {
      inItem = !isEmpty
      current.removeAll(keepingCapacity: true)
      if isEmpty { strings.append("") }
    } else if name.equals("rPh") {
      inPhonetic = !isEmpty
    } else if name.equals("t") {
      inText = inItem && !inPhonetic && !isEmpty
    }
  }

  mutating func end(_ name: XMLBytes) {
    if name.equals("si") {
      strings.append(current.withUnsafeBufferPointer { XMLText.decoded($0) })
      inItem = false
    } else if name.equals("rPh") {
      inPhonetic = false
    } else if name.equals("t") {
      inText = false
    }
  }

  mutating func text(_ bytes: XMLBytes) {
    if inText { current.append(contentsOf: bytes.buffer) }
  }
}

/// `xl/styles.xml`: which cell formats (`cellXfs`, the `s` of a cell) show numbers as dates.
struct CellStyles: XMLHandler {
  /// Per cell format index: whether its number format is a date or time.
  private(set) var isDate: [Bool] = []
  /// Custom number formats by id.
  private var customFormats: [Int: String] = [:]
  private var inCellFormats = false

  mutating func start(_ name: XMLBytes, _ attributes: XMLAttributes, isEmpty: Bool) {
    if name.equals("numFmt"), let id = attributes["numFmtId"].flatMap({ Int($0.text) }),
      let code = attributes["formatCode"]
    {
      customFormats[id] = code.text
    } else if name.equals("cellXfs") {
      inCellFormats = !isEmpty
    } else if inCellFormats && name.equals("xf") {
      let id = attributes["numFmtId"].flatMap { Int($0.text) } ?? 0
      isDate.append(customFormats[id].map(Self.isDateFormat) ?? Self.builtInDateFormats.contains(id))
    }
  }

  mutating func end(_ name: XMLBytes) {
    if name.equals("cellXfs") { inCellFormats = false }
  }

  /// Built-in number formats that show dates: 14–22 (m/d/yy … mm:ss), 27–36 and 50–58 (East Asian
  /// dates such as yyyy"年"m"月"), 45–47 (times).
  static let builtInDateFormats = Set(Array(14...22) + Array(27...36) + Array(45...47) + Array(50...58))

  /// Whether a custom format code shows a date: after removing quoted text, escaped characters and
  /// bracketed sections ([Red], [$-804]), it has a year or a day token (m alone may be minutes).
  static func isDateFormat(_ code: String) -> Bool {
    var plain = ""
    var quoted = false
    var bracket = false
    var escaped = false
    for character in code {
      if escaped {
        escaped = false
      } else if quoted {
        if character == "\"" { quoted = false }
      } else if bracket {
        if character == "]" { bracket = false }
      } else {
        switch character {
        case "\"": quoted = true
        case "[": bracket = true
        case "\\": escaped = true
        default: plain.append(character)
        }
      }
    }
    let lower = plain.lowercased()
    return lower.contains("y") || lower.contains("d")
  }
}
