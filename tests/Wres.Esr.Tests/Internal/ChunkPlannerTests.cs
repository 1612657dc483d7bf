using Wres.Esr.Internal;

namespace Wres.Esr.Tests.Internal;

public sealed class ChunkPlannerTests : IDisposable
{
    private readonly string _path = Path.GetTempFileName();

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void Plan_LargeFile_ChunksOfWholeLinesCoverItInOrder()
    {
        File.WriteAllText(_path, "Employee Number,Staff Group\n" + string.Concat(Enumerable.Range(0, 400).Select(i => $"{i},03\n")));
        var bytes = File.ReadAllBytes(_path);

        var chunks = ChunkPlanner.Plan(InputFile.FromPath(_path), chunkBytes: 500);

        Assert.True(chunks.Count > 2);
        Assert.All(chunks, c => Assert.NotNull(c));
        Assert.Equal(0, chunks[0]!.Start);
        Assert.Equal(bytes.Length, chunks[^1]!.End);
        Assert.All(chunks.Zip(chunks.Skip(1)), pair => Assert.Equal(pair.First!.End, pair.Second!.Start));
        Assert.All(chunks.Skip(1), c => Assert.Equal((byte)'\n', bytes[c!.Start - 1]));
        Assert.Equal(chunks.Select((c, i) => i == chunks.Count - 1), chunks.Select(c => c!.Last));
        Assert.Equal(["Employee Number", "Staff Group"], chunks[1]!.Header);
    }

    [Fact]
    public void Plan_SmallFileOrNotOnDisk_IsReadWhole()
    {
        File.WriteAllText(_path, "Employee Number\n1\n");

        Assert.Equal([null], ChunkPlanner.Plan(InputFile.FromPath(_path), chunkBytes: 500));
        Assert.Equal([null], ChunkPlanner.Plan(InputFile.FromText("staff.csv", new string('x', 5000)), chunkBytes: 500));
    }
}
