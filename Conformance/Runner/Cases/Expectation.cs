namespace Ftpy.Conformance.Cases;

public enum ExpectKind
{
    /// <summary>Exit code 0 and stdout equal to the .out file.</summary>
    Output,
    /// <summary>Exit code 1, stdout equal to the .out file, stderr's last line names the exception type.</summary>
    Exception,
    /// <summary>Exit code 1, stdout equal to the .out file, stderr's last line is a SyntaxError (or subclass).</summary>
    SyntaxError,
}

/// <summary>The value of a case's `expect` key.</summary>
public sealed record Expectation(ExpectKind Kind, string? ExceptionType = null)
{
    public static readonly Expectation Output = new(ExpectKind.Output);
    public static readonly Expectation Syntax = new(ExpectKind.SyntaxError);

    public override string ToString() => Kind switch
    {
        ExpectKind.Output => "output",
        ExpectKind.Exception => $"exception {ExceptionType}",
        _ => "syntax-error",
    };
}
