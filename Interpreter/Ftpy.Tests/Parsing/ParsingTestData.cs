using System.Text.Json;
using Ftpy.Parsing;
using Ftpy.Parsing.Ast;
using Xunit;

namespace Ftpy.Tests.Parsing;

/// <summary>
/// Loads the expected results that Data/generate.py recorded from CPython 3.13, and runs
/// the parser the way those results were produced (ast.parse in exec/eval/single mode).
/// </summary>
static class ParsingTestData
{
    static readonly Dictionary<string, JsonElement> Cache = new();

    public static JsonElement Load(string name)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(name, out var root))
            {
                string path = Path.Combine(AppContext.BaseDirectory, "Parsing", "Data", name);
                root = JsonDocument.Parse(File.ReadAllText(path)).RootElement;
                Cache[name] = root;
            }
            return root;
        }
    }

    public static TheoryData<int> Indices(string name)
    {
        var data = new TheoryData<int>();
        int n = Load(name).GetArrayLength();
        for (int i = 0; i < n; i++) data.Add(i);
        return data;
    }

    public static Mod Parse(string src, string mode) => mode switch
    {
        "eval" => Parser.ParseExpression(src, "x.py"),
        "single" => Parser.ParseInteractive(src, "x.py"),
        _ => Parser.ParseModule(src, "x.py"),
    };

    /// <summary>Runs <paramref name="action"/> on a thread with a 16 MB stack, as deep-input tests require.</summary>
    public static void OnBigStack(Action action)
    {
        Exception? failure = null;
        var t = new Thread(() =>
        {
            try
            {
                action();
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, 16 * 1024 * 1024);
        t.Start();
        t.Join();
        if (failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
    }
}
