namespace Ftpy.Objects;

/// <summary>
/// The method cache for _PyType_Lookup: entries keyed by (type version tag, name object).
/// Invariant: an entry is used only when both its version equals the type's current
/// <see cref="PyType.VersionTag"/> and its name is the same object, so a namespace change
/// (which bumps the tag of the type and all its subclasses) can never yield a stale value.
/// Entries are immutable objects replaced wholesale, so concurrent readers see a whole entry.
/// </summary>
static class TypeLookupCache
{
    sealed class Entry(uint version, PyStr name, PyObject? value)
    {
        public readonly uint Version = version;
        public readonly PyStr Name = name;
        public readonly PyObject? Value = value;
    }

    const int Size = 4096;
    static readonly Entry?[] s_entries = new Entry?[Size];

    public static PyObject? Lookup(PyType type, PyStr name)
    {
        uint version = type.VersionTag;
        int index = (int)((version * 2654435761u) ^ (uint)name.GetHashCodeFast()) & (Size - 1);
        var e = Volatile.Read(ref s_entries[index]);
        if (e is not null && e.Version == version && ReferenceEquals(e.Name, name)) return e.Value;
        var value = type.LookupUncached(name);
        if (name.IsInterned && version == type.VersionTag)
            Volatile.Write(ref s_entries[index], new Entry(version, name, value));
        return value;
    }
}
