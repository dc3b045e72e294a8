/// Reads the text of a kind column (当月/累计, monthly/cumulative).
enum KindText {
  static let monthly: Set<String> = ["当月", "本月", "当期", "月度", "monthly", "month", "m"]
  static let cumulative: Set<String> = [
    "累计", "本月止累计", "本年累计", "1-本月", "年初至今", "cumulative", "ytd", "year-to-date",
  ]

  /// The form a kind cell names, or `nil` when it names neither.
  static func form(_ text: String) -> ValueForm? {
    let normalised = HeaderText.normalise(text)
    if monthly.contains(normalised) { return .monthly }
    if cumulative.contains(normalised) { return .cumulative }
    return nil
  }
}
