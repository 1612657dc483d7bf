using System.Globalization;
using Wres.Core.Validation;

namespace Wres.Cli;

/// <summary>The one line standard error gets when rows were rejected: how many, in which files, the first one, and where the list is.</summary>
internal static class RejectionSummary
{
    /// <summary>The summary, or <see langword="null"/> when no row was rejected.</summary>
    /// <param name="quality">The report's data quality (a roll-up's combined report holds every row).</param>
    /// <param name="outputPath">Where the report was written; <see langword="null"/> for standard output.</param>
    public static string? Describe(DataQualityReport quality, string? outputPath)
    {
        var total = 0;
        var files = new List<string>();
        DataQualityIssue? first = null;
        foreach (var source in quality.Sources)
        {
            if (source.RowsRejected == 0)
            {
                continue;
            }

            total += source.RowsRejected;
            files.Add($"{source.Source} {Count(source.RowsRejected)}");
            foreach (var issue in source.Issues)
            {
                if (issue.Severity == IssueSeverity.Error)
                {
                    first ??= issue;
                    break;
                }
            }
        }

        if (total == 0)
        {
            return null;
        }

        var where = outputPath is null ? "the report's data-quality section" : $"the data-quality section of {outputPath}";
        var firstText = first is null
            ? string.Empty
            : $"; the first: {first.Source}{(first.Line is { } line ? " line " + Count(line) : string.Empty)}{(first.Column is { } column ? ", column " + column : string.Empty)}, {first.Code}";
        return $"{Count(total)} row{(total == 1 ? string.Empty : "s")} rejected ({string.Join(", ", files)}){firstText}; every one is listed in {where}.";
    }

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
