namespace Ftpy.Objects.Text;

/// <summary>A growable byte buffer for encoders (no per-byte allocation, one copy at the end).</summary>
sealed class ByteWriter(int capacity)
{
    byte[] buffer = new byte[Math.Max(capacity, 16)];
    int length;

    public int Length => length;

    public void Add(byte b)
    {
        if (length == buffer.Length) Grow(1);
        buffer[length++] = b;
    }

    public void Add(ReadOnlySpan<byte> bytes)
    {
        if (length + bytes.Length > buffer.Length) Grow(bytes.Length);
        bytes.CopyTo(buffer.AsSpan(length));
        length += bytes.Length;
    }

    /// <summary>Appends ASCII text (the caller has checked every char is below 128).</summary>
    public void AddAscii(string text)
    {
        foreach (char c in text) Add((byte)c);
    }

    public byte[] ToArray() => buffer.AsSpan(0, length).ToArray();

    void Grow(int needed) => Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + needed));
}
