using System.Text;
using Wres.Reporting.Document;
using Wres.Reporting.Internal;

namespace Wres.Reporting.Writers;

/// <summary>
/// Writes the report as plain text: underlined headings, aligned tables (numbers right-aligned), bulleted notes.
/// Charts are left out; their numbers are in the tables. Line ends are LF.
/// </summary>
internal sealed class TextReportWriter : LineDocumentWriter
{
    private const string ColumnGap = "  ";

    public TextReportWriter(DocumentPage page, TextWriter output)
        : base(page, output)
    {
    }

    protected override void WriteParagraph(ParagraphBlock paragraph) => Line(TextSafety.SingleLine(paragraph.Text));

    protected override void WriteListItem(string item) => Line("- " + TextSafety.SingleLine(item));

    protected override void WriteHeading(HeadingBlock heading)
    {
        var text = TextSafety.SingleLine(heading.Text);
        Line(text);
        var underline = heading.Level switch
        {
            1 => '=',
            2 => '-',
            3 => '~',
            _ => '.',
        };
        Line(new string(underline, text.Length));
    }

    protected override void WriteTable(TableBlock table)
    {
        var columns = table.Columns;
        var widths = new int[columns.Count];
        var cells = new List<string[]>(table.Rows.Count + 1);
        var header = new string[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            header[i] = TextSafety.SingleLine(columns[i].Header);
        }

        cells.Add(header);
        foreach (var row in table.Rows)
        {
            var line = new string[columns.Count];
            for (var i = 0; i < columns.Count; i++)
            {
                line[i] = i < row.Count ? TextSafety.SingleLine(row[i]) : string.Empty;
            }

            cells.Add(line);
        }

        foreach (var line in cells)
        {
            for (var i = 0; i < line.Length; i++)
            {
                widths[i] = Math.Max(widths[i], line[i].Length);
            }
        }

        Line(TextSafety.SingleLine(table.Caption) + ":");
        for (var r = 0; r < cells.Count; r++)
        {
            var builder = new StringBuilder();
            for (var i = 0; i < columns.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append(ColumnGap);
                }

                var cell = cells[r][i];
                var pad = new string(' ', widths[i] - cell.Length);
                builder.Append(columns[i].Numeric ? pad + cell : cell + pad);
            }

            Line(builder.ToString().TrimEnd());
            if (r == 0)
            {
                var rule = new StringBuilder();
                for (var i = 0; i < columns.Count; i++)
                {
                    if (i > 0)
                    {
                        rule.Append(ColumnGap);
                    }

                    rule.Append('-', widths[i]);
                }

                Line(rule.ToString());
            }
        }
    }
}
