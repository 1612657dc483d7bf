using System.Text.Json;
using System.Text.Json.Serialization;

namespace Wres.Reporting.Contract;

/// <summary>
/// Writes each indicator with the metadata of its own type, and reads one into the type its <c>kind</c> and
/// <c>status</c> name (see <see cref="TypeOf"/>).
/// </summary>
internal sealed class IndicatorDtoConverter : JsonConverter<IndicatorDto>
{
    /// <summary>
    /// The type of an indicator object: <see cref="NotProvidedIndicatorDto"/> when its status is <c>NotProvided</c>,
    /// otherwise the type of its <c>kind</c>. A report written before <c>kind</c> existed is read by the fields the
    /// entry has, as readers did then: <c>rows</c> (representation), <c>relativeLikelihood</c> or <c>ci95</c>
    /// (likelihood), <c>total</c> (board), <c>gapPercentagePoints</c> or <c>gapPoints</c> (survey); an entry with none of them has no
    /// figures to compare with.
    /// </summary>
    /// <exception cref="JsonException"><c>kind</c> is not one of <see cref="IndicatorKind"/>.</exception>
    public static Type TypeOf(JsonElement indicator)
    {
        Type? type = null;
        if (indicator.TryGetProperty(ReportJson.Key(nameof(IndicatorDto.Kind)), out var kind) && kind.ValueKind != JsonValueKind.Null)
        {
            type = kind.ValueKind != JsonValueKind.String ? null : kind.GetString() switch
            {
                IndicatorKind.Representation => typeof(RepresentationIndicatorDto),
                IndicatorKind.Likelihood => typeof(LikelihoodIndicatorDto),
                IndicatorKind.Survey => typeof(SurveyIndicatorDto),
                IndicatorKind.Board => typeof(BoardIndicatorDto),
                _ => null,
            };
            if (type is null)
            {
                var reason = new JsonException(ContractExpectation.Kind, "$." + ReportJson.Key(nameof(IndicatorDto.Kind)), null, null);
                throw new JsonException(null, null, null, null, reason);
            }
        }

        if (indicator.TryGetProperty(ReportJson.Key(nameof(IndicatorDto.Status)), out var status) && status.ValueKind == JsonValueKind.String && status.GetString() == ReportJson.NotProvided)
        {
            return typeof(NotProvidedIndicatorDto);
        }

        return type ?? (Has(nameof(RepresentationIndicatorDto.Rows)) ? typeof(RepresentationIndicatorDto)
            : Has(nameof(LikelihoodIndicatorDto.RelativeLikelihood)) || Has(nameof(LikelihoodIndicatorDto.Ci95)) ? typeof(LikelihoodIndicatorDto)
            : Has(nameof(BoardIndicatorDto.Total)) ? typeof(BoardIndicatorDto)
            : Has(nameof(SurveyIndicatorDto.GapPercentagePoints)) || Has(nameof(SurveyIndicatorDto.GapPoints)) ? typeof(SurveyIndicatorDto)
            : typeof(NotProvidedIndicatorDto));

        bool Has(string property) => indicator.TryGetProperty(ReportJson.Key(property), out _);
    }

    public override IndicatorDto? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException(ContractExpectation.Object);
        }

        var element = JsonElement.ParseValue(ref reader);
        try
        {
            return (IndicatorDto?)element.Deserialize(options.GetTypeInfo(TypeOf(element)));
        }
        catch (JsonException e) when (e.Path is not null)
        {
            // The path inside the indicator; the serializer adds the indicator's own path to this one.
            throw new JsonException(null, null, null, null, e);
        }
    }

    public override void Write(Utf8JsonWriter writer, IndicatorDto value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, options.GetTypeInfo(value.GetType()));
}
