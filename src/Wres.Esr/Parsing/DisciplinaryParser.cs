using System.Runtime.CompilerServices;
using Wres.Esr.Internal;

namespace Wres.Esr.Parsing;

/// <summary>Reads the disciplinary (casework) file: one row per case.</summary>
internal static class DisciplinaryParser
{
    private const int Reference = 0;
    private const int Employee = 1;
    private const int StartDate = 2;
    private const int Ethnicity = 3;
    private const int Type = 4;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Parse<TSink>(CsvTable table, Classifiers classifiers, TSink sink, CancellationToken cancellationToken)
        where TSink : IRowSink
    {
        var schema = Columns.Disciplinary;
        var routes = sink.Routes;
        var fixedTally = sink.TallyFor([]);
        while (table.Read(fixedTally, cancellationToken))
        {
            var record = table.Record;
            var line = table.Line;
            var tally = routes ? sink.TallyFor(Fields.Trim(record[Employee])) : fixedTally;
            // Stryker disable once Logical,Block,Statement : each rule in turn; without the continue, or with &&, a value read later could be unassigned (does not compile)
            if (!RowChecks.FieldCount(table, tally)
                || !RowChecks.Required(record, tally, schema, Reference, out var reference)
                || !RowChecks.Required(record, tally, schema, Employee, out var employee)
                || !RowChecks.RequiredDate(record, tally, schema, StartDate, out var startDate))
            {
                continue;
            }

            // A type of neither standard (a grievance, an appeal) is excluded by a named rule with its value, never rejected.
            var type = classifiers.CaseType(record[Type], out var otherType);

            var ethnicity = classifiers.Ethnicity(record[Ethnicity]);
            ethnicity.Issue?.Seen(tally, line);
            sink.Add(new CaseRow
            {
                Reference = reference,
                Employee = employee,
                StartDate = startDate,
                Ethnicity = ethnicity.Value,
                Type = type,
                OtherType = otherType,
                Line = line,
            },
            tally);
        }

        classifiers.Flush();
    }
}
