using NodaTime;
using Wres.Core.Ingestion;
using Wres.Core.PayGaps;
using Wres.Esr.Internal;
using Wres.Esr.Parsing;

namespace Wres.Esr;

public sealed partial class WresFileReader
{
    /// <summary>
    /// Reads the pay file (<see cref="WresInputs.Pay"/>) into a pay gap accumulator, with the staff file
    /// (<see cref="WresInputs.Staff"/>, when given) for the ethnicity and disability the pay rows leave blank. Every pay
    /// row is counted, excluded (honorary) or rejected with its line, column and a stable code; the layout, header and
    /// mapping rules are those of every input.
    /// </summary>
    /// <param name="inputs">The files: <see cref="WresInputs.Pay"/> is required, <see cref="WresInputs.Staff"/> optional; the others are not read.</param>
    /// <param name="snapshot">The snapshot date (31 March for the gender pay gap regulations).</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>The accumulator; call <see cref="PayGapAccumulator.ToReport"/>, and dispose it.</returns>
    /// <exception cref="ArgumentException"><paramref name="inputs"/> has no pay file.</exception>
    /// <exception cref="EsrFileException">A file cannot be read at all.</exception>
    /// <remarks>One pass over each file, on one thread: the pay rows are appended to one accumulator in file order.</remarks>
    public PayGapAccumulator ReadPay(WresInputs inputs, LocalDate snapshot, CancellationToken cancellationToken = default)
    {
        var (pay, staff) = PreparePay(inputs);
        using (pay)
        using (staff)
        {
            var router = ReadPayRows(pay, snapshot, byOrganisation: false, cancellationToken);
            AddStaffFacts(staff, router, snapshot, cancellationToken);
            return router.For([]);
        }
    }

    /// <summary>
    /// Reads the pay file by its <c>Organisation</c> column: each organisation's pay gaps, and the combined pay gaps of every
    /// row (rows without an organisation count in the combined report only). As <see cref="ReadPay"/> otherwise.
    /// </summary>
    /// <param name="inputs">The files: <see cref="WresInputs.Pay"/> is required, <see cref="WresInputs.Staff"/> optional.</param>
    /// <param name="snapshot">The snapshot date.</param>
    /// <param name="combinedName">The name of the combined report (the system's), if any.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>The reports.</returns>
    /// <exception cref="ArgumentException"><paramref name="inputs"/> has no pay file.</exception>
    /// <exception cref="EsrFileException">A file cannot be read at all.</exception>
    public PayGapRollUpReport ReadPayByOrganisation(WresInputs inputs, LocalDate snapshot, string? combinedName = null, CancellationToken cancellationToken = default)
    {
        var (pay, staff) = PreparePay(inputs);
        using (pay)
        using (staff)
        {
            var router = ReadPayRows(pay, snapshot, byOrganisation: true, cancellationToken);
            AddStaffFacts(staff, router, snapshot, cancellationToken);
            var organisations = router.Organisations.OrderBy(o => o.Organisation, StringComparer.Ordinal).ToList();
            var reports = organisations.Select(o => o.Accumulator.ToReport(o.Organisation)).ToList();
            using var combined = router.For([]);
            foreach (var (_, accumulator) in organisations)
            {
                combined.Merge(accumulator);
            }

            return new PayGapRollUpReport(combined.ToReport(combinedName), reports);
        }
    }

    private (PreparedFile Pay, PreparedFile? Staff) PreparePay(WresInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Pay is null)
        {
            throw new ArgumentException("The inputs hold no pay file.", nameof(inputs));
        }

        PreparedFile? pay = null;
        EsrFileException? problem = null;
        try
        {
            pay = PreparedFile.PreparePay(inputs.Pay, _settings);
        }
        catch (EsrFileException e)
        {
            problem = e;
        }

        PreparedFile? staff;
        try
        {
            staff = inputs.Staff is null ? null : PreparedFile.Prepare(InputPart.Staff, inputs.Staff, _settings);
        }
        catch (EsrFileException e)
        {
            pay?.Dispose();
            throw problem is null ? e : problem.WithOthers([e]);
        }

        if (problem is not null)
        {
            staff?.Dispose();
            throw problem;
        }

        return (pay!, staff);
    }

    private PayRouter ReadPayRows(PreparedFile pay, LocalDate snapshot, bool byOrganisation, CancellationToken cancellationToken) =>
        EncodingFallback.Read(
            pay.File,
            encoding =>
            {
                var unassigned = _payCalculator.Value.CreateAccumulator(snapshot, pay.File.Name);
                var router = new PayRouter(unassigned, byOrganisation ? () => _payCalculator.Value.CreateAccumulator(snapshot, pay.File.Name) : null);
                pay.AddFindings(unassigned.Tally);
                using var table = CsvTable.Open(pay, encoding, progress: null);
                PayParser.Parse(table, new Classifiers(_settings), router, cancellationToken);
                return (router, unassigned.Tally);
            });

    /// <summary>
    /// Reads the staff file's facts into a fresh accumulator per target (so a second attempt, as Windows-1252, starts clean)
    /// and merges each into its target once the file has been read.
    /// </summary>
    private void AddStaffFacts(PreparedFile? staff, PayRouter router, LocalDate snapshot, CancellationToken cancellationToken)
    {
        if (staff is null)
        {
            return;
        }

        var targets = router.All();
        var staged = EncodingFallback.Read(
            staff.File,
            encoding =>
            {
                var parts = new List<PayGapAccumulator>(targets.Count);
                for (var i = 0; i < targets.Count; i++)
                {
                    parts.Add(_payCalculator.Value.CreateAccumulator(snapshot, staff.File.Name));
                }

                using var table = CsvTable.Open(staff, encoding, progress: null);
                PayParser.ParseStaffFacts(table, new Classifiers(_settings), parts, cancellationToken);
                return (parts, parts[0].Tally);
            });
        for (var i = 0; i < targets.Count; i++)
        {
            targets[i].Merge(staged[i]);
        }
    }
}
