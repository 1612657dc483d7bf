using System.Text;
using System.Xml.Linq;

namespace Wres.Reporting.Tests.Publication;

/// <summary>
/// The text, Markdown and HTML pages read back as what they show: headings, paragraphs, list items, tables
/// (caption, headers, rows of cells) and, in HTML, each chart mark's tooltip with the widths of its bars, its labels
/// and its lines.
/// </summary>
internal static class PageBlocks
{
    internal abstract record Block;

    internal sealed record Heading(int Level, string Text) : Block;

    internal sealed record Paragraph(string Text) : Block;

    internal sealed record Item(string Text) : Block;

    internal sealed record Table(string Caption, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows) : Block;

    /// <summary>A chart mark: its tooltip, the widths of its bars, the text of its labels and where its lines stand (x).</summary>
    internal sealed record Mark(string Tooltip, IReadOnlyList<double> Widths, IReadOnlyList<string> Labels, IReadOnlyList<double> Lines) : Block;

    public static List<Block> FromText(string text)
    {
        var lines = text.Split('\n');
        var blocks = new List<Block>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                continue;
            }

            if (i + 1 < lines.Length && lines[i + 1].Length == line.Length && lines[i + 1].Length > 0 && lines[i + 1].All(c => c == lines[i + 1][0]) && "=-~.".Contains(lines[i + 1][0], StringComparison.Ordinal)
                && !line.All(c => c is '-' or ' '))
            {
                blocks.Add(new Heading("=-~.".IndexOf(lines[i + 1][0], StringComparison.Ordinal) + 1, line));
                i++;
            }
            else if (line.EndsWith(':') && i + 2 < lines.Length && lines[i + 2].Length > 0 && lines[i + 2].All(c => c is '-' or ' '))
            {
                var rule = lines[i + 2];
                var extents = new List<(int Start, int End)>();
                for (var c = 0; c < rule.Length; c++)
                {
                    if (rule[c] == '-' && (c == 0 || rule[c - 1] == ' '))
                    {
                        var end = c;
                        while (end < rule.Length && rule[end] == '-')
                        {
                            end++;
                        }

                        extents.Add((c, end));
                    }
                }

                string[] Cells(string row) => [.. extents.Select(e => e.Start >= row.Length ? string.Empty : row[e.Start..Math.Min(e.End, row.Length)].Trim())];
                var rows = new List<IReadOnlyList<string>>();
                var r = i + 3;
                for (; r < lines.Length && lines[r].Length > 0; r++)
                {
                    rows.Add(Cells(lines[r]));
                }

                blocks.Add(new Table(line[..^1], Cells(lines[i + 1]), rows));
                i = r;
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                blocks.Add(new Item(line[2..]));
            }
            else
            {
                blocks.Add(new Paragraph(line));
            }
        }

        return blocks;
    }

    public static List<Block> FromMarkdown(string markdown)
    {
        var lines = markdown.Split('\n');
        var blocks = new List<Block>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith('#'))
            {
                var level = line.TakeWhile(c => c == '#').Count();
                blocks.Add(new Heading(level, Unescape(line[(level + 1)..])));
            }
            else if (line.StartsWith('*') && !line.StartsWith("**", StringComparison.Ordinal) && i + 2 < lines.Length && lines[i + 2].StartsWith('|'))
            {
                var headers = Row(lines[i + 2]);
                var rows = new List<IReadOnlyList<string>>();
                var r = i + 4;
                for (; r < lines.Length && lines[r].StartsWith('|'); r++)
                {
                    rows.Add(Row(lines[r]));
                }

                blocks.Add(new Table(Unescape(line[1..^1]), headers, rows));
                i = r;
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                blocks.Add(new Item(Unescape(line[2..])));
            }
            else
            {
                blocks.Add(new Paragraph(Unescape(line.StartsWith("**", StringComparison.Ordinal) ? line[2..^2] : line)));
            }
        }

        return blocks;

        static string[] Row(string line)
        {
            // Split on pipes that are not escaped.
            var cells = new List<string>();
            var cell = new StringBuilder();
            for (var c = 1; c < line.Length; c++)
            {
                if (line[c] == '\\' && c + 1 < line.Length)
                {
                    cell.Append(line[c]).Append(line[c + 1]);
                    c++;
                }
                else if (line[c] == '|')
                {
                    cells.Add(Unescape(cell.ToString().Trim()));
                    cell.Clear();
                }
                else
                {
                    cell.Append(line[c]);
                }
            }

            return [.. cells];
        }
    }

    public static List<Block> FromHtml(string html)
    {
        XNamespace x = "http://www.w3.org/1999/xhtml";
        var blocks = new List<Block>();
        var body = XDocument.Parse(html).Root!.Element(x + "body")!;
        foreach (var element in body.Descendants())
        {
            var name = element.Name.LocalName;
            if (element.Name.Namespace == x && name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
            {
                blocks.Add(new Heading(name[1] - '0', element.Value));
            }
            else if (element.Name.Namespace == x && name == "p")
            {
                blocks.Add(new Paragraph(element.Value));
            }
            else if (element.Name.Namespace == x && name == "li")
            {
                blocks.Add(new Item(element.Value));
            }
            else if (element.Name.Namespace == x && name == "table")
            {
                var headers = element.Element(x + "thead")!.Descendants(x + "th").Select(h => h.Value).ToList();
                var rows = element.Element(x + "tbody")!.Elements(x + "tr").Select(tr => (IReadOnlyList<string>)[.. tr.Elements().Select(c => c.Value)]).ToList();
                blocks.Add(new Table(element.Element(x + "caption")!.Value, headers, rows));
            }
            else if (name == "g" && element.Elements().FirstOrDefault() is { } title && title.Name.LocalName == "title")
            {
                static double Number(XElement e, string attribute) => double.Parse((string)e.Attribute(attribute)!, System.Globalization.CultureInfo.InvariantCulture);
                var widths = element.Elements().Where(e => e.Name.LocalName == "rect").Select(e => Number(e, "width")).ToList();
                var labels = element.Elements().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ToList();
                var lines = element.Elements().Where(e => e.Name.LocalName == "line").Select(e => Number(e, "x1")).ToList();
                blocks.Add(new Mark(title.Value, widths, labels, lines));
            }

        }

        return blocks;
    }

    private static string Unescape(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
            }

            builder.Append(text[i]);
        }

        return builder.ToString();
    }
}
