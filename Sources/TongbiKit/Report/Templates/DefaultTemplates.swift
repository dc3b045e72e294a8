/// The default templates, compiled into the binary as string constants.
///
/// They are Swift constants rather than SwiftPM resources so that `tongbi` is one self-contained
/// executable: a resource bundle must sit beside the binary on Linux, and SwiftPM's generated
/// `Bundle.module` stops the program when it is missing (after `swift build` the binary is often
/// copied alone). `--templates DIR` overrides any of them by file name (`NAME.mustache`); see
/// Templates/README.md for the variables.
package enum DefaultTemplates {
  /// Template texts by name.
  package static let all: [String: String] = [
    "clause-zh": clauseZh, "clause-en": clauseEn, "paragraph-zh": paragraphZh, "paragraph-en": paragraphEn,
    "report-text": reportText, "report-markdown": reportMarkdown, "report-html": reportHTML,
  ]

  static let clauseZh = """
    {{clause_period}}\
    {{#is_amount}}{{#has_value}}{{verb}}{{indicator}}{{value}}{{unit}}，{{/has_value}}\
    {{^has_value}}{{indicator}}{{/has_value}}{{/is_amount}}\
    {{#is_stock}}{{indicator}}{{#has_value}}{{value}}{{unit}}，{{/has_value}}{{/is_stock}}\
    {{#is_growth_rate}}{{#has_value}}{{subject}}{{/has_value}}{{^has_value}}{{indicator}}{{/has_value}}{{/is_growth_rate}}\
    {{#is_rate}}{{indicator}}{{#has_value}}为{{value}}{{unit}}，{{/has_value}}{{/is_rate}}\
    {{#is_index}}{{indicator}}{{#has_value}}为{{value}}，{{/has_value}}{{/is_index}}\
    {{growth}}{{#comparison}}，{{comparison}}{{/comparison}}{{#month_growth}}，{{month_growth}}{{/month_growth}}\
    {{#gap}}，{{gap}}{{/gap}}\
    {{#has_target}}，完成全年目标任务的{{target_completion}}%\
    {{#stretch_completion}}（力争目标的{{stretch_completion}}%）{{/stretch_completion}}，{{schedule}}{{/has_target}}\
    {{#rank}}，{{rank}}{{/rank}}{{#projection}}，{{projection}}{{/projection}}
    """

  static let clauseEn = """
    {{#clause_period}}{{clause_period}}: {{/clause_period}}\
    {{#is_amount}}{{indicator}}{{#has_value}} {{value}} {{unit}}{{/has_value}}, {{/is_amount}}\
    {{#is_stock}}{{indicator}}{{#has_value}} {{value}} {{unit}}{{/has_value}}, {{/is_stock}}\
    {{#is_growth_rate}}{{#has_value}}{{subject}} {{/has_value}}{{^has_value}}{{indicator}}, {{/has_value}}{{/is_growth_rate}}\
    {{#is_rate}}{{indicator}}{{#has_value}} {{value}}{{unit}}{{/has_value}}, {{/is_rate}}\
    {{#is_index}}{{indicator}}{{#has_value}} {{value}}{{/has_value}}, {{/is_index}}\
    {{growth}}{{#comparison}}, {{comparison}}{{/comparison}}{{#month_growth}}, {{month_growth}}{{/month_growth}}\
    {{#gap}}, {{gap}}{{/gap}}\
    {{#has_target}}, {{target_completion}}% of the annual target\
    {{#stretch_completion}} ({{stretch_completion}}% of the stretch target){{/stretch_completion}}, {{schedule}}{{/has_target}}\
    {{#rank}}, {{rank}}{{/rank}}{{#projection}}, {{projection}}{{/projection}}
    """

  static let paragraphZh = "{{period}}{{#clauses}}{{text}}{{^last}}；{{/last}}{{/clauses}}。"

  static let paragraphEn = "{{period}}: {{#clauses}}{{text}}{{^last}}; {{/last}}{{/clauses}}."

  static let reportText = """
    {{title}}

    {{paragraph}}

    {{labels.growth_table}}
    {{growth_table}}
    {{#has_comparable_growth}}
    {{labels.comparable_note}}
    {{/has_comparable_growth}}
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
    {{#has_comparable_growth}}

    {{labels.comparable_note}}
    {{/has_comparable_growth}}
    {{#has_ranking}}

    ## {{labels.ranking_table}}

    {{ranking_table}}
    {{/has_ranking}}

    """
}
