using Wres.Core.Disability;
using Wres.Core.Ethnicity;
using Wres.Core.Workforce;

namespace Wres.Core.PayGaps;

/// <summary>
/// A person's (or a row's) group values packed into the bits of one code, so that they can be counted into
/// arrays and carried beside a sorted hourly rate: ethnicity in bits 0-3, disability 4-5, sex 6-7, band 8-12.
/// A value of 0 in a field means the row gives none.
/// </summary>
internal static class PayCodes
{
    public const int DisabilityShift = 4;
    public const int SexShift = 6;
    public const int BandShift = 8;

    /// <summary>The ethnicity, disability and sex bits: what decides a person's group in any comparison.</summary>
    public const uint GroupMask = 0xFF;

    /// <summary>Set on a row's code when the row says Full Pay Yes.</summary>
    public const uint FullPayBit = 1u << 13;

    /// <summary>The number of band values: 0 (none) and 1 + each grade's index.</summary>
    public const int Bands = Grade.Count + 1;

    /// <summary>The number of distinct codes without the full-pay bit (the size of a histogram over them).</summary>
    public const int Count = Bands << BandShift;

    // Ethnicity values: 0 none given, then the detailed groups.
    public const uint EthnicityNotKnown = 1;
    public const uint WhiteBritish = 2;
    public const uint WhiteIrish = 3;
    public const uint WhiteOther = 4;
    public const uint Mixed = 5;
    public const uint Asian = 6;
    public const uint Black = 7;
    public const uint OtherEthnicGroup = 8;

    // Disability values: 0 none given, then the group + 1.
    public const uint DisabilityNotKnown = 1;
    public const uint NonDisabled = 2;
    public const uint Disabled = 3;

    /// <summary>
    /// The detailed group of a category: A White British, B White Irish, C White other, D-G Mixed, H-L Asian,
    /// M-P Black, R-S Other, Z and 99 not known; a local code is White other, Other or not known by its group.
    /// </summary>
    public static uint Ethnicity(EthnicCategory? category)
    {
        if (category is null)
        {
            return 0;
        }

        if (category.Kind == EthnicCodeKind.Local)
        {
            return category.Group switch
            {
                EthnicGroup.White => WhiteOther,
                EthnicGroup.Bme => OtherEthnicGroup,
                _ => EthnicityNotKnown,
            };
        }

        return category.Code[0] switch
        {
            'A' => WhiteBritish,
            'B' => WhiteIrish,
            'C' => WhiteOther,
            'D' or 'E' or 'F' or 'G' => Mixed,
            'H' or 'J' or 'K' or 'L' => Asian,
            'M' or 'N' or 'P' => Black,
            'R' or 'S' => OtherEthnicGroup,
            _ => EthnicityNotKnown,
        };
    }

    public static uint Disability(DisabilityGroup? group) => group switch
    {
        null => 0,
        DisabilityGroup.NonDisabled => NonDisabled,
        DisabilityGroup.Disabled => Disabled,
        _ => DisabilityNotKnown,
    };

    /// <summary>The staff data's disability: there, Unknown is a blank (the record cannot say "none given").</summary>
    public static uint StaffDisability(DisabilityGroup group) => group == DisabilityGroup.Unknown ? 0 : Disability(group);

    /// <summary>The sex as its value (an undefined value is not recorded).</summary>
    public static uint SexValue(Sex sex) => sex is Sex.Male or Sex.Female or Sex.Other ? (uint)sex : 0;

    public static uint Band(Grade? grade) => grade is null ? 0 : (uint)grade.Index + 1;

    public static uint Row(in PayFacts record) =>
        Ethnicity(record.EthnicOrigin)
        | (Disability(record.Disability) << DisabilityShift)
        | (SexValue(record.Sex) << SexShift)
        | (Band(record.Grade) << BandShift)
        | (record.FullPay ? FullPayBit : 0);

    public static uint EthnicityOf(uint code) => code & 15;

    public static uint DisabilityOf(uint code) => (code >> DisabilityShift) & 3;

    public static uint SexOf(uint code) => (code >> SexShift) & 3;

    public static int BandOf(uint code) => (int)((code >> BandShift) & 31);
}
