using Wres.Core;
using Wres.Core.Ingestion;
using Wres.Core.RollUp;
using Wres.Core.Validation;
using Wres.Esr.Parsing;

namespace Wres.Esr.Internal;

/// <summary>
/// Reads one input file, or one chunk of it, into a roll-up of its own: opens the table, picks the sink (the
/// accumulator's input, or an organisation's input row by row when routing) and runs the input's parser.
/// </summary>
internal sealed class PartReader(WresCalculator calculator, ReaderSettings settings)
{
    public WresRollUp CreateRollUp(Routing routing) => calculator.CreateRollUp(routing.Year, routing.Standard);

    /// <summary>Reads a whole file, as UTF-8 or, failing that, as Windows-1252.</summary>
    public WresRollUp ReadWhole(InputPart part, InputFile file, Routing routing, IProgress<ReadProgress>? progress, CancellationToken cancellationToken) =>
        EncodingFallback.Read(
            file,
            encoding =>
            {
                var rollUp = CreateRollUp(routing);
                using var table = CsvTable.Open(file, InputParsers.Schema(part), encoding, progress);
                var tally = Parse(part, file.Name, table, rollUp, routing, cancellationToken);
                return (rollUp, tally);
            });

    /// <summary>Reads one chunk of a file on disk, as UTF-8 (a chunk that is not throws, and the file is read whole); returns the line breaks it held.</summary>
    public (WresRollUp RollUp, int LineBreaks) ReadChunk(InputPart part, InputFile file, Chunk chunk, Routing routing, IProgress<ReadProgress>? progress, CancellationToken cancellationToken)
    {
        var rollUp = CreateRollUp(routing);
        using var table = CsvTable.Open(file, InputParsers.Schema(part), encoding: null, progress, chunk);
        Parse(part, file.Name, table, rollUp, routing, cancellationToken);
        return (rollUp, table.LineBreaks);
    }

    /// <summary>Parses one file (or chunk) into the roll-up and returns the tally of its file-level findings.</summary>
    private SourceTally Parse(InputPart part, string name, CsvTable table, WresRollUp rollUp, Routing routing, CancellationToken cancellationToken)
    {
        var classifiers = new Classifiers(settings);
        IWriterRouter? router = part switch
        {
            InputPart.Staff or InputPart.PreviousStaff or InputPart.Recruitment when routing.ByOrganisation => new OrganisationRouter(rollUp, part, name),
            InputPart.Disciplinary or InputPart.PreviousDisciplinary or InputPart.Training when routing.Directory is { } directory => new EmployeeRouter(rollUp, directory, part, name),
            _ => null,
        };
        if (router is not null)
        {
            InputParsers.Parse(part, table, classifiers, routing.Standard, new RoutedSink(router), cancellationToken);
            return router.For([]).Tally;
        }

        var writer = rollUp.Unassigned.OpenInput(part, name);
        InputParsers.Parse(part, table, classifiers, routing.Standard, new WriterSink(writer), cancellationToken);
        return writer.Tally;
    }
}
