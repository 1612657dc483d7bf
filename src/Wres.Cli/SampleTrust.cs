using Wres.Esr;

namespace Wres.Cli;

/// <summary>
/// The synthetic trust shipped inside the tool (<c>--sample</c>): the files <c>wres sample</c> writes for
/// the default seed and size, embedded as resources so that the sample is read by the same readers,
/// from the same bytes, as any trust's own files.
/// </summary>
internal static class SampleTrust
{
    /// <summary>The organisation name shown on sample reports (whose titles also say the data are synthetic).</summary>
    public const string Organisation = "Synthetic NHS Trust";

    /// <summary>The sample's reporting year ends on 31 March of this year.</summary>
    public const int YearEnd = 2026;

    public static WresInputs Inputs => new()
    {
        Staff = File("staff.csv"),
        Recruitment = File("recruitment.csv"),
        Disciplinary = File("disciplinary.csv"),
        Training = File("training.csv"),
        Board = File("board.csv"),
        Survey = File("survey.csv"),
        PreviousStaff = File("previous-staff.csv"),
        PreviousDisciplinary = File("previous-disciplinary.csv"),
    };

    /// <summary>The sample's pay file, for <c>wres paygap --sample</c> (the WRES report does not read it).</summary>
    public static InputFile Pay => File("pay.csv");

    private static InputFile File(string name) =>
        InputFile.FromStream(name, () => typeof(SampleTrust).Assembly.GetManifestResourceStream("Wres.Cli.Sample." + name)
            ?? throw new InvalidOperationException($"The sample file {name} is missing from the tool."));
}
