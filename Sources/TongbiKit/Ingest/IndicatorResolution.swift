@_spi(ByteLevel) import ByteLevel

/// What an ingest resolved for an indicator name written in a unit and a form: the indicator's code,
/// the scale from that unit into the indicator's unit and the form the values are stored in, or why
/// the values cannot be stored.
struct IndicatorResolution {
  /// A name that resolved: where its values go.
  struct Resolved {
    let code: String
    let scale: UnitScale
    let form: ValueForm
  }

  let name: String
  let unit: Unit
  let form: ValueForm
  let outcome: Result<Resolved, IngestReason>

  /// Whether this resolution is for `name` (by its exact bytes, see `ExactText`), `unit` (equal as
  /// `Unit`s) and `form`.
  func matches(_ name: String, _ unit: Unit, _ form: ValueForm) -> Bool {
    ExactText.equal(self.name, name) && self.form == form && self.unit == unit
  }
}
