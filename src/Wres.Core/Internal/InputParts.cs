using Wres.Core.Board;
using Wres.Core.Casework;
using Wres.Core.Ingestion;
using Wres.Core.Recruitment;
using Wres.Core.Survey;
using Wres.Core.Training;
using Wres.Core.Validation;
using Wres.Core.Workforce;

namespace Wres.Core.Internal;

/// <summary>
/// The inputs an accumulator holds, as one table: for each <see cref="InputPart"/>, the source name its findings
/// carry when records are added typed, and how its part is made. Adding an input means a row here (and the typed
/// method and the report section that use it).
/// </summary>
internal static class InputParts
{
    /// <summary>The number of slots a table indexed by <see cref="InputPart"/> needs (slot 0 is <see cref="InputPart.Unknown"/>).</summary>
    public const int Slots = 9;

    private static readonly Kind[] Kinds =
    [
        default,
        new("staff", (settings, year, standard, tally) => new WorkforceAccumulator(settings.Workforce, tally)),
        new("recruitment", (settings, year, standard, tally) => new RecruitmentAccumulator(year, tally)),
        new("disciplinary", (settings, year, standard, tally) => new CaseAccumulator(year, standard, tally)),
        new("training", (settings, year, standard, tally) => new TrainingAccumulator(year, tally)),
        new("board", (settings, year, standard, tally) => new BoardAccumulator(tally)),
        new("survey", (settings, year, standard, tally) => new SurveyAccumulator(standard, tally)),
        new("previous-staff", (settings, year, standard, tally) => new WorkforceAccumulator(settings.Workforce, tally)),
        new("previous-disciplinary", (settings, year, standard, tally) => new CaseAccumulator(year.Previous, standard, tally)),
    ];

    /// <summary>Whether the value names an input.</summary>
    public static bool IsDefined(InputPart part) => part is > InputPart.Unknown and <= InputPart.PreviousDisciplinary;

    /// <summary>The source name of typed records: <c>staff</c>, <c>recruitment</c>, …</summary>
    public static string DefaultSource(InputPart part) => Kinds[Check(part)].Source;

    /// <summary>A new, empty part.</summary>
    public static IInputPart Create(InputPart part, CalculatorSettings settings, ReportingYear year, EqualityStandard standard, SourceTally tally) =>
        Kinds[Check(part)].Create(settings, year, standard, tally);

    private static int Check(InputPart part) =>
        IsDefined(part) ? (int)part : throw new ArgumentOutOfRangeException(nameof(part), part, "Not a defined input part.");

    private readonly record struct Kind(string Source, Func<CalculatorSettings, ReportingYear, EqualityStandard, SourceTally, IInputPart> Create);
}
