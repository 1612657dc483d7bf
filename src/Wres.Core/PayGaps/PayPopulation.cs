using System.Buffers;
using System.Numerics;
using Wres.Core.Internal;
using Wres.Core.Validation;

namespace Wres.Core.PayGaps;

/// <summary>
/// The relevant employees of a report, formed from the pay rows at report time, partition by partition
/// (<see cref="HashPartitions{T}"/>) so that each partition's people stay in cache: counted into histograms
/// over their <see cref="PayCodes"/> code, and the full-pay relevant employees' hourly pay and the bonus
/// recipients' bonuses each sorted once, as primitive arrays carrying the codes. Every comparison is then a
/// walk over these arrays. The arrays are pooled and given back on <see cref="Dispose"/>.
/// </summary>
internal sealed class PayPopulation : IDisposable
{
    private const string NotInStaffMessage =
        "The person's pay rows give no ethnicity or no disability and the staff data does not hold the person; counted as Unknown.";

    /// <summary>
    /// The fields a person's rows each may give, the first given winning: the groups (a later row that
    /// disagrees is warned about) and the band (a second post in another band is usual: no warning).
    /// </summary>
    private static readonly (int Shift, uint Mask, string Column, string? Message)[] Fields =
    [
        (0, 15, PayColumnNames.EthnicOrigin, Conflict("ethnic groups", PayColumnNames.EthnicOrigin)),
        (PayCodes.DisabilityShift, 3, PayColumnNames.Disability, Conflict("disabilities", PayColumnNames.Disability)),
        (PayCodes.SexShift, 3, PayColumnNames.Sex, Conflict("sexes", PayColumnNames.Sex)),
        (PayCodes.BandShift, 31, PayColumnNames.PayBand, null),
    ];

    private double[] _rates = [];
    private uint[] _rateCodes = [];
    private double[] _bonuses = [];
    private uint[] _bonusCodes = [];
    private int _fullPay;
    private int _recipients;

    private PayPopulation()
    {
        Relevant = ArrayPool<int>.Shared.Rent(PayCodes.Count);
        FullPay = ArrayPool<int>.Shared.Rent(PayCodes.Count);
        Recipients = ArrayPool<int>.Shared.Rent(PayCodes.Count);
        Relevant.AsSpan(0, PayCodes.Count).Clear();
        FullPay.AsSpan(0, PayCodes.Count).Clear();
        Recipients.AsSpan(0, PayCodes.Count).Clear();
    }

    /// <summary>Relevant employees by code.</summary>
    public int[] Relevant { get; }

    /// <summary>Full-pay relevant employees by code.</summary>
    public int[] FullPay { get; }

    /// <summary>Bonus recipients by code.</summary>
    public int[] Recipients { get; }

    public int People { get; private set; }

    public int FullPayPeople => _fullPay;

    /// <summary>The full-pay relevant employees' hourly pay, ascending.</summary>
    public ReadOnlySpan<double> Rates => _rates.AsSpan(0, _fullPay);

    /// <summary>The codes of <see cref="Rates"/>, in the same order.</summary>
    public ReadOnlySpan<uint> RateCodes => _rateCodes.AsSpan(0, _fullPay);

    /// <summary>The bonus recipients' bonuses, ascending.</summary>
    public ReadOnlySpan<double> Bonuses => _bonuses.AsSpan(0, _recipients);

    /// <summary>The codes of <see cref="Bonuses"/>, in the same order.</summary>
    public ReadOnlySpan<uint> BonusCodes => _bonusCodes.AsSpan(0, _recipients);

    /// <summary>
    /// Forms people from the rows (in row order: a field's first value given wins; a later different group
    /// is warned about), fills what their rows leave blank from the staff rows, and counts and sorts them.
    /// </summary>
    public static PayPopulation Build(
        ReadOnlySpan<PayEntry> rows,
        ByteArena keys,
        ReadOnlySpan<StaffFactRow> staff,
        ByteArena staffKeys,
        bool staffProvided,
        SourceTally findings)
    {
        var population = new PayPopulation();
        var bits = HashPartitions<PayEntry>.BitsFor(Math.Max(rows.Length, staff.Length));
        using var rowParts = HashPartitions<PayEntry>.Of(rows, bits);
        using var staffParts = HashPartitions<StaffFactRow>.Of(staff, bits);
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, rowParts.Largest * 2));
        var slots = ArrayPool<Slot>.Shared.Rent(capacity);
        var people = ArrayPool<PersonPay>.Shared.Rent(Math.Max(rows.Length, 1));
        try
        {
            var table = new Table(slots, capacity - 1, people, keys);
            var count = 0;
            for (var partition = 0; partition < rowParts.Count; partition++)
            {
                // A partition's people in a table that stays in cache; their rows in row order.
                slots.AsSpan(0, capacity).Clear();
                foreach (ref readonly var row in rowParts[partition])
                {
                    var person = table.Find(row.KeyHash, row.KeyPrefix, keys[row.Offset, row.KeyLength], out var slot);
                    if (person < 0)
                    {
                        slots[slot] = new Slot { Hash = row.KeyHash, Prefix = row.KeyPrefix, Length = row.KeyLength, Person = count + 1 };
                        Start(ref people[count++], row);
                    }
                    else
                    {
                        Add(ref people[person], row, findings);
                    }
                }

                foreach (ref readonly var fact in staffParts[partition])
                {
                    var person = table.Find(fact.KeyHash, fact.KeyPrefix, staffKeys[fact.Offset, fact.KeyLength], out _);
                    if (person >= 0)
                    {
                        Fill(ref people[person], fact);
                    }
                }
            }

            population.Count(people.AsSpan(0, count), staffProvided, findings);
        }
        finally
        {
            ArrayPool<Slot>.Shared.Return(slots);
            ArrayPool<PersonPay>.Shared.Return(people);
        }

        // One sort each, of primitive keys carrying the codes.
        RadixSort.Sort(population._rates.AsSpan(0, population._fullPay), population._rateCodes.AsSpan(0, population._fullPay));
        RadixSort.Sort(population._bonuses.AsSpan(0, population._recipients), population._bonusCodes.AsSpan(0, population._recipients));
        return population;
    }

    private static void Start(ref PersonPay person, in PayEntry row)
    {
        person = new PersonPay
        {
            Offset = row.Offset,
            KeyLength = row.KeyLength,
            FirstLine = row.Line,
            Code = row.Code & ~PayCodes.FullPayBit,
        };
        Sum(ref person, row);
    }

    private static void Add(ref PersonPay person, in PayEntry row, SourceTally findings)
    {
        Sum(ref person, row);
        foreach (var (shift, mask, column, message) in Fields)
        {
            var value = (row.Code >> shift) & mask;
            if (value == 0)
            {
                continue;
            }

            var current = (person.Code >> shift) & mask;
            if (current == 0)
            {
                person.Code |= value << shift;
            }
            else if (current != value && message is not null && (person.Conflicts & (1u << shift)) == 0)
            {
                person.Conflicts |= 1u << shift;
                findings.AddFinding(row.Line, column, WresErrorCodes.ConflictingPayCharacteristic, IssueSeverity.Warning, message, 1);
            }
        }
    }

    private static void Sum(ref PersonPay person, in PayEntry row)
    {
        person.Rows++;
        person.Bonus += row.Bonus;
        if ((row.Code & PayCodes.FullPayBit) == 0)
        {
            person.Flags |= PersonPay.NotFullPay;
        }

        if (double.IsNaN(row.Rate))
        {
            // Only a row not on full pay may give no hourly pay; the person then has none either.
            return;
        }

        person.SumRate += row.Rate;
        if (double.IsNaN(row.Hours))
        {
            person.Flags |= PersonPay.MissingHours;
        }
        else
        {
            person.SumWeekly += row.Weekly;
            person.SumHours += row.Hours;
        }
    }

    /// <summary>Takes the staff row's ethnicity and disability where the person's pay rows and earlier staff rows give none.</summary>
    private static void Fill(ref PersonPay person, in StaffFactRow fact)
    {
        person.Flags |= PersonPay.InStaff;
        if (PayCodes.EthnicityOf(person.Code) == 0 && person.StaffEthnicity == 0)
        {
            person.StaffEthnicity = fact.Ethnicity;
        }

        if (PayCodes.DisabilityOf(person.Code) == 0 && person.StaffDisability == 0)
        {
            person.StaffDisability = fact.Disability;
        }
    }

    private void Count(ReadOnlySpan<PersonPay> people, bool staffProvided, SourceTally findings)
    {
        People = people.Length;
        _rates = ArrayPool<double>.Shared.Rent(Math.Max(people.Length, 1));
        _rateCodes = ArrayPool<uint>.Shared.Rent(Math.Max(people.Length, 1));
        _bonuses = ArrayPool<double>.Shared.Rent(Math.Max(people.Length, 1));
        _bonusCodes = ArrayPool<uint>.Shared.Rent(Math.Max(people.Length, 1));
        foreach (ref readonly var person in people)
        {
            var code = person.Code;
            var missing = false;
            if (PayCodes.EthnicityOf(code) == 0)
            {
                code |= person.StaffEthnicity;
                missing = true;
            }

            if (PayCodes.DisabilityOf(code) == 0)
            {
                code |= (uint)person.StaffDisability << PayCodes.DisabilityShift;
                missing = true;
            }

            if (missing && staffProvided && (person.Flags & PersonPay.InStaff) == 0)
            {
                findings.AddFinding(person.FirstLine, PayColumnNames.EmployeeNumber, WresErrorCodes.PayEmployeeNotInStaff, IssueSeverity.Warning, NotInStaffMessage, 1);
            }

            Relevant[code]++;
            if (person.Bonus > 0.0)
            {
                Recipients[code]++;
                _bonuses[_recipients] = person.Bonus;
                _bonusCodes[_recipients++] = code;
            }

            if (person.IsFullPay)
            {
                FullPay[code]++;
                _rates[_fullPay] = Positive(person.HourlyRate);
                _rateCodes[_fullPay++] = code;
            }
        }
    }

    /// <summary>+0.0 for −0.0 (a rate of "-0.00"), so that the bits of every key order as its value.</summary>
    private static double Positive(double value) => value == 0.0 ? 0.0 : value;

    private static string Conflict(string what, string column) =>
        $"This person's pay rows record different {what}; the first row that gives a {column} decides.";

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(Relevant);
        ArrayPool<int>.Shared.Return(FullPay);
        ArrayPool<int>.Shared.Return(Recipients);
        Return(ref _rates);
        Return(ref _rateCodes);
        Return(ref _bonuses);
        Return(ref _bonusCodes);
    }

    private static void Return<T>(ref T[] array)
    {
        if (array.Length > 0)
        {
            ArrayPool<T>.Shared.Return(array);
            array = [];
        }
    }

    private struct Slot
    {
        public ulong Hash;
        public ulong Prefix;
        public int Length;
        public int Person;      // index + 1; 0 marks an empty slot
    }

    /// <summary>Open addressing over the slots: people by the hash and bytes of their employee number.</summary>
    private readonly ref struct Table(Slot[] slots, int mask, PersonPay[] people, ByteArena keys)
    {
        /// <summary>The person's index, or -1 with <paramref name="slot"/> the empty slot where they would go.</summary>
        public int Find(ulong hash, ulong prefix, ReadOnlySpan<byte> key, out int slot)
        {
            for (var i = (int)hash & mask; ; i = (i + 1) & mask)
            {
                ref readonly var candidate = ref slots[i];
                if (candidate.Person == 0)
                {
                    slot = i;
                    return -1;
                }

                // A key of up to eight bytes is decided by its hash, prefix and length; a longer one by its bytes too.
                if (candidate.Hash == hash && candidate.Prefix == prefix && candidate.Length == key.Length
                    && (key.Length <= KeyPrefix.Length || Matches(people[candidate.Person - 1], key)))
                {
                    slot = i;
                    return candidate.Person - 1;
                }
            }
        }

        private bool Matches(in PersonPay person, ReadOnlySpan<byte> key) => keys[person.Offset, person.KeyLength].SequenceEqual(key);
    }
}
