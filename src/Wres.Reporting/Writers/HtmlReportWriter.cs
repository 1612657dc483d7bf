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
/// <para>
/// A report's page opens with the board page (<see cref="DocumentPage.BoardPage"/>: title, introduction, summary and
/// headlines) in a <c>div class="board-page"</c>, then on screen links to the parts, then the detail. The print
/// styles set A4, put the board page on a page of its own, keep tables, charts and list items whole where they fit,
/// repeat table headers, and leave out what is for the screen only; charts carry their figures as labels, so they read
/// in black and white.
/// </para>
/// <para>
/// A roll-up's page holds the organisations-at-a-glance table, then the combined report and each organisation's
/// report, each in a <c>section</c> of its own (with the report's parts as nested sections) and with its own
/// charts; every id is prefixed by the report's section (<c>combined-</c>, <c>organisation-1-</c>, …), so ids stay
/// unique on the page. It has no board page.
/// </para>
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
        .board-page { border-bottom: 4px double #aeb7bd; padding-bottom: 1rem; }
        nav.contents { font-size: 0.9rem; margin: 1rem 0; }
        nav.contents a { color: #005eb8; margin-right: 1rem; white-space: nowrap; }
        @page { size: A4; margin: 12mm 12mm 14mm; }
        @media print {
          html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          body { font-size: 9pt; line-height: 1.3; }
          main { max-width: none; padding: 0; }
          h1 { font-size: 14pt; margin: 0 0 0.3rem; }
          h2 { font-size: 12pt; margin-top: 1.1rem; break-after: avoid; }
          h3 { font-size: 10pt; margin-top: 0.9rem; break-after: avoid; }
          p, ul { margin: 0.3rem 0; }
          p, li { orphans: 3; widows: 3; break-inside: avoid; }
          p:has(+ figure), p:has(+ .table-wrap) { break-after: avoid; }
          .board-page { break-after: page; border: 0; padding: 0; }
          .board-page h2 { margin-top: 0.5rem; }
          .board-page p { font-size: 8pt; }
          .board-page svg { width: 90%; }
          .board-page li { margin-bottom: 0.15rem; }
          table, figure, .caution, li { break-inside: avoid; }
          table { font-size: 8pt; margin: 0.3rem 0 0.6rem; }
          th, td { padding: 0.1rem 0.3rem; }
          thead { display: table-header-group; }
          tr { break-inside: avoid; }
          .table-wrap { overflow: visible; }
          figure { margin: 0.4rem 0 0.6rem; }
          figcaption { font-size: 8pt; }
          .screen-only { display: none; }
        }
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
        // every open section of its level or deeper. The board page (title, introduction, summary) is a division of
        // its own, printed on a page of its own, and the detail after it opens with links to its parts (on screen).
        var open = new Stack<int>();
        var blocks = _page.Blocks;
        if (_page.BoardPage > 0)
        {
            page.Append("<div class=\"board-page\">\n");
        }

        for (var index = 0; index < blocks.Count; index++)
        {
            if (index == _page.BoardPage && index > 0)
            {
                Close(page, open);
                page.Append("</div>\n");
                Contents(page, blocks, index);
            }

            switch (blocks[index])
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

        Close(page, open);
        if (_page.BoardPage == blocks.Count && blocks.Count > 0)
        {
            page.Append("</div>\n");
        }

        page.Append("</main>\n</body>\n</html>\n");
        _output.Write(page.ToString());
    }

    private static void Close(StringBuilder page, Stack<int> open)
    {
        while (open.Count > 0)
        {
            open.Pop();
            page.Append("</section>\n");
        }
    }

    /// <summary>
    /// Links to the parts from <paramref name="first"/> on, by the words of their headings before any colon
    /// (<c>Indicator 2</c>); on screen only, not printed.
    /// </summary>
    private static void Contents(StringBuilder page, IReadOnlyList<DocumentBlock> blocks, int first)
    {
        var links = new StringBuilder();
        for (var i = first; i < blocks.Count; i++)
        {
            if (blocks[i] is HeadingBlock { Level: 2, Anchor: { } anchor } heading)
            {
                var colon = heading.Text.IndexOf(':', StringComparison.Ordinal);
                links.Append("<a href=\"#").Append(Escape(anchor)).Append("\">").Append(Escape(colon > 0 ? heading.Text[..colon] : heading.Text)).Append("</a>\n");
            }
        }

        if (links.Length > 0)
        {
            page.Append("<nav class=\"contents screen-only\" aria-label=\"Contents\">\n").Append(links).Append("</nav>\n");
        }
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
