using System.Text;
using Wres.Reporting.Document;
using Wres.Reporting.Internal;

namespace Wres.Reporting.Writers;

/// <summary>
/// Writes the report as plain text: underlined headings, aligned tables (numbers right-aligned), bulleted notes.
/// Charts are left out; their numbers are in the tables. Line ends are LF.
/// </summary>
internal sealed class TextReportWriter
{
    private const string ColumnGap = "  ";
    private readonly DocumentPage _page;
    private readonly TextWriter _output;

    public TextReportWriter(DocumentPage page, TextWriter output)
    {
        _page = page;
        _output = output;
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
                    WriteHeading(heading);
                    break;
                case ParagraphBlock paragraph:
                    Line(TextSafety.SingleLine(paragraph.Text));
                    break;
                case ListBlock list:
                    foreach (var item in list.Items)
                    {
                        Line("- " + TextSafety.SingleLine(item));
                    }

                    break;
                case TableBlock table:
                    WriteTable(table);
                    break;
            }
        }
    }

    private void WriteHeading(HeadingBlock heading)
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

    private void WriteTable(TableBlock table)
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

    private void Line(string text)
    {
        _output.Write(text);
        _output.Write('\n');
    }
}
