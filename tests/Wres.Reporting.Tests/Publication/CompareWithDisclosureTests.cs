using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Wres.Core;
using Wres.Reporting.Tests.Builders;

namespace Wres.Reporting.Tests.Publication;

/// <summary>
/// Issue 10 with <c>--compare-with</c>: last year's report may hold exact counts (it was not published), yet this
/// year's published report shows them only as disclosure control would, last year's shares only as computed from
/// last year's counts as shown, and every change of a count as the difference of two shown counts.
/// </summary>
public class CompareWithDisclosureTests
{
    [Property(MaxTest = 25)]
    public Property Publish_CompareWithUnpublishedLastYear_LastYearsFiguresOnlyFromItsShownCounts()
    {
        var cases = Gen.Choose(0, int.MaxValue).Zip(Gen.Choose(0, int.MaxValue)).Zip(Gen.Elements(EqualityStandard.Wres, EqualityStandard.Wdes)).ToArbitrary();
        return Prop.ForAll(cases, c =>
        {
            var ((seed, lastSeed), standard) = c;
            var lastYear = PreviousReport.Parse(YearPair.AsLastYearJson(Workforces.Report(lastSeed, standard)));
            var json = Schemas.Json(Workforces.Report(seed, standard), new ReportWriterOptions { Publish = true, CompareWith = lastYear });

            var problems = new List<string>();
            var compared = Walk(JsonDocument.Parse(json).RootElement, string.Empty, problems);
            return (problems.Count == 0 && compared > 0).Label($"{compared} compared; " + string.Join("; ", problems));
        });
    }

    /// <summary>Checks every <c>previous</c> and <c>change</c> object under <paramref name="element"/>; returns how many there were.</summary>
    private static int Walk(JsonElement element, string path, List<string> problems)
    {
        var compared = 0;
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "previous" && property.Value.ValueKind == JsonValueKind.Object)
                {
                    compared++;
                    Previous(property.Value, path + "/previous", problems);
                }
                else if (property.Name == "change" && property.Value.ValueKind == JsonValueKind.Object)
                {
                    Counts(property.Value, path + "/change", problems, change: true);
                }

                compared += Walk(property.Value, path + "/" + property.Name, problems);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in element.EnumerateArray())
            {
                compared += Walk(item, $"{path}/{i++}", problems);
            }
        }

        return compared;
    }

    /// <summary>Last year's counts as the default policy shows them, and its group shares from exactly those counts.</summary>
    private static void Previous(JsonElement previous, string path, List<string> problems)
    {
        Counts(previous, path, problems, change: false);
        var total = Int(previous, "total") ?? Int(previous, "headcount") ?? Int(previous, "members");
        foreach (var property in previous.EnumerateObject())
        {
            var name = property.Name;
            if (!name.EndsWith("Percent", StringComparison.Ordinal) || name.StartsWith("known", StringComparison.Ordinal) || property.Value.ValueKind != JsonValueKind.Number)
            {
                continue;
            }

            // A survey's percentages are its input, shown only when their respondents are; a share of a group's
            // count must come from last year's counts as shown.
            var group = name[..^"Percent".Length];
            if (!previous.TryGetProperty(group, out _))
            {
                continue;
            }

            if (Int(previous, group) is not { } count || total is not > 0)
            {
                problems.Add($"{path}/{name} shown without its counts");
                continue;
            }

            var expected = Math.Round(count * 100m / total.Value, 1, MidpointRounding.AwayFromZero);
            if (Math.Abs(property.Value.GetDecimal() - expected) > 0.05m)
            {
                problems.Add($"{path}/{name} is {property.Value.GetDecimal()}, not {expected} from {count} of {total}");
            }
        }
    }

    /// <summary>Every count (not a board's size, which is public) is 0 or a multiple of 5 above 7; a change, a multiple of 5.</summary>
    private static void Counts(JsonElement element, string path, List<string> problems, bool change)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Object && property.Name is not ("ci95" or "detail"))
            {
                Counts(property.Value, path + "/" + property.Name, problems, change);
            }
            else if (property.Value.ValueKind == JsonValueKind.Number && IsCount(property.Name) && property.Value.TryGetInt64(out var value)
                && !(change ? value % 5 == 0 : value == 0 || (value % 5 == 0 && value > 7)))
            {
                problems.Add($"{path}/{property.Name} is {value}");
            }
        }
    }

    private static bool IsCount(string name) =>
        name is "white" or "bme" or "unknown" or "nonDisabled" or "disabled" or "total" or "headcount" or "events" or "base"
            || name.EndsWith("Respondents", StringComparison.Ordinal);

    private static int? Int(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : null;
}
