using System.Text;

namespace Wres.Esr;

/// <summary>One input: a name for messages (usually the file name) and a way to open its bytes.</summary>
public sealed class InputFile
{
    private readonly Func<Stream> _open;

    private InputFile(string name, Func<Stream> open, long? length, string? path = null)
    {
        Name = name;
        _open = open;
        Length = length;
        Path = path;
    }

    /// <summary>The file's path, for inputs on disk; such files can be read in parallel chunks.</summary>
    internal string? Path { get; }

    /// <summary>The name used in findings and the data-quality report, for example <c>staff.csv</c>.</summary>
    public string Name { get; }

    /// <summary>The size in bytes when known, for progress.</summary>
    public long? Length { get; }

    /// <summary>An input read from a file on disk; its name is the file name without folders.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The input.</returns>
    public static InputFile FromPath(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        long? length = File.Exists(path) ? new FileInfo(path).Length : null;
        return new InputFile(System.IO.Path.GetFileName(path), () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan), length, path);
    }

    /// <summary>An input read from a stream the caller opens on demand (it may be opened more than once).</summary>
    /// <param name="name">The name for messages.</param>
    /// <param name="open">Opens a new stream positioned at the start; the reader disposes it.</param>
    /// <returns>The input.</returns>
    public static InputFile FromStream(string name, Func<Stream> open)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(open);
        return new InputFile(name, open, null);
    }

    /// <summary>An input held in memory as text (encoded as UTF-8), for tests and small integrations.</summary>
    /// <param name="name">The name for messages.</param>
    /// <param name="content">The CSV text.</param>
    /// <returns>The input.</returns>
    public static InputFile FromText(string name, string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var bytes = Encoding.UTF8.GetBytes(content);
        return FromBytes(name, bytes);
    }

    /// <summary>An input held in memory as bytes.</summary>
    /// <param name="name">The name for messages.</param>
    /// <param name="content">The file's bytes.</param>
    /// <returns>The input.</returns>
    public static InputFile FromBytes(string name, byte[] content)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(content);
        return new InputFile(name, () => new MemoryStream(content, writable: false), content.LongLength);
    }

    internal Stream Open()
    {
        if (Path is { } path && Directory.Exists(path))
        {
            throw new EsrFileException(Core.Validation.WresErrorCodes.FileUnreadable, Name, null, null, $"{Name}: {path} is a folder, not a file.");
        }

        try
        {
            return _open();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new EsrFileException(Core.Validation.WresErrorCodes.FileUnreadable, Name, null, null, $"{Name}: the file cannot be opened ({e.Message})", e);
        }
    }

    /// <summary>The name.</summary>
    /// <returns><see cref="Name"/>.</returns>
    public override string ToString() => Name;
}
