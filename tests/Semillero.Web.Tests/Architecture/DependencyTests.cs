using ArchUnitNET.Loader;
using Semillero.Data;
using Xunit.Abstractions;

namespace Semillero.Web.Tests.Architecture;

public sealed class DependencyTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, string> Roots = new(StringComparer.Ordinal)
    {
        ["Semillero"] = "Semillero",
        ["Semillero.Web"] = "Semillero.Web",
        ["Semillero.Cli"] = "Semillero.Cli",
    };

    private static readonly Lazy<ArchUnitNET.Domain.Architecture> Product = new(() => new ArchLoader()
        .LoadAssemblies(typeof(SemilleroDb).Assembly, typeof(Program).Assembly, typeof(Semillero.Cli.SemilleroCli).Assembly)
        .Build());

    [Fact]
    public void List()
    {
        var graph = FolderGraph.Of(Product.Value, Roots);
        foreach (var cycle in graph.Cycles())
        {
            output.WriteLine(string.Join(", ", cycle));
            output.WriteLine(graph.Describe(cycle));
        }
    }
}
