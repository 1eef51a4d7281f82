using System.Text;
using System.Text.RegularExpressions;

namespace Ftpy.Conformance.Selection;

/// <summary>
/// Path patterns over case paths relative to Conformance/cases: '*' matches within one
/// folder name, '**' across folders, '?' one character. A pattern without wildcards also
/// matches everything below it when it names a folder ("threading" selects threading/**).
/// </summary>
public sealed class Glob
{
    private readonly Regex _regex;
    private readonly string _prefix;

    public string Pattern { get; }

    public Glob(string pattern)
    {
        Pattern = pattern.Replace('\\', '/').TrimStart('/');
        if (Pattern.StartsWith("./", StringComparison.Ordinal))
            Pattern = Pattern[2..];
        _prefix = Pattern.TrimEnd('/') + "/";
        _regex = new Regex("^" + ToRegex(Pattern.TrimEnd('/')) + "$", RegexOptions.CultureInvariant);
    }

    public bool Matches(string relativePath) =>
        _regex.IsMatch(relativePath) || relativePath.StartsWith(_prefix, StringComparison.Ordinal);

    private static string ToRegex(string pattern)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                i++;
                if (i + 1 < pattern.Length && pattern[i + 1] == '/')
                {
                    i++;
                    builder.Append("(?:.*/)?");
                }
                else
                {
                    builder.Append(".*");
                }
            }
            else if (c == '*')
            {
                builder.Append("[^/]*");
            }
            else if (c == '?')
            {
                builder.Append("[^/]");
            }
            else
            {
                builder.Append(Regex.Escape(c.ToString()));
            }
        }
        return builder.ToString();
    }
}
