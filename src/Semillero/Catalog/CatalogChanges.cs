namespace Semillero.Catalog;

// The catalog changed in this process (a course, a path, a publication). Whoever keeps a copy of it
// in memory (Completions' RuleBook) listens, so the catalog need not know who does
// (docs/adr/0009-dependencies-point-one-way.md). Other processes' changes are picked up by those
// copies' own refresh.
public sealed class CatalogChanges
{
    public event Action? Changed;

    public void Notify() => Changed?.Invoke();
}
