namespace Wres.Esr;

/// <summary>
/// An input file cannot be read at all: it cannot be opened, is empty, is not CSV, or lacks a required
/// column. Nothing is computed from it. The message is one readable line naming the file (and the
/// line and column where known); it never holds file content beyond a column name.
/// </summary>
public sealed class EsrFileException : Exception
{
    /// <summary>Creates the exception.</summary>
    public EsrFileException()
        : this(Core.Validation.WresErrorCodes.FileUnreadable, string.Empty, null, null, "The input file cannot be read.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public EsrFileException(string message)
        : this(Core.Validation.WresErrorCodes.FileUnreadable, string.Empty, null, null, message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public EsrFileException(string message, Exception innerException)
        : this(Core.Validation.WresErrorCodes.FileUnreadable, string.Empty, null, null, message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="code">The stable code (a <c>WRES0xx</c> code from <see cref="Core.Validation.WresErrorCodes"/>).</param>
    /// <param name="file">The file's name.</param>
    /// <param name="line">The line, when known.</param>
    /// <param name="column">The column, when known.</param>
    /// <param name="message">One readable line.</param>
    /// <param name="innerException">The cause, if any.</param>
    public EsrFileException(string code, string file, int? line, string? column, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
        File = file;
        Line = line;
        Column = column;
    }

    /// <summary>The stable code.</summary>
    public string Code { get; }

    /// <summary>The file's name.</summary>
    public string File { get; }

    /// <summary>The line, when known.</summary>
    public int? Line { get; }

    /// <summary>The column, when known.</summary>
    public string? Column { get; }

    /// <summary>
    /// The other input files that cannot be read either, found in the same check (each with its own code and
    /// message), in the order the inputs were given; empty when this is the only one.
    /// </summary>
    public IReadOnlyList<EsrFileException> Others { get; private set; } = [];

    internal EsrFileException WithOthers(IEnumerable<EsrFileException> others)
    {
        Others = [.. others];
        return this;
    }
}
