namespace Wres.Core.PayGaps;

/// <summary>
/// One comparison: the characteristic, its reference and focus groups, and each person's role in it, looked
/// up from the group bits of their <see cref="PayCodes"/> code.
/// </summary>
internal sealed class PayComparison
{
    /// <summary>The number of roles: <see cref="Unknown"/>, <see cref="Reference"/>, <see cref="Focus"/>, <see cref="Other"/>.</summary>
    public const int Roles = 4;

    public const int Unknown = 0;
    public const int Reference = 1;
    public const int Focus = 2;

    /// <summary>A known group that this comparison does not compare (detailed ethnic groups only).</summary>
    public const int Other = 3;

    private static readonly PayComparison SexComparison = new(PayGapCharacteristic.Sex, PayGapGroup.Male, PayGapGroup.Female, code => PayCodes.SexOf(code) switch
    {
        (uint)Sex.Male => Reference,
        (uint)Sex.Female => Focus,
        _ => Unknown,
    });

    private static readonly PayComparison DisabilityComparison = new(PayGapCharacteristic.Disability, PayGapGroup.NonDisabled, PayGapGroup.Disabled, code => PayCodes.DisabilityOf(code) switch
    {
        PayCodes.NonDisabled => Reference,
        PayCodes.Disabled => Focus,
        _ => Unknown,
    });

    private static readonly PayComparison[] WhiteAndBme =
    [
        SexComparison,
        Ethnic(PayGapGroup.White, PayCodes.WhiteBritish, PayCodes.WhiteOther, PayGapGroup.Bme, PayCodes.Mixed, PayCodes.OtherEthnicGroup),
        DisabilityComparison,
    ];

    private static readonly PayComparison[] WhiteBritishAndOthers =
    [
        SexComparison,
        Ethnic(PayGapGroup.WhiteBritish, PayCodes.WhiteBritish, PayCodes.WhiteBritish, PayGapGroup.AllOtherEthnicGroups, PayCodes.WhiteIrish, PayCodes.OtherEthnicGroup),
        DisabilityComparison,
    ];

    private static readonly PayComparison[] Detailed =
    [
        SexComparison,
        AgainstWhiteBritish(PayGapGroup.WhiteIrish, PayCodes.WhiteIrish),
        AgainstWhiteBritish(PayGapGroup.WhiteOther, PayCodes.WhiteOther),
        AgainstWhiteBritish(PayGapGroup.Mixed, PayCodes.Mixed),
        AgainstWhiteBritish(PayGapGroup.Asian, PayCodes.Asian),
        AgainstWhiteBritish(PayGapGroup.Black, PayCodes.Black),
        AgainstWhiteBritish(PayGapGroup.OtherEthnicGroup, PayCodes.OtherEthnicGroup),
        DisabilityComparison,
    ];

    private readonly byte[] _roles = new byte[PayCodes.GroupMask + 1];

    private PayComparison(PayGapCharacteristic characteristic, PayGapGroup reference, PayGapGroup focus, Func<uint, int> role)
    {
        Characteristic = characteristic;
        ReferenceGroup = reference;
        FocusGroup = focus;
        for (var code = 0u; code <= PayCodes.GroupMask; code++)
        {
            _roles[code] = (byte)role(code);
        }
    }

    public PayGapCharacteristic Characteristic { get; }

    public PayGapGroup ReferenceGroup { get; }

    public PayGapGroup FocusGroup { get; }

    /// <summary>The comparisons of a report, in report order: sex, ethnicity (one or six), disability.</summary>
    public static IReadOnlyList<PayComparison> For(EthnicityPayGapBasis basis) => basis switch
    {
        EthnicityPayGapBasis.WhiteAndBme => WhiteAndBme,
        EthnicityPayGapBasis.WhiteBritishAndOthers => WhiteBritishAndOthers,
        EthnicityPayGapBasis.DetailedGroups => Detailed,
        _ => throw new ArgumentOutOfRangeException(nameof(basis), basis, "Not a defined ethnicity pay gap basis."),
    };

    /// <summary>The person's role: <see cref="Unknown"/>, <see cref="Reference"/>, <see cref="Focus"/> or <see cref="Other"/>.</summary>
    public int RoleOf(uint code) => _roles[code & PayCodes.GroupMask];

    /// <summary>An ethnicity comparison whose groups are ranges of detailed-group values; other known values are <see cref="Other"/>.</summary>
    private static PayComparison Ethnic(PayGapGroup reference, uint referenceFrom, uint referenceTo, PayGapGroup focus, uint focusFrom, uint focusTo) =>
        new(PayGapCharacteristic.Ethnicity, reference, focus, code => PayCodes.EthnicityOf(code) switch
        {
            var e when e >= referenceFrom && e <= referenceTo => Reference,
            var e when e >= focusFrom && e <= focusTo => Focus,
            var e when e >= PayCodes.WhiteBritish && e <= PayCodes.OtherEthnicGroup => Other,
            _ => Unknown,
        });

    private static PayComparison AgainstWhiteBritish(PayGapGroup focus, uint value) =>
        Ethnic(PayGapGroup.WhiteBritish, PayCodes.WhiteBritish, PayCodes.WhiteBritish, focus, value, value);
}
