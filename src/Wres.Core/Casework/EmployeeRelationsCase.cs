using NodaTime;
using Wres.Core.Ethnicity;

namespace Wres.Core.Casework;

/// <summary>One formal employee-relations case: entry into a disciplinary investigation or a capability process.</summary>
/// <remarks>
/// A case's ethnicity is its own <see cref="EthnicOrigin"/> when that is given (even <c>Z Not Stated</c>);
/// otherwise the employee's ethnicity from the staff file (any of their rows, in scope or not), then
/// from the previous year's staff file; otherwise Unknown, with a warning. Cases count per person: a
/// person with two cases in the year counts once.
/// </remarks>
public sealed record EmployeeRelationsCase
{
    /// <summary>The case's reference.</summary>
    public required string CaseReference { get; init; }

    /// <summary>The employee's ESR employee number, which joins the case to the staff file.</summary>
    public required string EmployeeNumber { get; init; }

    /// <summary>The date the person entered the formal investigation or process.</summary>
    public required LocalDate StartDate { get; init; }

    /// <summary>The ethnic category recorded on the case; <see langword="null"/> when the cell was blank (joined from staff).</summary>
    public EthnicCategory? EthnicOrigin { get; init; }

    /// <summary>The type of case; <b>Default</b> <see cref="CaseType.Disciplinary"/>.</summary>
    public CaseType Type { get; init; } = CaseType.Disciplinary;
}
