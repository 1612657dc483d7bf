namespace Wres.Reporting.Document;

/// <summary>
/// One block of the human-readable report. The content is built once (<see cref="ReportDocument"/>) and rendered
/// by the text, Markdown and HTML writers, so the three formats always say the same thing.
/// </summary>
internal abstract record DocumentBlock;
