using System.Runtime.CompilerServices;
using Wres.Core.Validation;
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
            if (!RowChecks.FieldCount(table, tally)
                || !RowChecks.Required(record, tally, schema, Reference, out var reference)
                || !RowChecks.Required(record, tally, schema, Employee, out var employee)
                || !RowChecks.RequiredDate(record, tally, schema, StartDate, out var startDate))
            {
                continue;
            }

            var typeText = record[Type];
            if (!classifiers.TryCaseType(typeText, out var type))
            {
                tally.Reject(line, "Case Type", WresErrorCodes.UnrecognisedCaseType,
                    $"Case type {Fields.Quote(typeText)} is not Disciplinary, Capability or Ill-health capability.");
                continue;
            }

            var ethnicity = classifiers.Ethnicity(record[Ethnicity]);
            ethnicity.Issue?.Seen(tally, line);
            sink.Add(new CaseRow
            {
                Reference = reference,
                Employee = employee,
                StartDate = startDate,
                Ethnicity = ethnicity.Value,
                Type = type,
                Line = line,
            },
            tally);
        }

        classifiers.Flush();
    }
}
