using System.Text.Json;
using Json.Schema;
using Wres.Core;
using Wres.Core.RollUp;

namespace Wres.Reporting.Tests.Builders;

/// <summary>
/// The <c>wres-report/1</c> JSON Schema as the package ships it (the resource embedded in Wres.Reporting), and the
/// check every JSON the writer tests produce goes through.
/// </summary>
internal static class Schemas
{
    /// <summary>The schema's resource name in the Wres.Reporting assembly.</summary>
    public const string ResourceName = "Wres.Reporting.Schema.wres-report-1.schema.json";

    private static readonly Lazy<JsonSchema> Schema = new(Load);

    /// <summary>A report as JSON, checked against the schema: how the tests write JSON.</summary>
    public static string Json(WresReport report, ReportWriterOptions? options = null) =>
        AssertValid(ReportWriter.ToString(report, ReportFormat.Json, options));

    /// <summary>A roll-up as JSON, checked against the schema: how the tests write JSON.</summary>
    public static string Json(RollUpReport report, ReportWriterOptions? options = null) =>
        AssertValid(ReportWriter.ToString(report, ReportFormat.Json, options));

    /// <summary>The schema's text, read from the Wres.Reporting assembly.</summary>
    public static string Text()
    {
        using var stream = typeof(ReportWriter).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded in Wres.Reporting.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The errors of a JSON document against the schema, each as <c>location: message</c>; empty when it is valid.</summary>
    public static IReadOnlyList<string> Errors(string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        return [.. (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}"))];
    }

    /// <summary>Asserts that a JSON document is valid against the schema, listing the first errors when not; returns the document.</summary>
    public static string AssertValid(string json)
    {
        var errors = Errors(json);
        Assert.True(errors.Count == 0, "Not valid against wres-report-1.schema.json:\n" + string.Join('\n', errors.Take(12)));
        return json;
    }

    private static JsonSchema Load() => JsonSchema.FromText(Text());
}
