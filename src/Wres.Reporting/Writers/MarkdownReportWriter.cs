using System.Text;
using Wres.Reporting.Document;
using Wres.Reporting.Internal;

namespace Wres.Reporting.Writers;

/// <summary>
/// Writes the report as CommonMark / GitHub-flavoured Markdown: headings, paragraphs, bulleted notes and pipe
/// tables (numbers right-aligned). Every piece of text is escaped, so an organisation name or a message cannot
/// inject Markdown or raw HTML. Charts are left out; their numbers are in the tables. Line ends are LF.
/// </summary>
internal sealed class MarkdownReportWriter : LineDocumentWriter
{
    public MarkdownReportWriter(DocumentPage page, TextWriter output)
        : base(page, output)
    {
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

    protected override void WriteHeading(HeadingBlock heading) => Line(new string('#', heading.Level) + " " + Escape(heading.Text));

    protected override void WriteParagraph(ParagraphBlock paragraph) =>
        Line(paragraph.Caution ? "**" + Escape(paragraph.Text) + "**" : Escape(paragraph.Text));

    protected override void WriteListItem(string item) => Line("- " + Escape(item));

    protected override void WriteTable(TableBlock table)
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
}
