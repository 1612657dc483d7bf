namespace Wres.Reporting;

/// <summary>The output formats of <see cref="ReportWriter"/>.</summary>
public enum ReportFormat
{
    /// <summary>Not set; not accepted by <see cref="ReportWriter"/>.</summary>
    Unknown = 0,

    /// <summary>Plain text: every indicator as aligned tables, values rounded for display.</summary>
    Text = 1,

    /// <summary>Markdown: the same content as <see cref="Text"/> with Markdown headings and tables.</summary>
    Markdown = 2,

    /// <summary>
    /// JSON in the <c>wres-report/1</c> schema (the JSON Schema <c>Schema/wres-report-1.schema.json</c>, shipped in the
    /// package): unrounded numbers, <c>null</c> where a value is undefined, each indicator with its <c>kind</c>.
    /// </summary>
    Json = 3,

    /// <summary>One self-contained HTML page (inline style, inline SVG charts, no external references).</summary>
    Html = 4,

    /// <summary>CSV (RFC 4180, CRLF line ends): one row per indicator line, numbers unrounded, text cells neutralised against formula injection.</summary>
    Csv = 5,
}
