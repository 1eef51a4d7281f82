namespace Ftpy.Conformance.Cases;

/// <summary>
/// One line of program output, without its '\n'. <see cref="MissingNewline"/> marks a last
/// line that did not end in '\n', so "a" and "a\n" differ line-wise as they do byte-wise.
/// </summary>
public readonly record struct OutputLine(string Text, bool MissingNewline)
{
    public static IReadOnlyList<OutputLine> Split(string text)
    {
        var lines = new List<OutputLine>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                lines.Add(new OutputLine(text[start..], true));
                break;
            }
            lines.Add(new OutputLine(text[start..end], false));
            start = end + 1;
        }
        return lines;
    }

    public static string Join(IEnumerable<OutputLine> lines)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var line in lines)
        {
            builder.Append(line.Text);
            if (!line.MissingNewline)
                builder.Append('\n');
        }
        return builder.ToString();
    }
}
