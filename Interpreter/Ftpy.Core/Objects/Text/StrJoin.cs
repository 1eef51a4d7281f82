namespace Ftpy.Objects.Text;

/// <summary>str.join over items already known to be str.</summary>
public static class StrJoin
{
    public static string Join(string separator, IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(separator, items),
    };
}
