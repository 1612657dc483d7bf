using Wres.Core.Workforce;

namespace Wres.Core.PayGaps;

/// <summary>
/// Computes one comparison from a <see cref="PayPopulation"/>: the counts from its histograms, then one walk
/// over the sorted hourly pay (means, medians, quartiles and bands together) and one over the sorted bonuses.
/// Nothing is allocated per person.
/// </summary>
internal static class GapPass
{
    private const int Roles = PayComparison.Roles;
    private const int R = PayComparison.Reference;
    private const int F = PayComparison.Focus;
    private const int U = PayComparison.Unknown;
    private const int O = PayComparison.Other;

    public static PayGapResult Compute(PayPopulation population, PayComparison comparison, int threshold)
    {
        Span<int> relevant = stackalloc int[Roles];
        Span<int> fullPay = stackalloc int[Roles];
        Span<int> recipients = stackalloc int[Roles];
        Span<int> bandFullPay = stackalloc int[PayCodes.Bands * Roles];
        relevant.Clear();
        fullPay.Clear();
        recipients.Clear();
        bandFullPay.Clear();
        for (var code = 0u; code < PayCodes.Count; code++)
        {
            var role = comparison.RoleOf(code);
            relevant[role] += population.Relevant[code];
            fullPay[role] += population.FullPay[code];
            recipients[role] += population.Recipients[code];
            bandFullPay[(PayCodes.BandOf(code) * Roles) + role] += population.FullPay[code];
        }

        Span<GroupWalk> hourly = stackalloc GroupWalk[Roles];
        Span<GroupWalk> bands = stackalloc GroupWalk[PayCodes.Bands * Roles];
        Span<int> quartiles = stackalloc int[4 * Roles];
        Start(hourly, fullPay);
        Start(bands, bandFullPay);
        quartiles.Clear();
        WalkHourly(population.Rates, population.RateCodes, comparison, hourly, bands, quartiles);

        Span<GroupWalk> bonus = stackalloc GroupWalk[Roles];
        Start(bonus, recipients);
        WalkBonuses(population.Bonuses, population.BonusCodes, comparison, bonus);

        var suppressed = new List<SuppressedMeasure>();
        var hourlySuppression = Suppression(fullPay, threshold);
        var bonusSuppression = Suppression(recipients, threshold);
        var proportionSuppression = Suppression(relevant, threshold);
        Name(suppressed, hourlySuppression, PayGapMeasure.MeanHourly, PayGapMeasure.MedianHourly, PayGapMeasure.MeanHourlyGap, PayGapMeasure.MedianHourlyGap);
        Name(suppressed, bonusSuppression, PayGapMeasure.MeanBonusGap, PayGapMeasure.MedianBonusGap);
        Name(suppressed, proportionSuppression, PayGapMeasure.BonusProportion);

        return new PayGapResult
        {
            Characteristic = comparison.Characteristic,
            Reference = comparison.ReferenceGroup,
            Focus = comparison.FocusGroup,
            Relevant = Counts(relevant),
            FullPayRelevant = Counts(fullPay),
            BonusRecipients = Counts(recipients),
            UndisclosedPercent = Percent(relevant[U], Counts(relevant).Total),
            MeanHourly = Figures(hourly[R].Mean, hourly[F].Mean, hourlySuppression),
            MedianHourly = Figures(hourly[R].Median, hourly[F].Median, hourlySuppression),
            MeanHourlyGap = PayGap.Between(hourly[R].Mean, hourly[F].Mean, hourlySuppression),
            MedianHourlyGap = PayGap.Between(hourly[R].Median, hourly[F].Median, hourlySuppression),
            MeanBonusGap = PayGap.Between(bonus[R].Mean, bonus[F].Mean, bonusSuppression),
            MedianBonusGap = PayGap.Between(bonus[R].Median, bonus[F].Median, bonusSuppression),
            BonusProportion = Figures(Percent(recipients[R], relevant[R]), Percent(recipients[F], relevant[F]), proportionSuppression),
            Quartiles = Quartiles(quartiles),
            ByBand = ByBand(bandFullPay, bands, threshold),
            Suppressed = suppressed,
        };
    }

    /// <summary>
    /// One walk over the hourly pay, ascending: each group's sum and middle values, each band's, and the
    /// quartiles, placing each run of equal pay round-robin by group where it crosses a boundary.
    /// </summary>
    private static void WalkHourly(ReadOnlySpan<double> rates, ReadOnlySpan<uint> codes, PayComparison comparison, Span<GroupWalk> hourly, Span<GroupWalk> bands, Span<int> quartiles)
    {
        var n = rates.Length;
        Span<int> ends = stackalloc int[4];
        var end = 0;
        for (var part = 0; part < 4; part++)
        {
            // The first n mod 4 parts, from the lowest, take one extra person.
            end += (n / 4) + (part < n % 4 ? 1 : 0);
            ends[part] = end;
        }

        Span<int> run = stackalloc int[Roles];
        var i = 0;
        while (i < n)
        {
            var value = rates[i];
            var start = i;
            run.Clear();
            do
            {
                var code = codes[i];
                var role = comparison.RoleOf(code);
                hourly[role].Take(value);
                bands[(PayCodes.BandOf(code) * Roles) + role].Take(value);
                run[role]++;
                i++;
            }
            while (i < n && rates[i] == value);

            Place(start, i, run, ends, quartiles);
        }
    }

    /// <summary>Adds the run of equal pay over positions [start, end) to the parts it falls in.</summary>
    private static void Place(int start, int end, ReadOnlySpan<int> run, ReadOnlySpan<int> ends, Span<int> quartiles)
    {
        Span<int> before = stackalloc int[Roles];
        Span<int> upTo = stackalloc int[Roles];
        var partStart = 0;
        for (var part = 0; part < 4; partStart = ends[part], part++)
        {
            var from = Math.Max(start, partStart);
            var to = Math.Min(end, ends[part]);
            if (from >= to)
            {
                continue;
            }

            var counts = quartiles.Slice(part * Roles, Roles);
            if (from == start && to == end)
            {
                for (var role = 0; role < Roles; role++)
                {
                    counts[role] += run[role];
                }

                return;
            }

            RoundRobin.Take(run, from - start, before);
            RoundRobin.Take(run, to - start, upTo);
            for (var role = 0; role < Roles; role++)
            {
                counts[role] += upTo[role] - before[role];
            }
        }
    }

    private static void WalkBonuses(ReadOnlySpan<double> bonuses, ReadOnlySpan<uint> codes, PayComparison comparison, Span<GroupWalk> bonus)
    {
        for (var i = 0; i < bonuses.Length; i++)
        {
            bonus[comparison.RoleOf(codes[i])].Take(bonuses[i]);
        }
    }

    private static PayQuartile[] Quartiles(ReadOnlySpan<int> quartiles)
    {
        var parts = new PayQuartile[4];
        for (var part = 0; part < 4; part++)
        {
            parts[part] = new PayQuartile(part + 1, Counts(quartiles.Slice(part * Roles, Roles)));
        }

        return parts;
    }

    /// <summary>Every band with a full-pay relevant employee, in band order (people with no band are in none).</summary>
    private static List<BandPayGap> ByBand(ReadOnlySpan<int> bandFullPay, ReadOnlySpan<GroupWalk> bands, int threshold)
    {
        var rows = new List<BandPayGap>();
        for (var band = 1; band < PayCodes.Bands; band++)
        {
            var counts = bandFullPay.Slice(band * Roles, Roles);
            if (Counts(counts).Total == 0)
            {
                continue;
            }

            var walks = bands.Slice(band * Roles, Roles);
            var suppression = Suppression(counts, threshold);
            var suppressed = new List<SuppressedMeasure>();
            Name(suppressed, suppression, PayGapMeasure.MeanHourly, PayGapMeasure.MedianHourly, PayGapMeasure.MeanHourlyGap, PayGapMeasure.MedianHourlyGap);
            rows.Add(new BandPayGap(
                Grade.All[band - 1],
                Counts(counts),
                Figures(walks[R].Mean, walks[F].Mean, suppression),
                Figures(walks[R].Median, walks[F].Median, suppression),
                PayGap.Between(walks[R].Mean, walks[F].Mean, suppression),
                PayGap.Between(walks[R].Median, walks[F].Median, suppression),
                suppressed));
        }

        return rows;
    }

    private static void Start(Span<GroupWalk> walks, ReadOnlySpan<int> counts)
    {
        for (var i = 0; i < walks.Length; i++)
        {
            walks[i] = new GroupWalk(counts[i]);
        }
    }

    /// <summary>Whether either compared group is smaller than the threshold.</summary>
    private static PayGapSuppression Suppression(ReadOnlySpan<int> counts, int threshold) =>
        (counts[R] < threshold, counts[F] < threshold) switch
        {
            (true, true) => PayGapSuppression.BothGroupsTooSmall,
            (true, false) => PayGapSuppression.ReferenceGroupTooSmall,
            (false, true) => PayGapSuppression.FocusGroupTooSmall,
            _ => PayGapSuppression.None,
        };

    private static void Name(List<SuppressedMeasure> suppressed, PayGapSuppression reason, params ReadOnlySpan<PayGapMeasure> measures)
    {
        if (reason == PayGapSuppression.None)
        {
            return;
        }

        foreach (var measure in measures)
        {
            suppressed.Add(new SuppressedMeasure(measure, reason));
        }
    }

    private static GroupFigures Figures(double? reference, double? focus, PayGapSuppression suppression) =>
        suppression == PayGapSuppression.None ? new GroupFigures(reference, focus) : new GroupFigures(null, null);

    private static double? Percent(int count, int of) => of == 0 ? null : count * 100.0 / of;

    private static PayGroupCounts Counts(ReadOnlySpan<int> roles) => new(roles[R], roles[F], roles[U], roles[O]);
}
