using ArchUnitNET.Domain;

namespace Semillero.Web.Tests.Architecture;

// The product's dependency graph at the level a newcomer reads it: one node per top-level folder of
// each project ("Semillero/Matching", "Semillero.Web/Matching", "Semillero.Cli/Learners"), one edge
// wherever a type in one folder uses a type in another, with the types that make the edge so a
// failure says where to look. Razor compiles every .cshtml into AspNetCoreGeneratedDocument; its
// class name spells the file's path (Matching_Candidatos), which places the view in its folder.
public sealed class FolderGraph
{
    private readonly Dictionary<string, Dictionary<string, List<string>>> _edges = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Nodes => _nodes;

    private readonly SortedSet<string> _nodes = new(StringComparer.Ordinal);

    // roots: the namespace each assembly's folders hang from, by assembly name.
    public static FolderGraph Of(ArchUnitNET.Domain.Architecture architecture, IReadOnlyDictionary<string, string> roots, Func<IType, IType, bool>? exempt = null)
    {
        var graph = new FolderGraph();
        foreach (var type in architecture.Types)
        {
            var from = NodeOf(type, roots);
            if (from is null)
            {
                continue;
            }

            graph._nodes.Add(from);
            foreach (var dependency in type.Dependencies)
            {
                var to = NodeOf(dependency.Target, roots);
                if (to is null || to == from || (exempt?.Invoke(type, dependency.Target) ?? false))
                {
                    continue;
                }

                graph.Add(from, to, $"{type.FullName} → {dependency.Target.FullName}");
            }
        }

        return graph;
    }

    public static string? NodeOf(IType type, IReadOnlyDictionary<string, string> roots)
    {
        if (type.Assembly?.Name is null || type.Namespace is null || !roots.TryGetValue(type.Assembly.Name.Split(',')[0], out var root) || type.Name.StartsWith('<'))
        {
            return null;
        }

        var ns = type.Namespace.FullName;
        string? folder;
        if (ns == "AspNetCoreGeneratedDocument")
        {
            folder = type.Name.Split('_', 2)[0];
        }
        else if (ns.StartsWith(root + ".", StringComparison.Ordinal))
        {
            folder = ns[(root.Length + 1)..].Split('.')[0];
        }
        else if (ns == root || ns.Length == 0)
        {
            folder = "(root)";
        }
        else
        {
            return null;
        }

        return $"{root}/{folder}";
    }

    public IEnumerable<(string From, string To, IReadOnlyList<string> Because)> Edges =>
        _edges.SelectMany(f => f.Value.Select(t => (f.Key, t.Key, (IReadOnlyList<string>)t.Value)));

    public bool DependsOn(string from, string to) => _edges.TryGetValue(from, out var targets) && targets.ContainsKey(to);

    // Strongly connected components with more than one folder (Tarjan): each is a set of folders that
    // reach one another, i.e. a cycle.
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var result = new List<IReadOnlyList<string>>();
        var next = 0;

        void Visit(string node)
        {
            index[node] = low[node] = next++;
            stack.Push(node);
            onStack.Add(node);
            foreach (var target in _edges.TryGetValue(node, out var targets) ? targets.Keys : Enumerable.Empty<string>())
            {
                if (!index.ContainsKey(target))
                {
                    Visit(target);
                    low[node] = Math.Min(low[node], low[target]);
                }
                else if (onStack.Contains(target) && index.TryGetValue(target, out var targetIndex))
                {
                    low[node] = Math.Min(low[node], targetIndex);
                }
            }

            if (low[node] == index[node])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != node);

                if (component.Count > 1)
                {
                    component.Sort(StringComparer.Ordinal);
                    result.Add(component);
                }
            }
        }

        foreach (var node in _nodes.Concat(_edges.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(node))
            {
                Visit(node);
            }
        }

        return result;
    }

    // The edges inside a cycle, each with one example of the types that make it.
    public string Describe(IReadOnlyList<string> cycle)
    {
        var members = cycle.ToHashSet(StringComparer.Ordinal);
        return string.Join('\n', Edges
            .Where(e => members.Contains(e.From) && members.Contains(e.To))
            .OrderBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal)
            .Select(e => $"  {e.From} → {e.To} ({e.Because.Count} uses, e.g. {e.Because[0]})"));
    }

    private void Add(string from, string to, string because)
    {
        _nodes.Add(to);
        if (!_edges.TryGetValue(from, out var targets))
        {
            _edges[from] = targets = new(StringComparer.Ordinal);
        }

        if (!targets.TryGetValue(to, out var list))
        {
            targets[to] = list = [];
        }

        list.Add(because);
    }
}
