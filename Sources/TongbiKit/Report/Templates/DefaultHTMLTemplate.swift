extension DefaultTemplates {
  /// The HTML report: XHTML-compatible markup (parses as XML), no external resources.
  static let reportHTML = """
    <!DOCTYPE html>
    <html xmlns="http://www.w3.org/1999/xhtml" lang="{{html_lang}}">
    <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{{title}}</title>
    <style>
    body { font-family: {{{font_family}}}; margin: 2em auto; max-width: 1100px; color: #222; line-height: 1.6; padding: 0 1em; }
    h1 { font-size: 1.6em; border-bottom: 2px solid #b22; padding-bottom: 0.3em; }
    h2 { font-size: 1.25em; margin-top: 1.6em; color: #822; }
    p.narrative { font-size: 1.05em; text-indent: 2em; }
    table { border-collapse: collapse; margin: 0.8em 0; }
    th, td { border: 1px solid #bbb; padding: 0.3em 0.7em; white-space: nowrap; }
    th { background: #f3e9e9; }
    td.num { text-align: right; font-variant-numeric: tabular-nums; }
    .charts { display: flex; flex-wrap: wrap; gap: 1em; }
    .chart { border: 1px solid #ddd; padding: 0.5em; background: #fff; flex: 1 1 420px; max-width: 100%; box-sizing: border-box; }
    .wide { overflow-x: auto; }
    @media (max-width: 600px) { body { margin: 1em auto; } th, td { padding: 0.2em 0.4em; } }
    p.note { color: #555; font-size: 0.9em; }
    footer { margin-top: 2em; color: #777; font-size: 0.85em; }
    </style>
    </head>
    <body>
    <h1>{{title}}</h1>
    <p class="narrative">{{paragraph}}</p>
    <h2>{{labels.growth_table}}</h2>
    <div class="wide"><table class="growth">
    <thead><tr>{{#growth_columns}}<th>{{title}}</th>{{/growth_columns}}</tr></thead>
    <tbody>
    {{#growth_rows}}
    <tr>{{#cells}}<td{{#numeric}} class="num"{{/numeric}}>{{text}}</td>{{/cells}}</tr>
    {{/growth_rows}}
    </tbody>
    </table></div>
    {{#has_comparable_growth}}
    <p class="note">{{labels.comparable_note}}</p>
    {{/has_comparable_growth}}
    {{#has_ranking}}
    <h2>{{labels.ranking_table}}</h2>
    <div class="wide"><table class="ranking">
    <thead><tr><th>{{labels.region}}</th>{{#ranking_header}}<th>{{indicator}}</th>{{/ranking_header}}</tr></thead>
    <tbody>
    {{#ranking_rows}}
    <tr><td>{{region}}</td>{{#cells}}<td class="num">{{growth}} ({{rank}})</td>{{/cells}}</tr>
    {{/ranking_rows}}
    </tbody>
    </table></div>
    {{/has_ranking}}
    <h2>{{labels.charts}}</h2>
    <div class="charts">
    {{#charts}}
    <div class="chart">{{{svg}}}</div>
    {{/charts}}
    {{#charts_note}}<p class="note">{{charts_note}}</p>{{/charts_note}}
    </div>
    <footer>{{labels.generated}}</footer>
    </body>
    </html>

    """
}
