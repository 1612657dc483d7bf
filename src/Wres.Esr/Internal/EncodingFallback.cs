using System.Text;
using Wres.Core.Validation;

namespace Wres.Esr.Internal;

/// <summary>Reading a file as UTF-8 and, when it is not, again as Windows-1252.</summary>
internal static class EncodingFallback
{
    /// <summary>
    /// Reads a file as UTF-8 (checked record by record); if it is not valid UTF-8, reads it again from the start as
    /// Windows-1252 (what Excel in the UK saves) and notes that on the file's tally.
    /// </summary>
    public static T Read<T>(InputFile file, Func<Encoding?, (T Result, SourceTally Tally)> read)
    {
        try
        {
            return read(null).Result;
        }
        catch (NotUtf8Exception)
        {
            var (result, tally) = read(Encodings.Windows1252);
            tally.AddFileFinding(WresErrorCodes.ReadAsWindows1252, IssueSeverity.Note,
                $"{file.Name} is not valid UTF-8, so it was read as Windows-1252 (what Excel saves as CSV in the UK).");
            return result;
        }
    }
}
