namespace Wres.Cli;

/// <summary>The tool's exit codes, as the data contract fixes them.</summary>
internal static class ExitCodes
{
    /// <summary>The report was written and every row was accepted.</summary>
    public const int Success = 0;

    /// <summary>The report was written, but some rows were rejected (they are listed in the report).</summary>
    public const int RowsRejected = 1;

    /// <summary>Nothing was written: bad arguments, an unreadable file, a missing required column.</summary>
    public const int NothingWritten = 2;
}
