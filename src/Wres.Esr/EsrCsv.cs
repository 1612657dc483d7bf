using Wres.Core;
using Wres.Core.Board;
using Wres.Core.Casework;
using Wres.Core.Internal;
using Wres.Core.Recruitment;
using Wres.Core.Survey;
using Wres.Core.Training;
using Wres.Core.Validation;
using Wres.Core.Workforce;
using Wres.Esr.Internal;
using Wres.Esr.Parsing;

namespace Wres.Esr;

/// <summary>
/// Reads one input file into typed records, for integrations that want the records themselves (to
/// store, filter or pass to <see cref="WresCalculator"/>). Values are parsed and classified exactly as
/// <see cref="WresFileReader"/> does; scope rules (reporting year, bank assignments) are left to the
/// calculator, so every valid row is returned.
/// </summary>
public static class EsrCsv
{
    /// <summary>Reads a staff-in-post file.</summary>
    /// <param name="file">The file.</param>
    /// <param name="options">Options (local ethnic codes and labels); <b>Default</b> the defaults.</param>
    /// <returns>The assignments and the file's data quality.</returns>
    public static EsrReadResult<StaffAssignment> ReadStaff(InputFile file, WresOptions? options = null) =>
        Read(file, InputPart.Staff, options, EqualityStandard.Wres, sink => sink.Staff);

    /// <summary>Reads a recruitment file.</summary>
    /// <param name="file">The file.</param>
    /// <param name="options">Options; <b>Default</b> the defaults.</param>
    /// <returns>The applications and the file's data quality.</returns>
    public static EsrReadResult<JobApplication> ReadApplications(InputFile file, WresOptions? options = null) =>
        Read(file, InputPart.Recruitment, options, EqualityStandard.Wres, sink => sink.Applications);

    /// <summary>Reads a disciplinary (casework) file.</summary>
    /// <param name="file">The file.</param>
    /// <param name="options">Options; <b>Default</b> the defaults.</param>
    /// <returns>The cases and the file's data quality.</returns>
    public static EsrReadResult<EmployeeRelationsCase> ReadCases(InputFile file, WresOptions? options = null) =>
        Read(file, InputPart.Disciplinary, options, EqualityStandard.Wres, sink => sink.Cases);

    /// <summary>Reads a training file.</summary>
    /// <param name="file">The file.</param>
    /// <param name="options">Options; <b>Default</b> the defaults.</param>
    /// <returns>The training records and the file's data quality.</returns>
    public static EsrReadResult<TrainingRecord> ReadTraining(InputFile file, WresOptions? options = null) =>
        Read(file, InputPart.Training, options, EqualityStandard.Wres, sink => sink.Training);

    /// <summary>Reads a board file.</summary>
    /// <param name="file">The file.</param>
    /// <param name="options">Options; <b>Default</b> the defaults.</param>
    /// <returns>The board members and the file's data quality.</returns>
    public static EsrReadResult<BoardMember> ReadBoard(InputFile file, WresOptions? options = null) =>
        Read(file, InputPart.Board, options, EqualityStandard.Wres, sink => sink.Board);

    /// <summary>Reads a staff survey file for one standard; rows for the other standard's groups are excluded.</summary>
    /// <param name="file">The file.</param>
    /// <param name="standard">The standard whose rows to read.</param>
    /// <param name="options">Options (the BME label); <b>Default</b> the defaults.</param>
    /// <returns>The survey results and the file's data quality.</returns>
    public static EsrReadResult<SurveyResult> ReadSurvey(InputFile file, EqualityStandard standard = EqualityStandard.Wres, WresOptions? options = null) =>
        Read(file, InputPart.Survey, options, standard, sink => sink.Survey);

    private static EsrReadResult<T> Read<T>(InputFile file, InputPart part, WresOptions? options, EqualityStandard standard, Func<RecordSink, List<T>> records)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (standard is not (EqualityStandard.Wres or EqualityStandard.Wdes))
        {
            throw new ArgumentOutOfRangeException(nameof(standard), standard, "Not a defined standard.");
        }

        var settings = options is null ? CalculatorSettings.Default : new CalculatorSettings(options);
        var sink = WresFileReader.WithEncodingFallback(
            file,
            encoding =>
            {
                var tally = new SourceTally(file.Name, settings.MaxIssuesPerSource);
                var recordSink = new RecordSink(tally);
                var classifiers = new Classifiers(settings);
                using var table = CsvTable.Open(file, WresFileReader.Schema(part), encoding, null);
                switch (part)
                {
                    case InputPart.Staff:
                        StaffParser.Parse(table, classifiers, recordSink, CancellationToken.None);
                        break;
                    case InputPart.Recruitment:
                        RecruitmentParser.Parse(table, classifiers, recordSink, CancellationToken.None);
                        break;
                    case InputPart.Disciplinary:
                        DisciplinaryParser.Parse(table, classifiers, recordSink, CancellationToken.None);
                        break;
                    case InputPart.Training:
                        TrainingParser.Parse(table, recordSink, CancellationToken.None);
                        break;
                    case InputPart.Board:
                        BoardParser.Parse(table, classifiers, recordSink);
                        break;
                    default:
                        SurveyParser.Parse(table, classifiers, standard, recordSink);
                        break;
                }

                return (recordSink, tally);
            });
        return new EsrReadResult<T>(records(sink), sink.Tally.ToQuality());
    }
}
