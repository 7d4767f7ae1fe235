using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Geography;
using Semillero.Learners;
using Semillero.Web.Hosting;

namespace Semillero.Web.Shell;

public sealed class IndexModel(RegistryCounts counts, TimeProvider clock) : PageModel
{
    // The program's rule for public figures: a per-state count below this is shown as "<5".
    public const int SmallCell = Semillero.Disclosure.SmallCells.Threshold;

    public RegistrySnapshot? Snapshot { get; private set; }

    public IReadOnlyList<StateRow> Rows { get; private set; } = [];

    public int StatesReached { get; private set; }

    public int StatesTotal { get; private set; }

    public double NationalPer100k { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    // False when the server has no time zone data; the time is then shown in UTC.
    public bool UpdatedInMexicoCity { get; private set; }

    public bool AnySmallCells => Rows.Any(r => r.Display == CellDisplay.Small);

    public bool AnyWithheld => Rows.Any(r => r.Display == CellDisplay.Withheld);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var snapshot = await counts.RunAsync(ct);
        Snapshot = snapshot;
        Rows = BuildRows(snapshot.ByState, CultureInfo.CurrentCulture);
        StatesReached = snapshot.ByState.Count(s => s.Learners > 0);
        StatesTotal = snapshot.ByState.Count;
        var population = snapshot.ByState.Sum(s => (long)s.State.Poblacion2020);
        NationalPer100k = population == 0 ? 0 : snapshot.Total * 100_000.0 / population;

        var now = clock.GetUtcNow();
        UpdatedInMexicoCity = MexicoCityTime.Available;
        UpdatedAt = MexicoCityTime.Local(now);
    }

    // Sorted by learners, most first. Cells below SmallCell (zero included, so a lone small count
    // cannot hide among visible zeros) are suppressed: count, coverage and bar. They are listed last
    // in alphabetical order, so neither their value nor their rank is published. When only one cell
    // is suppressed, the national total minus the other states would reveal it, so a complementary
    // cell is withheld too: the largest, whose value has no published upper bound, so the pair's sum
    // narrows the small cell no further than "<5" already does.
    public static IReadOnlyList<StateRow> BuildRows(IReadOnlyList<StateCount> states, CultureInfo culture)
    {
        var byName = StringComparer.Create(culture, ignoreCase: true);
        var small = states.Where(s => s.Learners < SmallCell).ToList();
        var published = states.Where(s => s.Learners >= SmallCell)
            .OrderByDescending(s => s.Learners)
            .ThenBy(s => s.State.NombreCorto, byName)
            .ToList();

        var withheld = new List<StateCount>();
        // A lone zero needs no cover: no one is in it (and "states reached" already tells it apart).
        if (small.Count == 1 && small[0].Learners > 0 && published.Count > 0)
        {
            withheld.Add(published[0]);
            published.RemoveAt(0);
        }

        var maxPer100k = published.Count == 0 ? 0 : published.Max(s => s.Per100k);
        var rows = published
            .Select(s => new StateRow(s.State, CellDisplay.Published, s.Learners, s.Per100k, BarPercent(s.Per100k, maxPer100k)))
            .ToList();
        rows.AddRange(small.Select(s => new StateRow(s.State, CellDisplay.Small, null, null, 0))
            .Concat(withheld.Select(s => new StateRow(s.State, CellDisplay.Withheld, null, null, 0)))
            .OrderBy(r => r.State.NombreCorto, byName));
        return rows;
    }

    private static int BarPercent(double value, double max)
    {
        if (value <= 0 || max <= 0)
        {
            return 0;
        }

        return Math.Clamp((int)Math.Round(value / max * 100, MidpointRounding.AwayFromZero), 1, 100);
    }
}

public enum CellDisplay
{
    Published,

    // Fewer than IndexModel.SmallCell learners, zero included: shown as "<5".
    Small,

    // Published value hidden to protect a single small cell from subtraction.
    Withheld,
}

// One table row as published: Learners and Per100k are null unless Display is Published.
public sealed record StateRow(Entidad State, CellDisplay Display, int? Learners, double? Per100k, int BarPercent);
