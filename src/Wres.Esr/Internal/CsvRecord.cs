namespace Wres.Esr.Internal;

/// <summary>
/// The current record of a <see cref="CsvTable"/>: its fields by schema column, all read from one view of
/// the reader's buffer. Valid until the table reads the next record.
/// </summary>
internal readonly ref struct CsvRecord
{
    private readonly CsvTable _table;
    private readonly ReadOnlySpan<byte> _raw;

    public CsvRecord(CsvTable table, ReadOnlySpan<byte> raw)
    {
        _table = table;
        _raw = raw;
    }

    /// <summary>The physical line the record starts on.</summary>
    public int Line => _table.Line;

    /// <summary>A schema column's value as UTF-8, unquoted; empty when the column is absent.</summary>
    public ReadOnlySpan<byte> this[int column] => _table.FieldOf(_raw, column);
}
