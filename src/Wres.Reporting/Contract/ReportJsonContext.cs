using System.Text.Json.Serialization;

namespace Wres.Reporting.Contract;

/// <summary>
/// The source-generated metadata of the report contract. Use it through <see cref="ReportJson"/>, whose options add
/// the formatting (indented, LF line ends, unescaped text) and the WDES keys.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(ReportDto))]
[JsonSerializable(typeof(ReportIdentityDto))]
[JsonSerializable(typeof(NotProvidedIndicatorDto))]
[JsonSerializable(typeof(RepresentationIndicatorDto))]
[JsonSerializable(typeof(LikelihoodIndicatorDto))]
[JsonSerializable(typeof(SurveyIndicatorDto))]
[JsonSerializable(typeof(BoardIndicatorDto))]
[JsonSerializable(typeof(WorkforceDto))]
[JsonSerializable(typeof(ModelEmployerDto))]
[JsonSerializable(typeof(WorkforceFiguresDto))]
[JsonSerializable(typeof(WorkforceChangeDto))]
[JsonSerializable(typeof(RowFiguresDto))]
[JsonSerializable(typeof(RowChangeDto))]
[JsonSerializable(typeof(LikelihoodPreviousDto))]
[JsonSerializable(typeof(LikelihoodChangeDto))]
[JsonSerializable(typeof(SurveyFiguresDto))]
[JsonSerializable(typeof(SurveyChangeDto))]
[JsonSerializable(typeof(BoardFiguresDto))]
[JsonSerializable(typeof(BoardChangeDto))]
[JsonSerializable(typeof(bool?))]
internal sealed partial class ReportJsonContext : JsonSerializerContext
{
}
