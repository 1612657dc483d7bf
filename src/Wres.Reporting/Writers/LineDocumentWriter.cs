using Wres.Reporting.Document;

namespace Wres.Reporting.Writers;

/// <summary>
/// What the text and Markdown writers share: every block of the page in order but the charts (their numbers are in
/// the tables), one blank line between blocks, LF line ends. Each format says how it writes a heading, a paragraph,
/// a list item and a table.
/// </summary>
internal abstract class LineDocumentWriter
{
    private readonly DocumentPage _page;
    private readonly TextWriter _output;

    protected LineDocumentWriter(DocumentPage page, TextWriter output)
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
                    WriteParagraph(paragraph);
                    break;
                case ListBlock list:
                    foreach (var item in list.Items)
                    {
                        WriteListItem(item);
                    }

                    break;
                case TableBlock table:
                    WriteTable(table);
                    break;
            }
        }
    }

    protected abstract void WriteHeading(HeadingBlock heading);

    protected abstract void WriteParagraph(ParagraphBlock paragraph);

    protected abstract void WriteListItem(string item);

    protected abstract void WriteTable(TableBlock table);

    /// <summary>Writes a line and its LF.</summary>
    protected void Line(string text)
    {
        _output.Write(text);
        _output.Write('\n');
    }
}
