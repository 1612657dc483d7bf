using System.Text;
using Wres.Reporting.Document;
using Wres.Reporting.Internal;

namespace Wres.Reporting.Writers;

/// <summary>
/// Writes the report as CommonMark / GitHub-flavoured Markdown: headings, paragraphs, bulleted notes and pipe
/// tables (numbers right-aligned). Every piece of text is escaped, so an organisation name or a message cannot
/// inject Markdown or raw HTML. Charts are left out; their numbers are in the tables. Line ends are LF.
/// </summary>
internal sealed class MarkdownReportWriter
{
    private readonly DocumentPage _page;
    private readonly TextWriter _output;

    public MarkdownReportWriter(DocumentPage page, TextWriter output)
    {
        _page = page;
        _output = output;
    }

    /// <summary>Escapes text for Markdown: one line, with every character that could start markup backslash-escaped.</summary>
    public static string Escape(string text)
    {
        var clean = TextSafety.SingleLine(text);
        var builder = new StringBuilder(clean.Length + 8);
        foreach (var c in clean)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '~' or '&' or '#')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    public void Write()
    {
        var first = true;
        foreach (var block in _page.Blocks)
        {
            if (block is ChartBlock)
            {
                continue;
            }

            if (!first)
            {
                Line(string.Empty);
            }

            first = false;
            switch (block)
            {
                case HeadingBlock heading:
                    Line(new string('#', heading.Level) + " " + Escape(heading.Text));
                    break;
                case ParagraphBlock paragraph:
                    Line(paragraph.Caution ? "**" + Escape(paragraph.Text) + "**" : Escape(paragraph.Text));
                    break;
                case ListBlock list:
                    foreach (var item in list.Items)
                    {
                        Line("- " + Escape(item));
                    }

                    break;
                case TableBlock table:
                    WriteTable(table);
                    break;
            }
        }
    }

    private void WriteTable(TableBlock table)
    {
        Line("*" + Escape(table.Caption) + "*");
        Line(string.Empty);
        var header = new StringBuilder("|");
        var rule = new StringBuilder("|");
        foreach (var column in table.Columns)
        {
            header.Append(' ').Append(Escape(column.Header)).Append(" |");
            rule.Append(column.Numeric ? " ---: |" : " --- |");
        }

        Line(header.ToString());
        Line(rule.ToString());
        foreach (var row in table.Rows)
        {
            var line = new StringBuilder("|");
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var cell = i < row.Count ? Escape(row[i]) : string.Empty;
                line.Append(' ').Append(cell.Length == 0 ? " " : cell).Append(" |");
            }

            Line(line.ToString());
        }
    }

    private void Line(string text)
    {
        _output.Write(text);
        _output.Write('\n');
    }
}
