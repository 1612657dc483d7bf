namespace Wres.Esr.Internal;

/// <summary>The file is not valid UTF-8: read it again as Windows-1252. Never leaves the reader.</summary>
internal sealed class NotUtf8Exception : Exception
{
    public NotUtf8Exception()
        : base("The input is not valid UTF-8.")
    {
    }
}
