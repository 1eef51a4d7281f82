using System.Globalization;
using System.Reflection;
using System.Text;

namespace Ftpy.Tests.Text;

/// <summary>
/// Loads the expectation files generated from CPython (Text/Data/*, embedded in this assembly)
/// and parses their JSON. The parser is our own because the data holds lone surrogates
/// ("\ud800"), which System.Text.Json refuses to turn into strings.
/// </summary>
static class TestData
{
    public static string ReadText(string fileName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Text/" + fileName)
            ?? throw new FileNotFoundException("embedded test data missing", fileName);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>JSON as object?: null, bool, long, double, string, List&lt;object?&gt;, Dictionary&lt;string, object?&gt;.</summary>
    public static object? ReadJson(string fileName) => new JsonReader(ReadText(fileName)).ReadDocument();

    /// <summary>Rows of a JSON array file, each row a JSON array.</summary>
    public static IEnumerable<List<object?>> Rows(string fileName) =>
        ((List<object?>)ReadJson(fileName)!).Cast<List<object?>>();

    /// <summary>Bytes are written by the generators as lowercase hex strings.</summary>
    public static byte[] Hex(object? value) => Convert.FromHexString((string)value!);

    sealed class JsonReader(string text)
    {
        int pos;

        public object? ReadDocument()
        {
            object? value = ReadValue();
            SkipSpace();
            if (pos != text.Length) throw new FormatException($"trailing data at {pos}");
            return value;
        }

        object? ReadValue()
        {
            SkipSpace();
            char c = text[pos];
            switch (c)
            {
                case '{': return ReadObject();
                case '[': return ReadArray();
                case '"': return ReadString();
                case 't': Expect("true"); return true;
                case 'f': Expect("false"); return false;
                case 'n': Expect("null"); return null;
                default: return ReadNumber();
            }
        }

        Dictionary<string, object?> ReadObject()
        {
            var result = new Dictionary<string, object?>();
            pos++;
            SkipSpace();
            if (text[pos] == '}') { pos++; return result; }
            while (true)
            {
                SkipSpace();
                string key = ReadString();
                SkipSpace();
                Expect(":");
                result[key] = ReadValue();
                SkipSpace();
                if (text[pos++] == '}') return result;
            }
        }

        List<object?> ReadArray()
        {
            var result = new List<object?>();
            pos++;
            SkipSpace();
            if (text[pos] == ']') { pos++; return result; }
            while (true)
            {
                result.Add(ReadValue());
                SkipSpace();
                if (text[pos++] == ']') return result;
            }
        }

        string ReadString()
        {
            Expect("\"");
            var sb = new StringBuilder();
            while (true)
            {
                char c = text[pos++];
                if (c == '"') return sb.ToString();
                if (c != '\\') { sb.Append(c); continue; }
                char e = text[pos++];
                switch (e)
                {
                    case 'n': sb.Append('\n'); break;
                    case 't': sb.Append('\t'); break;
                    case 'r': sb.Append('\r'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'f': sb.Append('\f'); break;
                    case 'u':
                        sb.Append((char)int.Parse(text.AsSpan(pos, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                        pos += 4;
                        break;
                    default: sb.Append(e); break;
                }
            }
        }

        object ReadNumber()
        {
            int start = pos;
            while (pos < text.Length && "+-0123456789.eE".Contains(text[pos])) pos++;
            var span = text.AsSpan(start, pos - start);
            if (long.TryParse(span, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long l)) return l;
            return double.Parse(span, CultureInfo.InvariantCulture);
        }

        void Expect(string word)
        {
            if (string.CompareOrdinal(text, pos, word, 0, word.Length) != 0) throw new FormatException($"expected {word} at {pos}");
            pos += word.Length;
        }

        void SkipSpace()
        {
            while (pos < text.Length && char.IsWhiteSpace(text[pos])) pos++;
        }
    }
}
