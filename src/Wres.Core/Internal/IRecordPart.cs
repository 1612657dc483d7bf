namespace Wres.Core.Internal;

/// <summary>An input part that takes typed records: the typed path of <see cref="WresAccumulator"/>, which calls the concrete part directly.</summary>
/// <typeparam name="TRecord">The record type.</typeparam>
internal interface IRecordPart<in TRecord> : IInputPart
{
    /// <summary>Adds one typed record read on <paramref name="line"/>: checked by the record rules, then counted or excluded (true), or rejected (false).</summary>
    bool Add(TRecord record, int line);
}
