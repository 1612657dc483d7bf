using Wres.Core.Ingestion;

namespace Wres.Esr;

/// <summary>The input files of a report. Any may be left out; the indicators that need it are then reported as not provided.</summary>
public sealed record WresInputs
{
    /// <summary>The ESR staff-in-post extract, one row per assignment.</summary>
    public InputFile? Staff { get; init; }

    /// <summary>Applications, one row per application.</summary>
    public InputFile? Recruitment { get; init; }

    /// <summary>Disciplinary and capability cases, one row per case.</summary>
    public InputFile? Disciplinary { get; init; }

    /// <summary>Courses taken, one row per course.</summary>
    public InputFile? Training { get; init; }

    /// <summary>Board members at the snapshot date.</summary>
    public InputFile? Board { get; init; }

    /// <summary>Staff survey results.</summary>
    public InputFile? Survey { get; init; }

    /// <summary>Last year's staff extract (two-year indicator 3).</summary>
    public InputFile? PreviousStaff { get; init; }

    /// <summary>Last year's cases (two-year indicator 3).</summary>
    public InputFile? PreviousDisciplinary { get; init; }

    /// <summary>
    /// The pay file, one row per person or per assignment, for the pay gaps (<see cref="WresFileReader.ReadPay"/>); the WRES
    /// and WDES reads leave it alone.
    /// </summary>
    public InputFile? Pay { get; init; }

    internal IEnumerable<(InputPart Part, InputFile File)> Provided()
    {
        if (Staff is not null)
        {
            yield return (InputPart.Staff, Staff);
        }

        if (Recruitment is not null)
        {
            yield return (InputPart.Recruitment, Recruitment);
        }

        if (Disciplinary is not null)
        {
            yield return (InputPart.Disciplinary, Disciplinary);
        }

        if (Training is not null)
        {
            yield return (InputPart.Training, Training);
        }

        if (Board is not null)
        {
            yield return (InputPart.Board, Board);
        }

        if (Survey is not null)
        {
            yield return (InputPart.Survey, Survey);
        }

        if (PreviousStaff is not null)
        {
            yield return (InputPart.PreviousStaff, PreviousStaff);
        }

        if (PreviousDisciplinary is not null)
        {
            yield return (InputPart.PreviousDisciplinary, PreviousDisciplinary);
        }
    }
}
