/// The indicators known to an ingest: those of an indicator file, plus those inferred from the data.
///
/// Data name indicators by code, Chinese name or English name; all three resolve to one indicator.
public struct IndicatorCatalog: Sendable {
  /// Indicators by code.
  public private(set) var indicators: [String: Indicator] = [:]
  /// Codes in order: the indicator file's order first, then inferred ones as they appear.
  public private(set) var order: [String] = []
  /// Codes described by an indicator file (their kind and units are not inferred).
  public private(set) var declared: Set<String> = []
  private var codeByName: [ExactName: String] = [:]

  /// Creates a catalog from declared indicators (e.g. an indicator file), in report order.
  public init(declared indicators: [Indicator] = []) {
    for indicator in indicators {
      add(indicator)
      declared.insert(indicator.code)
    }
  }

  /// The indicator a name (code, Chinese or English name) refers to, if known.
  public func indicator(named name: String) -> Indicator? {
    codeByName[ExactName(name)].flatMap { indicators[$0] }
  }

  /// Returns the code for `name`, inferring and adding an indicator when the name is new.
  mutating func resolve(name: String, unit: Unit, form: ValueForm) -> String {
    if let code = codeByName[ExactName(name)] { return code }
    let inferred = IndicatorInference.indicator(named: name, unit: unit, form: form)
    add(inferred)
    return inferred.code
  }

  /// Replaces the description of an indicator already in the catalog.
  mutating func update(_ indicator: Indicator) {
    indicators[indicator.code] = indicator
  }

  private mutating func add(_ indicator: Indicator) {
    if indicators[indicator.code] == nil { order.append(indicator.code) }
    indicators[indicator.code] = indicator
    for name in [indicator.code, indicator.nameZh, indicator.nameEn] where !name.isEmpty {
      codeByName[ExactName(name)] = indicator.code
    }
  }
}
