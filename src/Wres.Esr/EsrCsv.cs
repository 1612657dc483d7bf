using Wres.Core;
using Wres.Core.Board;
using Wres.Core.Casework;
using Wres.Core.Ingestion;
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
        Read<StaffAssignment>(file, InputPart.Staff, options, EqualityStandard.Wres);

    /// <summary>Reads a recruitment file.</summary>
    /// <param name="file">The file.</param>
    /// <param name="options">Options; <b>Default</b> the defaults.</param>
    /// <returns>The applications and the file's data quality.</returns>
    public static EsrReadResult<JobApplication> ReadApplications(InputFile file, WresOptions? options = null) =>
        Read<JobApplication>(file, InputPart.Recruitment, options, EqualityStandard.Wres);

    /// <summary>Reads a disciplinary (casework) file.</summary>
    /// <param name="file">The file.</param>
    /// <param name="options">Options; <b>Default</b> the defaults.</param>
    /// <returns>The cases and the file's data quality.</returns>
    public static EsrReadResult<EmployeeRelationsCase> ReadCases(InputFile file, WresOptions? options = null) =>
        Read<EmployeeRelationsCase>(file, InputPart.Disciplinary, options, EqualityStandard.Wres);

    /// <summary>Reads a training file.</summary>
    /// <param name="file">The file.</param>
    /// <param name="options">Options; <b>Default</b> the defaults.</param>
    /// <returns>The training records and the file's data quality.</returns>
    public static EsrReadResult<TrainingRecord> ReadTraining(InputFile file, WresOptions? options = null) =>
        Read<TrainingRecord>(file, InputPart.Training, options, EqualityStandard.Wres);

    /// <summary>Reads a board file.</summary>
    /// <param name="file">The file.</param>
    /// <param name="options">Options; <b>Default</b> the defaults.</param>
    /// <returns>The board members and the file's data quality.</returns>
    public static EsrReadResult<BoardMember> ReadBoard(InputFile file, WresOptions? options = null) =>
        Read<BoardMember>(file, InputPart.Board, options, EqualityStandard.Wres);

    /// <summary>Reads a staff survey file for one standard; rows for the other standard's groups are excluded.</summary>
    /// <param name="file">The file.</param>
    /// <param name="standard">The standard whose rows to read.</param>
    /// <param name="options">Options (the BME label); <b>Default</b> the defaults.</param>
    /// <returns>The survey results and the file's data quality.</returns>
    public static EsrReadResult<SurveyResult> ReadSurvey(InputFile file, EqualityStandard standard = EqualityStandard.Wres, WresOptions? options = null) =>
        Read<SurveyResult>(file, InputPart.Survey, options, standard);

    private static EsrReadResult<T> Read<T>(InputFile file, InputPart part, WresOptions? options, EqualityStandard standard)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(file);
        if (standard is not (EqualityStandard.Wres or EqualityStandard.Wdes))
        {
            throw new ArgumentOutOfRangeException(nameof(standard), standard, "Not a defined standard.");
        }

        // The calculator validates the options, as it would for a report.
        var settings = options is null ? ReaderSettings.Default : new ReaderSettings(new WresCalculator(options).Options);
        var sink = EncodingFallback.Read(
            file,
            encoding =>
            {
                var records = new RecordSink<T>(new SourceTally(file.Name, settings.MaxIssuesPerSource));
                using var table = CsvTable.Open(file, InputParsers.Schema(part), encoding, null);
                InputParsers.Parse(part, table, new Classifiers(settings), standard, records, CancellationToken.None);
                return (records, records.Tally);
            });
        return new EsrReadResult<T>(sink.Records, sink.Tally.ToQuality());
    }
}
