using ArchUnitNET.Domain;
using ArchUnitNET.Loader;
using Semillero.Data;
using Xunit.Abstractions;

namespace Semillero.Web.Tests.Architecture;

// Dependencies point one way (docs/architecture.md, docs/adr/0009-dependencies-point-one-way.md):
// no two folders of a project may reach each other, directly or through others. Read from the
// compiled IL of the product's three projects, so every use counts — a using, a type in a
// signature, a call, an entity configuration, a Razor view.
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

    // SemilleroDb lists every feature's entities (it is used directly everywhere, docs/style.md); those
    // references are the model, not a dependency of Data on the features.
    private static readonly Lazy<HashSet<string>> EntityTypes = new(() =>
    {
        using var db = DataModule.CreateDb(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=:memory:" });
        return db.Model.GetEntityTypes().Select(e => e.ClrType.FullName!).ToHashSet(StringComparer.Ordinal);
    });

    private static bool IsDataMapping(IType from, IType to) =>
        from.Namespace.FullName.StartsWith("Semillero.Data", StringComparison.Ordinal)
        && EntityTypes.Value.Contains(to.FullName.Replace('/', '+'));

    [Fact]
    public void FeatureFolders_HaveNoCycles()
    {
        var graph = FolderGraph.Of(Product.Value, Roots, IsDataMapping);
        var cycles = graph.Cycles();
        foreach (var cycle in cycles)
        {
            output.WriteLine($"Cycle: {string.Join(", ", cycle)}\n{graph.Describe(cycle)}");
        }

        Assert.True(cycles.Count == 0, $"{cycles.Count} cycle(s) between folders:\n" + string.Join("\n", cycles.Select(c => $"{string.Join(" ⇄ ", c)}\n{graph.Describe(c)}")));
    }

    [Fact]
    public void Data_ReferencesFeaturesOnlyThroughTheirEntities()
    {
        var graph = FolderGraph.Of(Product.Value, Roots);
        var strays = graph.Edges
            .Where(e => e.From == "Semillero/Data" && e.To != "Semillero/(root)")
            .SelectMany(e => e.Because.Select(b => b.Split(" → ")[1]))
            .Where(target => !EntityTypes.Value.Contains(target.Replace('/', '+')))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.True(strays.Count == 0, "Data uses feature types that are not entities: " + string.Join(", ", strays));
    }

    [Fact]
    public void Demo_NothingDependsOnIt()
    {
        var graph = FolderGraph.Of(Product.Value, Roots, IsDataMapping);
        var users = graph.Edges.Where(e => e.To == "Semillero/Demo" && e.From.StartsWith("Semillero/", StringComparison.Ordinal) && e.From != "Semillero/(root)")
            .Select(e => $"{e.From} ({e.Because[0]})")
            .ToList();

        Assert.True(users.Count == 0, "Features must not use the demo data: " + string.Join("; ", users));
    }

    // docs/architecture.md draws the features top to bottom; a feature may use only those below it,
    // and the shared kernel none of them. The picture cannot go stale without this failing.
    [Fact]
    public void CoreFeatures_UseOnlyThoseBelowThemInTheArchitecturePicture()
    {
        var (order, kernel) = ArchitecturePicture.Read();
        var graph = FolderGraph.Of(Product.Value, Roots, IsDataMapping);
        var upwards = graph.Edges
            .Where(e => e.From.StartsWith("Semillero/", StringComparison.Ordinal) && e.To.StartsWith("Semillero/", StringComparison.Ordinal))
            .Select(e => (From: e.From["Semillero/".Length..], To: e.To["Semillero/".Length..], e.Because))
            .Where(e => (order.IndexOf(e.From) is var from and >= 0 && order.IndexOf(e.To) is var to and >= 0 && to < from)
                || (kernel.Contains(e.From) && order.Contains(e.To)))
            .Select(e => $"{e.From} → {e.To} (e.g. {e.Because[0]})")
            .ToList();

        Assert.True(order.Count >= 15, $"docs/architecture.md lists {order.Count} features");
        Assert.True(upwards.Count == 0, "Uses against the order of docs/architecture.md:\n" + string.Join("\n", upwards));
    }

    // The check itself: a graph with a deliberate cycle (CounterExample/Samples.cs) is refused, and
    // the folder that only uses one side of it is not part of the cycle.
    [Fact]
    public void CycleCheck_RefusesADeliberateCycle()
    {
        var tests = new ArchLoader().LoadAssemblies(typeof(DependencyTests).Assembly).Build();
        var graph = FolderGraph.Of(tests, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Semillero.Web.Tests"] = "Semillero.Web.Tests.Architecture.CounterExample",
        });

        var cycle = Assert.Single(graph.Cycles());
        Assert.Equal(["Semillero.Web.Tests.Architecture.CounterExample/Alpha", "Semillero.Web.Tests.Architecture.CounterExample/Beta"], cycle);
        Assert.True(graph.DependsOn("Semillero.Web.Tests.Architecture.CounterExample/Gamma", "Semillero.Web.Tests.Architecture.CounterExample/Alpha"));
    }
}
