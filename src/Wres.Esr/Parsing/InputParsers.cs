using Wres.Core;
using Wres.Core.Ingestion;
using Wres.Esr.Internal;

namespace Wres.Esr.Parsing;

/// <summary>Which columns and which parser read each input: the one place to add an input file.</summary>
internal static class InputParsers
{
    public static FileSchema Schema(InputPart part) => part switch
    {
        InputPart.Staff or InputPart.PreviousStaff => Columns.Staff,
        InputPart.Recruitment => Columns.Recruitment,
        InputPart.Disciplinary or InputPart.PreviousDisciplinary => Columns.Disciplinary,
        InputPart.Training => Columns.Training,
        InputPart.Board => Columns.Board,
        InputPart.Survey => Columns.Survey,
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, "Not a defined input part."),
    };

    /// <summary>Reads every row of an opened file (or chunk) into the sink.</summary>
    public static void Parse<TSink>(InputPart part, CsvTable table, Classifiers classifiers, EqualityStandard standard, TSink sink, CancellationToken cancellationToken)
        where TSink : IRowSink
    {
        switch (part)
        {
            case InputPart.Staff or InputPart.PreviousStaff:
                StaffParser.Parse(table, classifiers, sink, cancellationToken);
                break;
            case InputPart.Recruitment:
                RecruitmentParser.Parse(table, classifiers, sink, cancellationToken);
                break;
            case InputPart.Disciplinary or InputPart.PreviousDisciplinary:
                DisciplinaryParser.Parse(table, classifiers, sink, cancellationToken);
                break;
            case InputPart.Training:
                TrainingParser.Parse(table, sink, cancellationToken);
                break;
            case InputPart.Board:
                BoardParser.Parse(table, classifiers, sink);
                break;
            case InputPart.Survey:
                SurveyParser.Parse(table, classifiers, standard, sink);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(part), part, "Not a defined input part.");
        }
    }
}
