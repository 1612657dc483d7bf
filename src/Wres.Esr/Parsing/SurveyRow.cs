using Wres.Core;
using Wres.Core.Ingestion;
using Wres.Core.Survey;
using Wres.Esr.Internal;

namespace Wres.Esr.Parsing;

/// <summary>One valid survey row.</summary>
internal ref struct SurveyRow
{
    public ReadOnlySpan<byte> Indicator;
    public ComparisonGroup Group;
    public decimal Percent;
    public int? Respondents;
    public int? Positive;
    public int Line;

    public readonly bool AddTo(InputWriter writer) => writer.AddSurveyResult(ToRecord(), Line);

    public readonly SurveyResult ToRecord() => new()
    {
        Indicator = Fields.Text(Indicator),
        Group = Group,
        Percent = Percent,
        Respondents = Respondents,
        Positive = Positive,
    };
}
