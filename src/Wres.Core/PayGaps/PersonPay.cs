using System.Runtime.InteropServices;

namespace Wres.Core.PayGaps;

/// <summary>One person's pay rows summed: what the report needs of a relevant employee.</summary>
[StructLayout(LayoutKind.Auto)]
internal struct PersonPay
{
    public const byte NotFullPay = 1;
    public const byte MissingHours = 2;
    public const byte InStaff = 4;

    public double SumRate;
    public double SumWeekly;
    public double SumHours;
    public double Bonus;
    public int Offset;
    public int KeyLength;
    public int FirstLine;
    public int Rows;

    /// <summary>The first value each field's rows give (<see cref="PayCodes"/>, without the full-pay bit).</summary>
    public uint Code;

    /// <summary>The fields (by <see cref="PayCodes"/> field bit) whose rows disagree, already warned about.</summary>
    public uint Conflicts;

    public byte Flags;
    public byte StaffEthnicity;
    public byte StaffDisability;

    /// <summary>
    /// The person's hourly pay: one row's rate; else the hours-weighted mean (the summed weekly pay over the
    /// summed hours) when every row gives hours; else the plain mean of the rows' rates.
    /// </summary>
    public readonly double HourlyRate =>
        Rows == 1 ? SumRate
        : (Flags & MissingHours) == 0 && SumHours > 0.0 ? SumWeekly / SumHours
        : SumRate / Rows;

    public readonly bool IsFullPay => (Flags & NotFullPay) == 0;
}
