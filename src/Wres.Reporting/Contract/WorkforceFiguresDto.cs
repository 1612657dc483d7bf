using System.Text.Json.Serialization;

namespace Wres.Reporting.Contract;

/// <summary>The workforce's counts and shares: the fields of <see cref="WorkforceDto"/>, and last year's under its <c>previous</c>.</summary>
internal record WorkforceFiguresDto
{
    public Count? Headcount { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? HeadcountSuppressed => Count.SuppressedFlag(Headcount);

    public Count? White { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? WhiteSuppressed => Count.SuppressedFlag(White);

    public Count? Bme { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? BmeSuppressed => Count.SuppressedFlag(Bme);

    public Count? Unknown { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? UnknownSuppressed => Count.SuppressedFlag(Unknown);

    public ReportNumber? WhitePercent { get; init; }

    public ReportNumber? BmePercent { get; init; }

    public ReportNumber? UnknownPercent { get; init; }

    public ReportNumber? KnownBmePercent { get; init; }

    public ReportNumber? DeclarationRate { get; init; }
}
