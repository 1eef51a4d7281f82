namespace Ftpy.Runtime;

/// <summary>
/// A Python exception travelling through C# code. Builtins throw it; the eval loop catches
/// it and unwinds Python frames through the exception table.
/// </summary>
public partial class PyException : Exception
{
    /// <summary>Name of the builtin exception type, e.g. "ValueError".</summary>
    public string TypeName { get; }

    public PyException(string typeName, string message) : base(message) => TypeName = typeName;

    public override string ToString() => Message.Length == 0 ? TypeName : $"{TypeName}: {Message}";
}
