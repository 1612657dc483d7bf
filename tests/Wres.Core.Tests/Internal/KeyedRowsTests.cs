using Wres.Core.Internal;

namespace Wres.Core.Tests.Internal;

public class KeyedRowsTests
{
    private static KeyedRows<KeyEntry> Rows(params (string Key, int Line)[] rows)
    {
        var buffer = new KeyedRows<KeyEntry>(1, 1);
        foreach (var (key, line) in rows)
        {
            var bytes = System.Text.Encoding.ASCII.GetBytes(key);
            buffer.Add(new KeyEntry { KeyHash = KeyHash.Of(bytes), Offset = buffer.AppendKey(bytes), KeyLength = bytes.Length, Line = line, Value = line * 10 });
        }

        return buffer;
    }

    private static string[] Keys(KeyedRows<KeyEntry> buffer)
    {
        var keys = new List<string>();
        foreach (var row in buffer.Rows)
        {
            keys.Add($"{System.Text.Encoding.ASCII.GetString(buffer.Arena[row.Offset, row.KeyLength])}@{row.Line}:{row.Value}");
        }

        return [.. keys];
    }

    [Fact]
    public void Append_MovesTheOthersKeysAndLinesOn()
    {
        using var first = Rows(("A", 2), ("BB", 3));
        using var second = Rows(("CCC", 2), ("A", 4));

        first.Append(second, lineOffset: 100);

        Assert.Equal(["A@2:20", "BB@3:30", "CCC@102:20", "A@104:40"], Keys(first));
        Assert.Equal(4, first.Count);
        Assert.Equal(["CCC@2:20", "A@4:40"], Keys(second));
    }

    [Fact]
    public void Append_ToItself_Throws()
    {
        using var rows = Rows(("A", 2));

        Assert.Throws<ArgumentException>(() => rows.Append(rows, 0));
    }

    [Fact]
    public void Reserve_ThenAppend_GivesTheSameRows()
    {
        using var reserved = Rows(("A", 2));
        using var plain = Rows(("A", 2));
        var others = Enumerable.Range(0, 5).Select(i => Rows(($"K{i}", 2), ($"L{i}", 3))).ToArray();

        reserved.Reserve(others);
        foreach (var other in others)
        {
            reserved.Append(other, 10);
            plain.Append(other, 10);
        }

        Assert.Equal(Keys(plain), Keys(reserved));
        Assert.Equal(11, reserved.Count);
        foreach (var other in others)
        {
            other.Dispose();
        }
    }

    [Fact]
    public void Dispose_EmptiesRowsAndKeys()
    {
        var rows = Rows(("A", 2));

        rows.Dispose();

        Assert.Equal(0, rows.Count);
        Assert.Equal(0, rows.Arena.Length);
    }
}
