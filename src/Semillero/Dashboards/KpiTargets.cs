using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Semillero.Data;
using Semillero.Geography;
using Semillero.Language;
using Semillero.Learners;

namespace Semillero.Dashboards;

public sealed record TargetInput(KpiMetric Metric, int? Year, TargetScope Scope, string? ScopeValue, long People, DateOnly? DueOn, string? Reason, string? ReasonEn = null);

public sealed record TargetError(string Field, string Es, string En);

public abstract record ReviseTargetOutcome
{
    public sealed record Revised(KpiTarget Target, KpiTarget? Previous) : ReviseTargetOutcome;

    public sealed record Invalid(IReadOnlyList<TargetError> Errors) : ReviseTargetOutcome;
}

// The program's targets: the current version of each line, their history, and revisions.
public sealed class KpiTargets(SemilleroDb db, TimeProvider clock)
{
    public const long MaxPeople = 130_000_000;
    public const int FirstYear = 2024;
    public const int LastYear = 2040;

    public static string KeyOf(KpiMetric metric, int? year, TargetScope scope, string scopeValue) =>
        string.Create(CultureInfo.InvariantCulture, $"{MetricWire(metric)}:{(year is { } y ? y.ToString(CultureInfo.InvariantCulture) : "total")}:{ScopeWire(scope)}:{scopeValue}");

    public static string MetricWire(KpiMetric metric) => metric == KpiMetric.Graduated ? "egresadas" : "inscritas";

    public static KpiMetric? ParseMetric(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "inscritas" or "registered" => KpiMetric.Registered,
        "egresadas" or "graduated" => KpiMetric.Graduated,
        _ => null,
    };

    public static string ScopeWire(TargetScope scope) => scope switch
    {
        TargetScope.State => "entidad",
        TargetScope.Segment => "segmento",
        TargetScope.Sex => "sexo",
        _ => "total",
    };

    public static TargetScope? ParseScope(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "total" => TargetScope.Total,
        "entidad" or "state" => TargetScope.State,
        "segmento" or "segment" => TargetScope.Segment,
        "sexo" or "sex" => TargetScope.Sex,
        _ => null,
    };

    // The latest version of every line, program totals first, then by year and scope.
    public async Task<IReadOnlyList<KpiTarget>> CurrentAsync(CancellationToken ct)
    {
        var all = await db.KpiTargets.AsNoTracking().ToListAsync(ct);
        return all.GroupBy(t => t.Key).Select(g => g.MaxBy(t => t.Version)!)
            .OrderBy(t => t.Year is null ? 0 : 1).ThenBy(t => t.Year).ThenBy(t => t.Metric).ThenBy(t => t.Scope).ThenBy(t => t.ScopeValue, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<IReadOnlyList<KpiTarget>> HistoryAsync(string key, CancellationToken ct) =>
        await db.KpiTargets.AsNoTracking().Where(t => t.Key == key).OrderByDescending(t => t.Version).ToListAsync(ct);

    public async Task<ReviseTargetOutcome> ReviseAsync(TargetInput input, string by, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<TargetError>();
        if (input.Metric is not (KpiMetric.Registered or KpiMetric.Graduated))
        {
            errors.Add(new("metric", "La meta mide personas inscritas o egresadas.", "A target measures registered or graduated people."));
        }

        if (input.Year is { } year && (year < FirstYear || year > LastYear))
        {
            errors.Add(new("year", $"El año va de {FirstYear} a {LastYear}.", $"The year ranges from {FirstYear} to {LastYear}."));
        }

        var value = (input.ScopeValue ?? "").Trim();
        switch (input.Scope)
        {
            case TargetScope.Total:
                value = "";
                break;
            case TargetScope.State:
                var state = Entidades.Find(value);
                if (state is null)
                {
                    errors.Add(new("scopeValue", "La entidad no existe. Use su clave INEGI (01 a 32) o su nombre.", "Unknown state. Use its INEGI code (01 to 32) or name."));
                }
                else
                {
                    value = state.Clave;
                }

                break;
            case TargetScope.Segment:
                if (SegmentNames.TryParse(value, out var segment))
                {
                    value = SegmentNames.ToWire(segment);
                }
                else
                {
                    errors.Add(new("scopeValue", "El segmento no existe.", "Unknown segment."));
                }

                break;
            case TargetScope.Sex:
                value = value.ToUpperInvariant();
                if (value is not ("H" or "M" or "X"))
                {
                    errors.Add(new("scopeValue", "El sexo es H, M o X.", "Sex is H, M or X."));
                }

                break;
        }

        if (input.People is < 1 or > MaxPeople)
        {
            errors.Add(new("people", $"La meta va de 1 a {MaxPeople:N0} personas.", $"A target ranges from 1 to {MaxPeople:N0} people."));
        }

        var due = input.DueOn ?? (input.Year is { } y2 ? new DateOnly(y2, 12, 31) : null);
        if (due is null)
        {
            errors.Add(new("dueOn", "La meta total necesita una fecha límite.", "A program total needs a due date."));
        }
        else if (input.Year is { } y3 && due.Value.Year != y3)
        {
            errors.Add(new("dueOn", "La fecha límite de una meta anual cae en su año.", "A yearly target's due date falls in its year."));
        }

        var reason = (input.Reason ?? "").Trim();
        if (reason.Length < 5 || reason.Length > 1000)
        {
            errors.Add(new("reason", "Escriba el motivo de la meta o del cambio (5 a 1,000 caracteres).", "Write the reason for the target or the change (5 to 1,000 characters)."));
        }

        var reasonEn = string.IsNullOrWhiteSpace(input.ReasonEn) ? null : input.ReasonEn.Trim();
        if (reasonEn is { Length: < 5 or > 1000 })
        {
            errors.Add(new("reasonEn", "El motivo en inglés, si lo escribe, va de 5 a 1,000 caracteres.", "The reason in English, when given, takes 5 to 1,000 characters."));
        }

        if (errors.Count > 0)
        {
            return new ReviseTargetOutcome.Invalid(errors);
        }

        var key = KeyOf(input.Metric, input.Year, input.Scope, value);
        var now = clock.GetUtcNow().UtcDateTime;
        // Versions are numbered per line; the unique index makes a concurrent revision of the same
        // line fail rather than share a number, and the caller retries.
        for (var attempt = 0; ; attempt++)
        {
            var previous = await db.KpiTargets.AsNoTracking().Where(t => t.Key == key).OrderByDescending(t => t.Version).FirstOrDefaultAsync(ct);
            var target = new KpiTarget
            {
                Id = Guid.CreateVersion7(now),
                Key = key,
                Version = (previous?.Version ?? 0) + 1,
                Metric = input.Metric,
                Year = input.Year,
                Scope = input.Scope,
                ScopeValue = value,
                People = input.People,
                DueOn = due!.Value,
                Reason = reason,
                ReasonEn = reasonEn,
                CreatedBy = by,
                CreatedAt = now,
            };
            db.KpiTargets.Add(target);
            try
            {
                await db.SaveChangesAsync(ct);
                return new ReviseTargetOutcome.Revised(target, previous);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    // The words a dashboard uses for a line, in the language people read: "Meta total del programa ·
    // personas inscritas", "2026 target · Oaxaca · graduated people".
    public static string Describe(KpiTarget target) => Describe(target, UiLanguage.IsEnglish);

    public static string Describe(KpiTarget target, bool english)
    {
        ArgumentNullException.ThrowIfNull(target);
        var what = target.Metric == KpiMetric.Graduated
            ? (english ? "graduated people" : "personas egresadas")
            : (english ? "registered people" : "personas inscritas");
        var scope = target.Scope switch
        {
            TargetScope.State => " · " + Entidades.NameOf(target.ScopeValue, english),
            TargetScope.Segment => " · " + (SegmentNames.TryParse(target.ScopeValue, out var s) ? (english ? SegmentNames.English(s) : SegmentNames.Spanish(s)) : target.ScopeValue),
            TargetScope.Sex => " · " + (target.ScopeValue, english) switch
            {
                ("M", false) => "mujeres",
                ("H", false) => "hombres",
                (_, false) => "sexo X",
                ("M", true) => "women",
                ("H", true) => "men",
                (_, true) => "sex X",
            },
            _ => "",
        };
        var when = target.Year is { } y
            ? (english ? $"{y.ToString(CultureInfo.InvariantCulture)} target" : $"Meta {y.ToString(CultureInfo.InvariantCulture)}")
            : (english ? "Program total target" : "Meta total del programa");
        return $"{when}{scope} · {what}";
    }

    // The reason in the language people read; the Spanish one when no English reason was written.
    public static string ReasonOf(KpiTarget target) => ReasonOf(target, UiLanguage.IsEnglish);

    public static string ReasonOf(KpiTarget target, bool english)
    {
        ArgumentNullException.ThrowIfNull(target);
        return english && target.ReasonEn is { } en ? en : target.Reason;
    }
}
