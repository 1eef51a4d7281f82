using Ftpy.Parsing;

namespace Ftpy.Compiling;

/// <summary>SyntaxErrors found after parsing (symbol table and compiler). As CPython's
/// _PyErr_RaiseSyntaxError does, the text attribute is read from the file named by the code's
/// filename (None when there is no such file), not taken from the compiled source.</summary>
static class CompileError
{
    public static SyntaxErrorException At(string msg, string filename, int line, int? offset, int? endLine, int? endOffset) =>
        new(SyntaxErrorKind.SyntaxError, msg, filename, line, offset, ProgramText(filename, line), endLine, endOffset);

    /// <summary>PyErr_ProgramTextObject: line <paramref name="line"/> of the file, with its newline, or null.</summary>
    public static string? ProgramText(string filename, int line)
    {
        if (line < 1 || filename.Length == 0 || filename[0] == '<') return null;
        try
        {
            if (!File.Exists(filename)) return null;
            using var reader = new StreamReader(filename, detectEncodingFromByteOrderMarks: true);
            for (int i = 1; ; i++)
            {
                var text = reader.ReadLine();
                if (text is null) return null;
                if (i == line) return text + "\n";
            }
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }
}
