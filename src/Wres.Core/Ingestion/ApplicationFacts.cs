using NodaTime;
using Wres.Core.Disability;
using Wres.Core.Ethnicity;
using Wres.Core.Workforce;

namespace Wres.Core.Ingestion;

/// <summary>
/// The classified values of one row of the recruitment file (one application) for
/// <see cref="InputWriter.AddApplication(in ApplicationFacts, int)"/>: what a reader has made of the row's cells.
/// </summary>
/// <remarks>
/// A value type passed by reference, so that adding a row allocates nothing. Indicator 2 counts the application by
/// the applicant's ethnic group (and, with <c>--detail</c>, detailed group: <see cref="DetailedEthnicGroups"/>) or
/// disability, and, when the input has the columns (<see cref="Columns"/>), by the post's pay band and staff group.
/// </remarks>
public readonly struct ApplicationFacts
{
    /// <summary>The applicant's ethnic category (<see cref="EthnicityClassifier"/> gives it from a raw value); <see langword="null"/> when blank (Unknown).</summary>
    public EthnicCategory? EthnicOrigin { get; init; }

    /// <summary>The applicant's disability group, for the WDES; <b>Default</b> <see cref="DisabilityGroup.Unknown"/>.</summary>
    public DisabilityGroup Disability { get; init; }

    /// <summary>Whether the application was shortlisted.</summary>
    public required bool Shortlisted { get; init; }

    /// <summary>Whether the applicant was appointed (accepted an offer); appointed but not shortlisted rejects the row.</summary>
    public required bool Appointed { get; init; }

    /// <summary>The shortlisting date, or <see langword="null"/> when not given (then the row is in the year); outside the year excludes the row.</summary>
    public LocalDate? Date { get; init; }

    /// <summary>
    /// The post's pay band or grade (<see cref="Grade.Classify(ReadOnlySpan{char})"/> gives it from a raw value, when recognised);
    /// <see langword="null"/> when the cell is blank or not recognised: the application is then counted in the row
    /// <see cref="Indicators.LikelihoodBreakdownRow.NotRecognisedLabel"/> of the breakdown by pay band.
    /// </summary>
    public Grade? PayBand { get; init; }

    /// <summary>
    /// The post's staff group; <see langword="null"/> when the cell is blank or not recognised: the application is then
    /// counted in the row <see cref="Indicators.LikelihoodBreakdownRow.NotRecognisedLabel"/> of the breakdown by staff group.
    /// </summary>
    public StaffGroup? StaffGroup { get; init; }

    /// <summary>
    /// Which breakdown columns the input has (the same on every row of a file): indicator 2 is broken down by pay band,
    /// or by staff group, only when the input has the column. <b>Default</b> <see cref="ApplicationColumns.None"/>.
    /// </summary>
    public ApplicationColumns Columns { get; init; }
}
