using Wres.Core.Ingestion;

namespace Wres.Esr.Parsing;

/// <summary>Finds the input of the organisation a row belongs to, by the row's key; an empty key gives the roll-up's unassigned rows.</summary>
internal interface IWriterRouter
{
    InputWriter For(ReadOnlySpan<byte> key);
}
