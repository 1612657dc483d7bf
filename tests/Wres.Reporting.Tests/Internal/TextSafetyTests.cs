using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Wres.Reporting.Internal;

namespace Wres.Reporting.Tests.Internal;

public class TextSafetyTests
{
    [Theory]
    [InlineData("Trust\u0000Name", "Trust\ufffdName")]
    [InlineData("a\u007fb\u0085c", "a\ufffdb\ufffdc")]
    [InlineData("tab\tline\nreturn\r", "tab\tline\nreturn\r")]
    [InlineData("\uffff", "\ufffd")]
    public void Clean_UnsafeCharacters_AreReplaced(string value, string expected)
    {
        Assert.Equal(expected, TextSafety.Clean(value));
    }

    [Fact]
    public void Clean_LoneSurrogates_ReplacedPairsKept()
    {
        // Built in code: theory data cannot carry lone surrogates intact.
        var high = new string(['a', '\ud800', 'b']);
        var low = new string(['a', '\udc00', 'b']);
        var reversed = new string(['\ude00', '\ud83d']);
        var pair = "pair \ud83d\ude00 kept";

        Assert.Equal("a\ufffdb", TextSafety.Clean(high));
        Assert.Equal("a\ufffdb", TextSafety.Clean(low));
        Assert.Equal("\ufffd\ufffd", TextSafety.Clean(reversed));
        Assert.Same(pair, TextSafety.Clean(pair));
    }

    [Fact]
    public void SingleLine_BreaksAndTabs_BecomeSpaces()
    {
        Assert.Equal("a b c d\ufffd", TextSafety.SingleLine("a\nb\r\tc d\u0001").Replace("  ", " ", StringComparison.Ordinal));
    }

    [Fact]
    public void Clean_Null_IsEmpty()
    {
        Assert.Equal(string.Empty, TextSafety.Clean(null));
    }

    [Property]
    public Property Clean_AnyString_IsStrictUtf8WithoutControlCharacters()
    {
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        return Prop.ForAll(ArbMap.Default.GeneratorFor<string>().Where(s => s is not null).ToArbitrary(), value =>
        {
            var clean = TextSafety.SingleLine(value);
            _ = strict.GetBytes(clean);
            return clean.Length == value.Length && clean.All(c => c >= ' ' && !(c >= '\u007f' && c <= '\u009f'));
        });
    }
}
