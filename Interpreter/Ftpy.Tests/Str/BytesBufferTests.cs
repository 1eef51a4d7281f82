using Ftpy.Objects;
using Ftpy.Runtime;
using Xunit;

namespace Ftpy.Tests.Strings;

/// <summary>bytearray's growth and export rules, and memoryview's shared release of an export.</summary>
public class BytesBufferTests
{
    public BytesBufferTests() => TypeSystem.EnsureInitialized();

    [Fact]
    public void GrowthFollowsCPythonsAllocationSizes()
    {
        // bytearray(b'hello world').__alloc__() is 12; appending grows as list_resize does.
        var ba = PyByteArray.From("hello world"u8);
        Assert.Equal(12, ba.Buffer.Length);
        ba.Append((byte)'!');
        Assert.Equal(12 + (12 >> 3) + 6, ba.Buffer.Length);
        Assert.Equal("hello world!"u8.ToArray(), ba.ToArray());
        ba.Resize(2);
        Assert.Equal(3, ba.Buffer.Length);
        Assert.Equal("he"u8.ToArray(), ba.ToArray());
    }

    [Fact]
    public void ResizeWhileExportedIsABufferError()
    {
        var ba = PyByteArray.From("abc"u8);
        var view = PyMemoryView.FromObject(ba);
        var e = Assert.Throws<PyException>(() => ba.Append(1));
        Assert.Equal("BufferError", e.TypeName);
        Assert.Equal("Existing exports of data: object cannot be re-sized", e.Message);
        e.Release();
        ba.SetContents("xyz"u8);
        Assert.Equal("xyz"u8.ToArray(), ba.ToArray());
        view.Release();
        ba.Append((byte)'!');
        Assert.Equal(4, ba.Count);
    }

    [Fact]
    public void ASliceKeepsTheExportUntilItIsReleased()
    {
        var ba = PyByteArray.From("abcdef"u8);
        var view = PyMemoryView.FromObject(ba);
        var slice = (PyMemoryView)PyMemoryView.Type.mp_subscript!(view, new PySlice(PyInt.From(1), PyNone.Instance, PyNone.Instance));
        view.Release();
        Assert.Equal(1, ba.Exports);
        slice.Release();
        Assert.Equal(0, ba.Exports);
    }

    [Fact]
    public void ADyingViewReleasesItsExport()
    {
        var ba = PyByteArray.From("abc"u8);
        var view = PyMemoryView.FromObject(ba);
        Assert.Equal(1, ba.Exports);
        Py.Decref(view);
        Assert.Equal(0, ba.Exports);
    }

    [Fact]
    public void WritesThroughAViewAreSeenByTheBytearray()
    {
        var ba = PyByteArray.From("hello"u8);
        var view = PyMemoryView.FromObject(ba);
        PyMemoryView.Type.mp_ass_subscript!(view, PyInt.From(0), PyInt.From('H'));
        Assert.Equal("Hello"u8.ToArray(), ba.ToArray());
        var e = Assert.Throws<PyException>(() => PyMemoryView.Type.mp_ass_subscript!(view, PyInt.From(0), PyInt.From(256)));
        Assert.Equal("ValueError", e.TypeName);
        Assert.Equal("memoryview: invalid value for format 'B'", e.Message);
        e.Release();
        view.Release();
    }

    [Fact]
    public void BufferViewToBytesFollowsTheStrides()
    {
        var view = new BufferView
        {
            Data = [0, 1, 2, 3, 4, 5], Offset = 5, Length = 3, NDim = 1, Shape = [3], Strides = [-2],
        };
        Assert.False(view.IsCContiguous);
        Assert.Equal(new byte[] { 5, 3, 1 }, view.ToBytes());
        var grid = new BufferView
        {
            Data = [0, 1, 2, 3, 4, 5], Offset = 0, Length = 6, NDim = 2, Shape = [3, 2], Strides = [2, 1],
        };
        Assert.True(grid.IsCContiguous);
        Assert.Equal(new byte[] { 0, 2, 4, 1, 3, 5 }, grid.ToBytes('F'));
    }
}
