using System.Globalization;
using System.Text;
using System.Xml;
using Ftpy.Conformance.Execution;

namespace Ftpy.Conformance.Reporting;

/// <summary>
/// JUnit XML: one testsuite per implementation, one testcase per case. Unexpected failures
/// are &lt;failure&gt; (message plus the stdout diff and stderr tail); expected failures and
/// skipped cases are &lt;skipped&gt;; stale entries pass, or fail with --strict-stale.
/// </summary>
public static class JUnitReport
{
    public static void Write(RunResults run, bool strictStale, Stream output)
    {
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) };
        using var xml = XmlWriter.Create(output, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("testsuites");
        xml.WriteAttributeString("name", "conformance");
        WriteCounts(xml, run.Results, strictStale);
        foreach (var implementation in run.Implementations)
        {
            var results = run.ResultsFor(implementation).ToList();
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", implementation.Label);
            WriteCounts(xml, results, strictStale);
            xml.WriteStartElement("properties");
            WriteProperty(xml, "executable", implementation.Executable);
            if (implementation.Version is not null)
                WriteProperty(xml, "version", $"{implementation.Name} {implementation.Version}");
            xml.WriteEndElement();
            foreach (var result in results)
                WriteCase(xml, result, strictStale);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    public static string ToXml(RunResults run, bool strictStale)
    {
        using var stream = new MemoryStream();
        Write(run, strictStale, stream);
        return new UTF8Encoding(false).GetString(stream.ToArray());
    }

    private static void WriteCounts(XmlWriter xml, IReadOnlyCollection<CaseResult> results, bool strictStale)
    {
        xml.WriteAttributeString("tests", Number(results.Count));
        xml.WriteAttributeString("failures", Number(results.Count(r => IsFailure(r, strictStale))));
        xml.WriteAttributeString("errors", "0");
        xml.WriteAttributeString("skipped", Number(results.Count(r => r.Status is CaseStatus.Skipped or CaseStatus.ExpectedFailure)));
        xml.WriteAttributeString("time", Seconds(TimeSpan.FromTicks(results.Sum(r => r.Elapsed.Ticks))));
    }

    private static bool IsFailure(CaseResult result, bool strictStale) =>
        result.Status == CaseStatus.Failed || (strictStale && result.Status == CaseStatus.Stale);

    private static void WriteCase(XmlWriter xml, CaseResult result, bool strictStale)
    {
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", result.Case.Area);
        xml.WriteAttributeString("name", result.Case.RelativePath);
        xml.WriteAttributeString("time", Seconds(result.Elapsed));
        switch (result.Status)
        {
            case CaseStatus.Failed:
                xml.WriteStartElement("failure");
                xml.WriteAttributeString("message", Clean(result.Message ?? ""));
                xml.WriteAttributeString("type", "failure");
                xml.WriteString(Clean(Details(result)));
                xml.WriteEndElement();
                break;
            case CaseStatus.ExpectedFailure:
                xml.WriteStartElement("skipped");
                xml.WriteAttributeString("message", Clean($"expected failure ({result.KnownFailure!.Reason}): {result.Message}"));
                xml.WriteEndElement();
                break;
            case CaseStatus.Skipped:
                xml.WriteStartElement("skipped");
                xml.WriteAttributeString("message", Clean(result.Message ?? ""));
                xml.WriteEndElement();
                break;
            case CaseStatus.Stale:
                var message = $"STALE: listed as an expected failure ({result.KnownFailure!.Reason}) but passed; remove the entry";
                if (strictStale)
                {
                    xml.WriteStartElement("failure");
                    xml.WriteAttributeString("message", Clean(message));
                    xml.WriteAttributeString("type", "stale");
                    xml.WriteEndElement();
                }
                else
                {
                    xml.WriteElementString("system-out", Clean(message));
                }
                break;
        }
        xml.WriteEndElement();
    }

    private static string Details(CaseResult result)
    {
        var builder = new StringBuilder();
        builder.Append(result.Message).Append('\n');
        if (!string.IsNullOrEmpty(result.Diff))
            builder.Append('\n').Append(result.Diff);
        var tail = result.StderrTail();
        if (tail.Length > 0)
            builder.Append("\nstderr (last lines):\n").Append(tail).Append('\n');
        return builder.ToString();
    }

    private static void WriteProperty(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement("property");
        xml.WriteAttributeString("name", name);
        xml.WriteAttributeString("value", Clean(value));
        xml.WriteEndElement();
    }

    /// <summary>Replaces characters XML 1.0 cannot carry (most control characters, lone surrogates) with \uXXXX.</summary>
    public static string Clean(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ok = c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }
            if (ok)
            {
                builder?.Append(c);
                continue;
            }
            builder ??= new StringBuilder(text, 0, i, text.Length + 16);
            builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
        }
        return builder?.ToString() ?? text;
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
}
