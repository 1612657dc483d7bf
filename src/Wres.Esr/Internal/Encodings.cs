using System.Text;

namespace Wres.Esr.Internal;

/// <summary>The encoding a file that is not valid UTF-8 is read with instead.</summary>
internal static class Encodings
{
    /// <summary>Windows-1252, what Excel in the UK saves as "CSV".</summary>
    public static Encoding Windows1252 { get; } = CreateWindows1252();

    private static Encoding CreateWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
