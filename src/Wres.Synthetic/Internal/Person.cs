using System.Runtime.InteropServices;
using Wres.Core.Ethnicity;

namespace Wres.Synthetic.Internal;

/// <summary>One person's lasting attributes, the same in every file and both years.</summary>
[StructLayout(LayoutKind.Auto)]
internal readonly struct Person
{
    public Person(int index, StaffGroupSpec group, int bandIndex, EthnicGroup ethnicity, string ethnicOrigin,
        string disability, string organisation, bool joiner, bool leaver)
    {
        Index = index;
        Group = group;
        BandIndex = bandIndex;
        Ethnicity = ethnicity;
        EthnicOrigin = ethnicOrigin;
        Disability = disability;
        Organisation = organisation;
        Joiner = joiner;
        Leaver = leaver;
    }

    /// <summary>The person's index: 0 to StaffCount − 1 in post, then the year's leavers.</summary>
    public int Index { get; }

    /// <summary>The staff group of the main assignment.</summary>
    public StaffGroupSpec Group { get; }

    /// <summary>The main assignment's band, as an index into the group's bands.</summary>
    public int BandIndex { get; }

    /// <summary>The WRES group the <see cref="EthnicOrigin"/> text classifies to.</summary>
    public EthnicGroup Ethnicity { get; }

    /// <summary>The <c>Ethnic Origin</c> cell.</summary>
    public string EthnicOrigin { get; }

    /// <summary>The <c>Disability</c> cell.</summary>
    public string Disability { get; }

    /// <summary>The organisation code.</summary>
    public string Organisation { get; }

    /// <summary>Joined during the current year: not in last year's staff.</summary>
    public bool Joiner { get; }

    /// <summary>Left during the current year: in last year's staff only.</summary>
    public bool Leaver { get; }

    /// <summary>The main assignment's band.</summary>
    public PayBandSpec Band => Group.Bands[BandIndex];
}
