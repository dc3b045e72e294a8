/// Language of report text: Chinese (statistics-office wording) or English.
public enum ReportLanguage: String, Sendable, CaseIterable {
  /// Simplified Chinese, as statistics offices write.
  case zh
  /// English.
  case en
}
