using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Wres.Core;
using Wres.Core.Statistics;
using Wres.Reporting.Internal;
using Wres.Reporting.Writers;

namespace Wres.Reporting.Comparison;

/// <summary>
/// Reads a <c>wres-report/1</c> JSON document into a <see cref="PreviousReport"/>: strict about types (a field
/// that is there must hold what the schema says), lenient about absence (a missing field is unknown), and
/// every problem a <see cref="FormatException"/> with one readable sentence.
/// </summary>
internal static class PreviousReportReader
{
    private const string Prefix = "The previous report is not a wres-report/1 report: ";

    /// <summary>The largest magnitude accepted for any number: far beyond any real figure, well within decimal.</summary>
    private const double Largest = 1e15;

    public static FormatException NotValidJson(JsonException e)
    {
        var where = e.LineNumber is { } line
            ? string.Create(CultureInfo.InvariantCulture, $" (line {line + 1}, position {(e.BytePositionInLine ?? 0) + 1})")
            : string.Empty;
        return new FormatException(Prefix + "it is not valid JSON" + where + ".", e);
    }

    public static PreviousReport Read(JsonElement root) => Read(root, nested: false);

    private static PreviousReport Read(JsonElement root, bool nested)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Invalid("it is not a JSON object");
        }

        var top = new Scope(root, string.Empty, string.Empty);
        var schema = top.Text("schema") ?? throw Invalid("it has no \"schema\" field");
        if (schema == JsonReportWriter.DataQualitySchema)
        {
            throw Invalid($"it is a data-quality report ({JsonReportWriter.DataQualitySchema}, written by wres validate), which has no indicators");
        }

        if (schema != JsonReportWriter.Schema)
        {
            throw Invalid($"its schema is \"{Shown(schema)}\"");
        }

        var standard = top.Text("standard") switch
        {
            "wres" => EqualityStandard.Wres,
            "wdes" => EqualityStandard.Wdes,
            null => throw Invalid("it has no \"standard\" field"),
            var other => throw Invalid($"its standard is \"{Shown(other)}\", not \"wres\" or \"wdes\""),
        };
        var keys = new Keys(ReportView.ReferenceKeyOf(standard), ReportView.FocusKeyOf(standard));
        var period = Period(top);
        var workforce = top.Object("workforce") is { } workforceScope ? Workforce(workforceScope, keys) : null;

        if (!root.TryGetProperty("indicators", out var indicators) || indicators.ValueKind != JsonValueKind.Array)
        {
            throw Invalid("it has no \"indicators\" list");
        }

        var rows = new Dictionary<(string, string), PreviousRow>();
        var likelihoods = new Dictionary<string, PreviousLikelihood>(StringComparer.Ordinal);
        var surveys = new Dictionary<string, PreviousSurvey>(StringComparer.Ordinal);
        var boards = new Dictionary<string, PreviousBoard>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var element in indicators.EnumerateArray())
        {
            index++;
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw Invalid(string.Create(CultureInfo.InvariantCulture, $"entry {index} of \"indicators\" is not an object"));
            }

            var id = new Scope(element, string.Create(CultureInfo.InvariantCulture, $"entry {index} of \"indicators\""), string.Empty).Text("id")
                ?? throw Invalid(string.Create(CultureInfo.InvariantCulture, $"entry {index} of \"indicators\" has no \"id\""));
            var indicator = new Scope(element, $"indicator {Shown(id)}", string.Empty);
            if (!ids.Add(id))
            {
                throw Invalid($"indicator {Shown(id)} appears twice");
            }

            if (indicator.Text("status") == "NotProvided")
            {
                continue;
            }

            if (element.TryGetProperty("rows", out _))
            {
                Representation(indicator, keys, rows);
            }
            else if (element.TryGetProperty("relativeLikelihood", out _) || element.TryGetProperty("ci95", out _))
            {
                likelihoods.Add(id, Likelihood(indicator, keys));
            }
            else if (element.TryGetProperty("total", out _))
            {
                boards.Add(id, new PreviousBoard(Subset(indicator, "total", keys), Subset(indicator, "voting", keys), Subset(indicator, "executive", keys)));
            }
            else if (element.TryGetProperty("gapPercentagePoints", out _) || element.TryGetProperty(keys.Focus + "Percent", out _))
            {
                surveys.Add(id, new PreviousSurvey(
                    indicator.Decimal(keys.Reference + "Percent"),
                    indicator.Decimal(keys.Focus + "Percent"),
                    indicator.Decimal("gapPercentagePoints"),
                    indicator.Count(keys.Reference + "Respondents"),
                    indicator.Count(keys.Focus + "Respondents")));
            }
        }

        var organisations = nested
            ? new Dictionary<string, PreviousReport>(StringComparer.Ordinal)
            : Organisations(root, standard, period);
        return new PreviousReport(standard, period, top.Text("organisation"), top.Boolean("published") ?? false, workforce, rows, likelihoods, surveys, boards, organisations);
    }

    /// <summary>
    /// The per-organisation reports of a roll-up (its <c>organisations</c> list), by organisation code: each a full
    /// report of the same standard and period as the combined one. Empty when there is no such list.
    /// </summary>
    private static Dictionary<string, PreviousReport> Organisations(JsonElement root, EqualityStandard standard, DateInterval period)
    {
        var organisations = new Dictionary<string, PreviousReport>(StringComparer.Ordinal);
        if (!root.TryGetProperty("organisations", out var list) || list.ValueKind == JsonValueKind.Null)
        {
            return organisations;
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            throw Invalid("\"organisations\" is not a list");
        }

        var index = 0;
        foreach (var element in list.EnumerateArray())
        {
            index++;
            var where = string.Create(CultureInfo.InvariantCulture, $"entry {index} of \"organisations\"");
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw Invalid($"{where} is not an object");
            }

            var code = new Scope(element, where, string.Empty).Text("organisation");
            if (string.IsNullOrWhiteSpace(code))
            {
                throw Invalid($"{where} has no \"organisation\" code");
            }

            PreviousReport report;
            try
            {
                report = Read(element, nested: true);
            }
            catch (FormatException e) when (e.Message.StartsWith(Prefix, StringComparison.Ordinal))
            {
                var reason = e.Message[Prefix.Length..].TrimEnd('.');
                throw Invalid($"in the report of organisation {Shown(code)}, {reason}");
            }

            if (report.Standard != standard || report.Period != period)
            {
                throw Invalid($"the report of organisation {Shown(code)} is not for the same standard and period as the combined report");
            }

            if (!organisations.TryAdd(code, report))
            {
                throw Invalid($"organisation {Shown(code)} appears twice in \"organisations\"");
            }
        }

        return organisations;
    }

    private static DateInterval Period(Scope top)
    {
        var period = top.Object("period") ?? throw Invalid("it has no \"period\"");
        var start = Date(period, "start");
        var end = Date(period, "end");
        return end < start
            ? throw Invalid("its period ends before it starts")
            : new DateInterval(start, end);

        static LocalDate Date(Scope period, string name)
        {
            var text = period.Text(name) ?? throw Invalid($"its period has no \"{name}\" date");
            var parsed = LocalDatePattern.Iso.Parse(text);
            return parsed.Success ? parsed.Value : throw Invalid($"the period's \"{name}\" is not a date like 2025-03-31");
        }
    }

    private static PreviousWorkforce Workforce(Scope workforce, Keys keys) => new(
        new PreviousTally(workforce.Count(keys.Reference), workforce.Count(keys.Focus), workforce.Count("unknown"), workforce.Count("headcount")),
        workforce.Number(keys.Reference + "Percent"),
        workforce.Number(keys.Focus + "Percent"),
        workforce.Number("unknownPercent"),
        workforce.Number("known" + ReportView.Pascal(keys.Focus) + "Percent"),
        workforce.Number("declarationRate"));

    private static void Representation(Scope indicator, Keys keys, Dictionary<(string, string), PreviousRow> rows)
    {
        if (indicator.Element.GetProperty("rows") is not { ValueKind: JsonValueKind.Array } list)
        {
            throw Invalid($"in {indicator.Context}, \"rows\" is not a list");
        }

        var index = 0;
        foreach (var element in list.EnumerateArray())
        {
            index++;
            var where = string.Create(CultureInfo.InvariantCulture, $"row {index} of {indicator.Context}");
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw Invalid($"{where} is not an object");
            }

            var row = new Scope(element, where, string.Empty);
            var segment = row.Text("segment") ?? throw Invalid($"{where} has no \"segment\"");
            var label = row.Text("row") ?? throw Invalid($"{where} has no \"row\"");
            var previous = new PreviousRow(
                new PreviousTally(row.Count(keys.Reference), row.Count(keys.Focus), row.Count("unknown"), row.Count("total")),
                row.Boolean("applicable"),
                row.Number(keys.Reference + "Percent"),
                row.Number(keys.Focus + "Percent"),
                row.Number("unknownPercent"));
            if (!rows.TryAdd((segment, label), previous))
            {
                throw Invalid($"in {indicator.Context}, the row {Shown(segment)} / {Shown(label)} appears twice");
            }
        }
    }

    private static PreviousLikelihood Likelihood(Scope indicator, Keys keys)
    {
        ConfidenceInterval? interval = null;
        if (indicator.Object("ci95") is { } ci)
        {
            var lower = ci.Number("lower", 0.0);
            var upper = ci.Number("upper", 0.0);
            if (lower is { } l)
            {
                // An unbounded upper limit is written as null.
                var u = upper ?? double.PositiveInfinity;
                interval = l <= u ? new ConfidenceInterval(l, u) : throw Invalid($"in {indicator.Context}, the 95% confidence interval's lower limit is above its upper limit");
            }
        }

        LikelihoodBand? band = indicator.Text("band") switch
        {
            null => null,
            "NonAdverse" => LikelihoodBand.NonAdverse,
            "Undefined" => LikelihoodBand.Undefined,
            var text when text == "AdverseTo" + ReportView.Pascal(keys.Focus) => LikelihoodBand.AdverseToFocus,
            var text when text == "AdverseTo" + ReportView.Pascal(keys.Reference) => LikelihoodBand.AdverseToReference,
            var text => throw Invalid($"in {indicator.Context}, the band \"{Shown(text)}\" is not one of this standard's bands"),
        };

        return new PreviousLikelihood(
            indicator.Text("orientation"),
            Proportion(indicator, keys.Reference),
            Proportion(indicator, keys.Focus),
            Proportion(indicator, "unknown"),
            indicator.Number("relativeLikelihood", 0.0),
            interval,
            indicator.Number("pValue", 0.0, 1.0),
            band,
            indicator.Boolean("smallNumbers"),
            indicator.Boolean("rolling"));

        static PreviousProportion Proportion(Scope indicator, string name) => indicator.Object(name) is { } group
            ? new PreviousProportion(group.Count("events"), group.Count("base"), group.Number("likelihood", 0.0))
            : new PreviousProportion(null, null, null);
    }

    private static PreviousSubset Subset(Scope board, string name, Keys keys) => board.Object(name) is { } subset
        ? new PreviousSubset(
            new PreviousTally(subset.Count(keys.Reference), subset.Count(keys.Focus), subset.Count("unknown"), subset.Count("members")),
            subset.Number(keys.Focus + "Percent"),
            subset.Number("differencePercentagePoints"))
        : new PreviousSubset(new PreviousTally(null, null, null, null), null, null);

    private static FormatException Invalid(string reason) => new(Prefix + reason + ".");

    /// <summary>Text from the file as it may appear in a message: one line, at most 40 characters.</summary>
    private static string Shown(string text)
    {
        var line = TextSafety.SingleLine(text);
        return line.Length <= 40 ? line : line[..40] + "…";
    }

    /// <summary>The JSON keys of the two groups.</summary>
    private readonly record struct Keys(string Reference, string Focus);

    /// <summary>An object in the document, with where it is for messages.</summary>
    private readonly record struct Scope(JsonElement Element, string Context, string Path)
    {
        public Scope? Object(string name)
        {
            var value = Value(name);
            return value?.ValueKind switch
            {
                null => null,
                JsonValueKind.Object => new Scope(value.Value, Context, Key(name)),
                _ => throw Wrong(name, "an object"),
            };
        }

        public string? Text(string name)
        {
            var value = Value(name);
            return value?.ValueKind switch
            {
                null => null,
                JsonValueKind.String => value.Value.GetString(),
                _ => throw Wrong(name, "text"),
            };
        }

        public bool? Boolean(string name)
        {
            var value = Value(name);
            return value?.ValueKind switch
            {
                null => null,
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw Wrong(name, "true or false"),
            };
        }

        /// <summary>A count: a whole number from 0; text (a suppressed count in a published report) is unknown.</summary>
        public int? Count(string name)
        {
            var value = Value(name);
            return value?.ValueKind switch
            {
                null or JsonValueKind.String => null,
                JsonValueKind.Number when value.Value.TryGetInt32(out var count) && count >= 0 => count,
                _ => throw Wrong(name, "a count"),
            };
        }

        public double? Number(string name, double minimum = -Largest, double maximum = Largest)
        {
            var value = Value(name);
            return value?.ValueKind switch
            {
                null => null,
                JsonValueKind.Number when value.Value.TryGetDouble(out var number) && number >= minimum && number <= maximum => number,
                _ => throw Wrong(name, Range(minimum, maximum)),
            };
        }

        public decimal? Decimal(string name)
        {
            var value = Value(name);
            return value?.ValueKind switch
            {
                null => null,
                JsonValueKind.Number when value.Value.TryGetDecimal(out var number) && Math.Abs(number) <= (decimal)Largest => number,
                _ => throw Wrong(name, "a number"),
            };
        }

        private static string Range(double minimum, double maximum) =>
            minimum <= -Largest ? "a number"
            : maximum >= Largest ? string.Create(CultureInfo.InvariantCulture, $"a number of at least {minimum}")
            : string.Create(CultureInfo.InvariantCulture, $"a number from {minimum} to {maximum}");

        /// <summary>The property's value, or <see langword="null"/> when it is missing or JSON <c>null</c>.</summary>
        private JsonElement? Value(string name) =>
            Element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

        private string Key(string name) => Path.Length == 0 ? name : Path + "." + name;

        private FormatException Wrong(string name, string expected) =>
            Invalid((Context.Length == 0 ? string.Empty : $"in {Context}, ") + $"\"{Key(name)}\" is not {expected}");
    }
}
