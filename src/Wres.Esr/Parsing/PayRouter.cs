using Wres.Core.PayGaps;
using Wres.Esr.Internal;

namespace Wres.Esr.Parsing;

/// <summary>
/// Picks the pay gap accumulator a pay row goes to: the one accumulator, or, when reading by organisation, the row's
/// organisation's (one per distinct code, created on first sight), rows without one going to the unassigned accumulator.
/// </summary>
internal sealed class PayRouter
{
    private readonly PayGapAccumulator _unassigned;
    private readonly SpanCache<PayGapAccumulator>? _organisations;
    private readonly List<(string Organisation, PayGapAccumulator Accumulator)> _created = [];

    public PayRouter(PayGapAccumulator unassigned, Func<PayGapAccumulator>? create)
    {
        _unassigned = unassigned;
        if (create is not null)
        {
            _organisations = new(organisation =>
            {
                var accumulator = create();
                _created.Add((organisation, accumulator));
                return accumulator;
            });
        }
    }

    /// <summary>The organisations met, in the order first met, with their accumulators.</summary>
    public IReadOnlyList<(string Organisation, PayGapAccumulator Accumulator)> Organisations => _created;

    /// <summary>Every accumulator: the unassigned one first.</summary>
    public IReadOnlyList<PayGapAccumulator> All()
    {
        var all = new List<PayGapAccumulator>(_created.Count + 1) { _unassigned };
        foreach (var (_, accumulator) in _created)
        {
            all.Add(accumulator);
        }

        return all;
    }

    public PayGapAccumulator For(ReadOnlySpan<byte> organisation) =>
        _organisations is null || organisation.IsEmpty ? _unassigned : _organisations.Get(organisation);
}
