using System.Text;
using Wres.Reporting.Document;
using Wres.Reporting.Internal;

namespace Wres.Reporting.Writers;

/// <summary>
/// Writes the report as one self-contained HTML page: the content of the text report as headings, paragraphs and
/// tables, and three inline SVG charts (<see cref="SvgCharts"/>). No scripts, no external styles, fonts or images;
/// a Content-Security-Policy forbids loading anything. The markup is also well-formed XML (XHTML-compatible), so
/// it can be checked with an XML parser. Every piece of text is HTML-escaped.
/// </summary>
/// <remarks>
/// A roll-up's page holds the organisations-at-a-glance table, then the combined report and each organisation's
/// report, each in a <c>section</c> of its own (with the report's parts as nested sections) and with its own
/// charts; every id is prefixed by the report's section (<c>combined-</c>, <c>organisation-1-</c>, …), so ids stay
/// unique on the page.
/// </remarks>
internal sealed class HtmlReportWriter
{
    /// <summary>The XHTML namespace: a name, never fetched, and the page's only URI.</summary>
    public const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    private const string Style = """
        :root { color-scheme: light; }
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #212b32; background: #ffffff; line-height: 1.5; margin: 0; }
        main { max-width: 62rem; margin: 0 auto; padding: 1.5rem; }
        h1 { font-size: 1.75rem; margin-top: 0; }
        h2 { font-size: 1.35rem; margin-top: 2.5rem; border-bottom: 2px solid #005eb8; padding-bottom: 0.25rem; }
        h3 { font-size: 1.1rem; margin-top: 1.5rem; }
        .table-wrap { overflow-x: auto; }
        table { border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.9rem; }
        caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
        th, td { border: 1px solid #aeb7bd; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
        thead th { background: #e8edee; }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        .caution { background: #fff9c4; border-left: 4px solid #8a6d00; padding: 0.5rem 0.75rem; }
        figure { margin: 1rem 0 1.5rem; }
        figcaption { font-size: 0.9rem; color: #4c6272; }
        svg { max-width: 100%; height: auto; }
        svg text { font-family: inherit; font-size: 12px; fill: #212b32; }
        svg .small { font-size: 11px; }
        svg .bold { font-weight: 600; }
        svg .muted { fill: #4c6272; }
        @media print { h2 { break-after: avoid; } table, figure { break-inside: avoid; } }
        """;

    private readonly DocumentPage _page;
    private readonly TextWriter _output;

    public HtmlReportWriter(DocumentPage page, TextWriter output)
    {
        _page = page;
        _output = output;
    }

    /// <summary>Escapes text for HTML and XML content and attribute values.</summary>
    public static string Escape(string? text)
    {
        var clean = TextSafety.Clean(text);
        var builder = new StringBuilder(clean.Length + 16);
        foreach (var c in clean)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&#39;"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    public void Write()
    {
        var page = new StringBuilder(64 * 1024);
        page.Append("<!DOCTYPE html>\n");
        page.Append("<html xmlns=\"").Append(XhtmlNamespace).Append("\" lang=\"en\" xml:lang=\"en\">\n");
        page.Append("<head>\n");
        page.Append("<meta charset=\"utf-8\" />\n");
        page.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n");
        page.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\" />\n");
        page.Append("<title>").Append(Escape(_page.Title)).Append("</title>\n");
        page.Append("<style>\n").Append(Style).Append('\n').Append("</style>\n");
        page.Append("</head>\n<body>\n<main>\n");

        // The levels of the sections open, innermost last: a heading of a level that opens a section first closes
        // every open section of its level or deeper.
        var open = new Stack<int>();
        foreach (var block in _page.Blocks)
        {
            switch (block)
            {
                case HeadingBlock heading when heading.Level >= 2 && heading.Level <= _page.SectionDepth:
                    while (open.Count > 0 && open.Peek() >= heading.Level)
                    {
                        open.Pop();
                        page.Append("</section>\n");
                    }

                    page.Append("<section");
                    if (heading.Anchor is { } anchor)
                    {
                        page.Append(" aria-labelledby=\"").Append(Escape(anchor)).Append('"');
                    }

                    page.Append(">\n");
                    open.Push(heading.Level);
                    Heading(page, heading);
                    break;
                case HeadingBlock heading:
                    Heading(page, heading);
                    break;
                case ParagraphBlock paragraph:
                    page.Append(paragraph.Caution ? "<p class=\"caution\">" : "<p>").Append(Escape(paragraph.Text)).Append("</p>\n");
                    break;
                case ListBlock list:
                    page.Append("<ul>\n");
                    foreach (var item in list.Items)
                    {
                        page.Append("<li>").Append(Escape(item)).Append("</li>\n");
                    }

                    page.Append("</ul>\n");
                    break;
                case TableBlock table:
                    Table(page, table);
                    break;
                case ChartBlock chart:
                    page.Append(SvgCharts.Draw(chart.View, chart.Kind));
                    break;
            }
        }

        while (open.Count > 0)
        {
            open.Pop();
            page.Append("</section>\n");
        }

        page.Append("</main>\n</body>\n</html>\n");
        _output.Write(page.ToString());
    }

    private static void Heading(StringBuilder page, HeadingBlock heading)
    {
        var level = Math.Clamp(heading.Level, 1, 6);
        page.Append("<h").Append(level);
        if (heading.Anchor is { } anchor)
        {
            page.Append(" id=\"").Append(Escape(anchor)).Append('"');
        }

        page.Append('>').Append(Escape(heading.Text)).Append("</h").Append(level).Append(">\n");
    }

    private static void Table(StringBuilder page, TableBlock table)
    {
        page.Append("<div class=\"table-wrap\">\n<table>\n<caption>").Append(Escape(table.Caption)).Append("</caption>\n<thead>\n<tr>");
        foreach (var column in table.Columns)
        {
            page.Append(column.Numeric ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">").Append(Escape(column.Header)).Append("</th>");
        }

        page.Append("</tr>\n</thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            page.Append("<tr>");
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var cell = Escape(i < row.Count ? row[i] : string.Empty);
                var numeric = table.Columns[i].Numeric;
                if (i == 0)
                {
                    page.Append(numeric ? "<th scope=\"row\" class=\"num\">" : "<th scope=\"row\">").Append(cell).Append("</th>");
                }
                else
                {
                    page.Append(numeric ? "<td class=\"num\">" : "<td>").Append(cell).Append("</td>");
                }
            }

            page.Append("</tr>\n");
        }

        page.Append("</tbody>\n</table>\n</div>\n");
    }
}
