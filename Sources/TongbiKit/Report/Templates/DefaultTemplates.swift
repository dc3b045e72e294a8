/// The default templates, compiled into the binary as string constants.
///
/// They are Swift constants rather than SwiftPM resources so that `tongbi` is one self-contained
/// executable: a resource bundle must sit beside the binary on Linux, and SwiftPM's generated
/// `Bundle.module` stops the program when it is missing (after `swift build` the binary is often
/// copied alone). `--templates DIR` overrides any of them by file name (`NAME.mustache`); see
/// Templates/README.md for the variables.
public enum DefaultTemplates {
  /// Template texts by name.
  public static let all: [String: String] = [
    "clause-zh": clauseZh, "clause-en": clauseEn, "paragraph-zh": paragraphZh, "paragraph-en": paragraphEn,
    "report-text": reportText, "report-markdown": reportMarkdown, "report-html": reportHTML,
  ]

  static let clauseZh = """
    {{#has_value}}完成{{indicator}}{{value}}{{unit}}，{{growth}}{{/has_value}}\
    {{^has_value}}{{indicator}}{{growth}}{{/has_value}}\
    {{#comparison}}，{{comparison}}{{/comparison}}{{#gap}}，{{gap}}{{/gap}}\
    {{#target}}，{{target}}{{/target}}{{#rank}}，{{rank}}{{/rank}}{{#projection}}，{{projection}}{{/projection}}
    """

  static let clauseEn = """
    {{#has_value}}{{indicator}} {{value}} {{unit}}, {{growth}}{{/has_value}}\
    {{^has_value}}{{indicator}}, {{growth}}{{/has_value}}\
    {{#comparison}}, {{comparison}}{{/comparison}}{{#gap}}, {{gap}}{{/gap}}\
    {{#target}}, {{target}}{{/target}}{{#rank}}, {{rank}}{{/rank}}{{#projection}}, {{projection}}{{/projection}}
    """

  static let paragraphZh = "{{period}}{{#clauses}}{{text}}{{^last}}；{{/last}}{{/clauses}}。"

  static let paragraphEn = "{{period}}: {{#clauses}}{{text}}{{^last}}; {{/last}}{{/clauses}}."

  static let reportText = """
    {{title}}

    {{paragraph}}

    {{labels.growth_table}}
    {{growth_table}}
    {{#has_ranking}}

    {{labels.ranking_table}}
    {{ranking_table}}
    {{/has_ranking}}

    """

  static let reportMarkdown = """
    # {{title}}

    {{paragraph}}

    ## {{labels.growth_table}}

    {{growth_table}}
    {{#has_ranking}}

    ## {{labels.ranking_table}}

    {{ranking_table}}
    {{/has_ranking}}

    """
}
