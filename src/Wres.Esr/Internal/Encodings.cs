using System.Text;

namespace Wres.Esr.Internal;

/// <summary>The two encodings input files are read with: strict UTF-8 first, then Windows-1252.</summary>
internal static class Encodings
{
    /// <summary>UTF-8 that throws on invalid bytes, so a file that is not UTF-8 is noticed.</summary>
    public static Encoding StrictUtf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Windows-1252, what Excel in the UK saves as "CSV".</summary>
    public static Encoding Windows1252 { get; } = CreateWindows1252();

    private static Encoding CreateWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
