using System.Text.Json.Serialization;

namespace Wres.Reporting.Contract;

/// <summary>The counts and shares of one row of indicator 1: the fields of <see cref="RowDto"/>, and last year's under its <c>previous</c>.</summary>
internal record RowFiguresDto
{
    public Count? White { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? WhiteSuppressed => Count.SuppressedFlag(White);

    public Count? Bme { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? BmeSuppressed => Count.SuppressedFlag(Bme);

    public Count? Unknown { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? UnknownSuppressed => Count.SuppressedFlag(Unknown);

    public Count? Total { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? TotalSuppressed => Count.SuppressedFlag(Total);

    public bool? Applicable { get; init; }

    public ReportNumber? WhitePercent { get; init; }

    public ReportNumber? BmePercent { get; init; }

    public ReportNumber? UnknownPercent { get; init; }
}
