using Wres.Esr.Internal;

namespace Wres.Esr.Parsing;

/// <summary>Reads the board file: one row per member at the snapshot date.</summary>
internal static class BoardParser
{
    private const int Member = 0;
    private const int Ethnicity = 1;
    private const int Voting = 2;
    private const int Executive = 3;
    private const int Disability = 4;

    public static void Parse<TSink>(CsvTable table, Classifiers classifiers, TSink sink)
        where TSink : IRowSink
    {
        var schema = Columns.Board;
        var tally = sink.TallyFor([]);
        while (table.Read(tally))
        {
            var record = table.Record;
            var line = table.Line;
            // Stryker disable once Logical,Block,Statement : each rule in turn; without the continue, or with &&, a value read later could be unassigned (does not compile)
            if (!RowChecks.FieldCount(table, tally)
                || !RowChecks.Required(record, tally, schema, Member, out var member)
                || !RowChecks.YesNo(record, tally, schema, Voting, whenBlank: null, out var voting)
                || !RowChecks.YesNo(record, tally, schema, Executive, whenBlank: null, out var executive))
            {
                continue;
            }

            var ethnicity = classifiers.Ethnicity(record[Ethnicity]);
            ethnicity.Issue?.Seen(tally, line);
            var disability = classifiers.Disability(record[Disability]);
            disability.Issue?.Seen(tally, line);
            sink.Add(new BoardRow
            {
                Member = member,
                Ethnicity = ethnicity.Value,
                Voting = voting,
                Executive = executive,
                Disability = disability.Value,
            },
            tally);
        }

        classifiers.Flush();
    }
}
