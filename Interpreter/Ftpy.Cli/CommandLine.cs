namespace Ftpy.Cli;

public static class CommandLine
{
    public static int Main(string[] args)
    {
        Console.WriteLine("ftpy");
        return 0;
    }
}
