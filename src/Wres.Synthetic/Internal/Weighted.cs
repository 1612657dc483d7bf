namespace Wres.Synthetic.Internal;

/// <summary>A fixed set of values with relative weights, drawn from with a <see cref="Prng"/>.</summary>
/// <typeparam name="T">The value type.</typeparam>
internal sealed class Weighted<T>
{
    private readonly T[] _values;
    private readonly double[] _cumulative;

    /// <summary>Creates the table; weights are relative and need not sum to anything.</summary>
    public Weighted(params (T Value, double Weight)[] items)
    {
        if (items.Length == 0)
        {
            throw new ArgumentException("A weighted table needs at least one value.", nameof(items));
        }

        _values = new T[items.Length];
        _cumulative = new double[items.Length];
        var total = 0.0;
        foreach (var (_, weight) in items)
        {
            total += weight;
        }

        var running = 0.0;
        for (var i = 0; i < items.Length; i++)
        {
            _values[i] = items[i].Value;
            running += items[i].Weight;
            _cumulative[i] = running / total;
        }
    }

    /// <summary>The number of values.</summary>
    public int Count => _values.Length;

    /// <summary>The value at an index, in the order given.</summary>
    public T this[int index] => _values[index];

    /// <summary>Draws the index of a value.</summary>
    public int PickIndex(ref Prng random)
    {
        var u = random.NextDouble();
        var cumulative = _cumulative;
        for (var i = 0; i < cumulative.Length - 1; i++)
        {
            if (u < cumulative[i])
            {
                return i;
            }
        }

        return cumulative.Length - 1;
    }

    /// <summary>Draws a value.</summary>
    public T Pick(ref Prng random) => _values[PickIndex(ref random)];
}
