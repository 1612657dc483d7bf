using System.Runtime.InteropServices;

namespace Wres.Core.Internal;

/// <summary>A row that names an employee (a course, a case): the key's hash, where its bytes are, its line and one value.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct KeyEntry : IHashed, IKeyedRow
{
    public ulong KeyHash;
    public int Offset;
    public int KeyLength;
    public int Line;
    public int Value;

    public readonly ulong Hash => KeyHash;

    public void Move(int bytes, int lines)
    {
        Offset += bytes;
        Line += lines;
    }
}
