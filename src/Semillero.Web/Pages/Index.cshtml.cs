using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Geography;
using Semillero.Learners;

namespace Semillero.Web.Pages;

public sealed class IndexModel(RegistryCounts counts, TimeProvider clock) : PageModel
{
    // The program's rule for public figures: a per-state count below this is shown as "<5".
    public const int SmallCell = 5;

    private static readonly TimeZoneInfo? MexicoCity =
        TimeZoneInfo.TryFindSystemTimeZoneById("America/Mexico_City", out var zone) ? zone : null;

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
        UpdatedInMexicoCity = MexicoCity is not null;
        UpdatedAt = MexicoCity is null ? now : TimeZoneInfo.ConvertTime(now, MexicoCity);
    }

    // Sorted by learners, most first. Small cells are suppressed (count, coverage and bar) and
    // listed last in alphabetical order, so neither their value nor their rank is published. When a
    // single state is suppressed, the smallest published state is withheld too; otherwise the small
    // count would be the national total minus the other states.
    public static IReadOnlyList<StateRow> BuildRows(IReadOnlyList<StateCount> states, CultureInfo culture)
    {
        var byName = StringComparer.Create(culture, ignoreCase: true);
        var small = states.Where(s => s.Learners is > 0 and < SmallCell).ToList();
        var published = states.Where(s => s.Learners is 0 or >= SmallCell)
            .OrderByDescending(s => s.Learners)
            .ThenBy(s => s.State.NombreCorto, byName)
            .ToList();

        var withheld = new List<StateCount>();
        if (small.Count == 1 && published.LastOrDefault(s => s.Learners > 0) is { } smallestPublished)
        {
            published.Remove(smallestPublished);
            withheld.Add(smallestPublished);
        }

        var maxPer100k = published.Count == 0 ? 0 : published.Max(s => s.Per100k);
        var rows = published
            .Select(s => new StateRow(s.State, CellDisplay.Published, s.Learners, s.Per100k, BarPercent(s.Per100k, maxPer100k)))
            .ToList();

        // Zero-learner states are published (there is no one to protect) but sort after the rest.
        var zeros = rows.Where(r => r.Learners == 0).ToList();
        rows.RemoveAll(r => r.Learners == 0);

        rows.AddRange(small.Select(s => new StateRow(s.State, CellDisplay.Small, null, null, 0))
            .Concat(withheld.Select(s => new StateRow(s.State, CellDisplay.Withheld, null, null, 0)))
            .OrderBy(r => r.State.NombreCorto, byName));
        rows.AddRange(zeros);
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

    // Fewer than IndexModel.SmallCell learners: shown as "<5".
    Small,

    // Published value hidden to protect a single small cell from subtraction.
    Withheld,
}

// One table row as published: Learners and Per100k are null unless Display is Published.
public sealed record StateRow(Entidad State, CellDisplay Display, int? Learners, double? Per100k, int BarPercent);
