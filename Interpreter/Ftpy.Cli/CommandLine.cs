using Ftpy.Runtime;

namespace Ftpy.Cli;

/// <summary>
/// The ftpy command, with python's command-line grammar: options up to the first of -c CMD,
/// -m MOD, a script path or "-"; everything after that goes to sys.argv untouched. Parsed by
/// hand because python's "stop at the program and pass the rest through" rule is not how
/// general-purpose parsers treat trailing arguments.
/// </summary>
public static class CommandLine
{
    const string Usage = "usage: ftpy [option] ... [-c cmd | -m mod | file | -] [arg] ...";

    static readonly HashSet<string> KnownXOptions = new(StringComparer.Ordinal)
    {
        "gil", "specialize", "int_max_str_digits", "utf8", "dev", "faulthandler", "warn_default_encoding",
        "frozen_modules", "no_debug_ranges", "importtime", "tracemalloc",
    };

    public static int Main(string[] args)
    {
        var options = new InterpreterOptions();
        string? command = null, module = null, script = null;
        bool readStdin = false;
        int i = 0;
        for (; i < args.Length; i++)
        {
            string a = args[i];
            if (a == "--version" || a == "-V")
            {
                Console.Out.WriteLine($"Python {Modules.SysModule.VersionString} (ftpy {Modules.SysModule.FtpyVersion.Item1}.{Modules.SysModule.FtpyVersion.Item2}.{Modules.SysModule.FtpyVersion.Item3})");
                return 0;
            }
            if (a == "-h" || a == "--help" || a == "-?")
            {
                Console.Out.WriteLine(Usage);
                Console.Out.WriteLine("Options: -c cmd, -m mod, -O, -I, -E, -S, -s, -u, -B, -q, -X gil=0|1, -X specialize=0|1, -X int_max_str_digits=N, --version");
                return 0;
            }
            if (a == "-" ) { readStdin = true; i++; break; }
            if (!a.StartsWith('-') || a.Length == 1) break;
            if (a == "--") { i++; break; }
            // Single-letter options may be combined (-OO, -Bc 'code').
            bool consumedNext = false;
            for (int k = 1; k < a.Length; k++)
            {
                char c = a[k];
                string rest = a[(k + 1)..];
                switch (c)
                {
                    case 'c':
                        command = rest.Length > 0 ? rest : i + 1 < args.Length ? args[++i] : null;
                        if (command is null) return Fail("Argument expected for the -c option");
                        consumedNext = true;
                        break;
                    case 'm':
                        module = rest.Length > 0 ? rest : i + 1 < args.Length ? args[++i] : null;
                        if (module is null) return Fail("Argument expected for the -m option");
                        consumedNext = true;
                        break;
                    case 'X':
                    {
                        string? x = rest.Length > 0 ? rest : i + 1 < args.Length ? args[++i] : null;
                        if (x is null) return Fail("Argument expected for the -X option");
                        int eq = x.IndexOf('=');
                        string name = eq < 0 ? x : x[..eq];
                        string value = eq < 0 ? "" : x[(eq + 1)..];
                        if (!KnownXOptions.Contains(name)) return Fail($"unknown -X option '{name}'");
                        if (!ApplyXOption(options, name, value, out string? error)) return Fail(error!);
                        options.XOptions[name] = value;
                        k = a.Length;
                        continue;
                    }
                    case 'O': options.Optimize = true; break;
                    case 'I': options.Isolated = true; break;
                    case 'E': case 'S': case 's': case 'u': case 'B': case 'q': case 'b': case 'd': case 'v': case 'R': case 'P': break;
                    case 'W':
                    {
                        string? w = rest.Length > 0 ? rest : i + 1 < args.Length ? args[++i] : null;
                        if (w is null) return Fail("Argument expected for the -W option");
                        options.WarnOptions.Add(w);
                        k = a.Length;
                        continue;
                    }
                    case 'i': options.Interactive = true; break;
                    default:
                        return Fail($"unknown option -{c}");
                }
                if (consumedNext) break;
            }
            if (command is not null || module is not null) { i++; break; }
        }
        if (command is null && module is null && !readStdin && i < args.Length) { script = args[i]; i++; }
        var rest2 = args[i..];

        var seed = Environment.GetEnvironmentVariable("PYTHONHASHSEED");
        if (!string.IsNullOrEmpty(seed) && seed != "random" && !Objects.Text.HashSecret.TryFromEnvironment(seed, out _))
        {
            Console.Error.WriteLine("Fatal Python error: PYTHONHASHSEED must be \"random\" or an integer in range [0; 4294967295]");
            return 1;
        }
        if (Environment.GetEnvironmentVariable("PYTHON_GIL") is { } gil && gil is "1") options.GilEnabled = true;
        if (Environment.GetEnvironmentVariable("PYTHONINTMAXSTRDIGITS") is { Length: > 0 } digits && int.TryParse(digits, out int nd)) options.IntMaxStrDigits = nd;

        options.Argv.Clear();
        if (command is not null) { options.Argv.Add("-c"); options.PathZero = ""; }
        else if (module is not null) { options.Argv.Add(module); options.PathZero = Directory.GetCurrentDirectory(); }
        else if (script is not null)
        {
            options.Argv.Add(script);
            options.PathZero = Path.GetDirectoryName(Path.GetFullPath(script)) ?? "";
        }
        else { options.Argv.Add(readStdin ? "-" : ""); options.PathZero = ""; }
        options.Argv.AddRange(rest2);

        var run = new Run(options, command, module, script);
        return run.Execute();
    }

    static bool ApplyXOption(InterpreterOptions o, string name, string value, out string? error)
    {
        error = null;
        switch (name)
        {
            case "gil":
                if (value is not ("0" or "1")) { error = "-X gil must be 0 or 1"; return false; }
                o.GilEnabled = value == "1";
                return true;
            case "specialize":
                if (value is not ("0" or "1")) { error = "-X specialize must be 0 or 1"; return false; }
                o.Specialize = value == "1";
                return true;
            case "int_max_str_digits":
                if (!int.TryParse(value, out int n) || (n != 0 && n < Limits.MaxStrDigitsThreshold))
                {
                    error = $"-X int_max_str_digits: invalid limit; must be >= {Limits.MaxStrDigitsThreshold} or 0 for unlimited.";
                    return false;
                }
                o.IntMaxStrDigits = n;
                return true;
            default:
                return true;
        }
    }

    static int Fail(string message)
    {
        Console.Error.WriteLine($"ftpy: {message}");
        Console.Error.WriteLine(Usage);
        return 2;
    }
}
