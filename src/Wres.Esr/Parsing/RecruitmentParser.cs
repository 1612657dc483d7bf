using System.Runtime.CompilerServices;
using Wres.Core.Ingestion;
using Wres.Esr.Internal;

namespace Wres.Esr.Parsing;

/// <summary>Reads the recruitment file: one row per application.</summary>
internal static class RecruitmentParser
{
    private const int Id = 0;
    private const int Ethnicity = 1;
    private const int Shortlisted = 2;
    private const int Appointed = 3;
    private const int Date = 4;
    private const int Vacancy = 5;
    private const int Group = 6;
    private const int Band = 7;
    private const int Disability = 8;
    private const int Organisation = 9;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Parse<TSink>(CsvTable table, Classifiers classifiers, TSink sink, CancellationToken cancellationToken)
        where TSink : IRowSink
    {
        var schema = Columns.Recruitment;
        var full = sink.Full;
        var routes = sink.Routes;
        var fixedTally = sink.TallyFor([]);
        // Indicator 2 is broken down by the post's pay band and staff group whenever the file has the columns.
        var payBands = table.Has(Band);
        var staffGroups = table.Has(Group);
        var columns = (payBands ? ApplicationColumns.PayBand : ApplicationColumns.None) | (staffGroups ? ApplicationColumns.StaffGroup : ApplicationColumns.None);
        while (table.Read(fixedTally, cancellationToken))
        {
            var record = table.Record;
            var line = table.Line;
            var tally = routes ? sink.TallyFor(Fields.Trim(record[Organisation])) : fixedTally;
            // Stryker disable once Logical,Block,Statement : each rule in turn; without the continue, or with &&, a value read later could be unassigned (does not compile)
            if (!RowChecks.FieldCount(table, tally)
                || !RowChecks.Required(record, tally, schema, Id, out var id)
                || !RowChecks.YesNo(record, tally, schema, Shortlisted, whenBlank: null, out var shortlisted)
                || !RowChecks.YesNo(record, tally, schema, Appointed, whenBlank: null, out var appointed)
                || !RowChecks.OptionalDate(record, tally, schema, Date, out var date))
            {
                continue;
            }

            var ethnicity = classifiers.Ethnicity(record[Ethnicity]);
            var disability = classifiers.Disability(record[Disability]);

            var grade = payBands ? classifiers.PostGrade(record[Band]) : null;
            var staffGroup = staffGroups ? classifiers.PostStaffGroup(record[Group]) : null;

            // The sink applies the record rules (appointed only from the shortlist); what the values deserve is noted for rows it takes.
            var taken = sink.Add(
                new ApplicationRow
                {
                    Id = id,
                    Vacancy = full ? Fields.Trim(record[Vacancy]) : default,
                    Organisation = full || routes ? Fields.Trim(record[Organisation]) : default,
                    Ethnicity = ethnicity.Value,
                    Shortlisted = shortlisted,
                    Appointed = appointed,
                    Date = date,
                    StaffGroup = staffGroup?.Value,
                    Grade = grade?.Value,
                    Columns = columns,
                    Disability = disability.Value,
                    Line = line,
                },
                tally);
            if (taken)
            {
                ethnicity.Issue?.Seen(tally, line);
                disability.Issue?.Seen(tally, line);
                grade?.Issue?.Seen(tally, line);
                staffGroup?.Issue?.Seen(tally, line);
            }
        }

        classifiers.Flush();
    }
}
