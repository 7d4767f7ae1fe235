namespace Semillero.Cli;

// An explicit entry class: a top-level `Program` here would clash with the web host's `Program`
// in test projects that see both.
internal static class EntryPoint
{
    public static Task<int> Main(string[] args) => SemilleroCli.RunAsync(args, Console.Out, Console.Error, configuration: null);
}
