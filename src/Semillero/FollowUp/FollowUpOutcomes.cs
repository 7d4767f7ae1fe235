using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Semillero.Calendar;
using Semillero.Data;
using Semillero.Disclosure;
using Semillero.Geography;
using Semillero.Hiring;

namespace Semillero.FollowUp;

public enum OutcomeBreakdown
{
    Cohort,
    Path,
    State,
}

// One group's published figures. Null = suppressed (SmallCells); Suppressed says the row has any.
// Salary holds the employed answers per band (FollowUpAnswerRules.Salary order) then "prefer not to say".
public sealed record OutcomeRow(
    string Key,
    string LabelEs,
    string LabelEn,
    int? Sent,
    int? Answered,
    double? ResponseRate,
    int? Employed,
    double? EmployedRate,
    int? Helped,
    double? HelpedRate,
    IReadOnlyList<int?> Salary,
    bool Suppressed);

public sealed record OutcomeTable(OutcomeBreakdown By, int Months, IReadOnlyList<OutcomeRow> Rows, OutcomeRow Total);

public abstract record FollowUpOutcomesResult
{
    public sealed record Ok(OutcomeTable Table) : FollowUpOutcomesResult;

    public sealed record InvalidMonths(int Months) : FollowUpOutcomesResult;
}

// Outcome rates of the follow-up surveys by cohort (month of first completion), path or state,
// for one milestone: surveys sent, answered and the response rate; among answers, the employed
// rate (employee or self-employed) and the "training helped" rate (a lot or somewhat); among the
// employed, the income bands (sensitive: threshold 10). Only aggregates leave this class, with
// small cells and their complements suppressed.
public sealed class FollowUpOutcomes(SemilleroDb db)
{
    private sealed record Tally(string Key, bool Answered, EmploymentStatus? Employment, TrainingHelped? Helped, SalaryBand? Salary, int Count);

    private sealed record Counts(string Key, long Sent, long Answered, long Employed, long Helped, long[] Salary)
    {
        public static Counts Of(string key, IEnumerable<Tally> tallies)
        {
            var list = tallies.ToList();
            var answered = list.Where(t => t.Answered).ToList();
            var employed = answered.Where(t => t.Employment is { } e && FollowUpAnswerRules.IsWorking(e)).ToList();
            var salary = FollowUpAnswerRules.Salary.Select(b => (long)employed.Where(t => t.Salary == b.Value).Sum(t => t.Count))
                .Append(employed.Where(t => t.Salary is null).Sum(t => (long)t.Count))
                .ToArray();
            return new Counts(
                key,
                list.Sum(t => (long)t.Count),
                answered.Sum(t => (long)t.Count),
                employed.Sum(t => (long)t.Count),
                answered.Where(t => t.Helped is TrainingHelped.Mucho or TrainingHelped.Algo).Sum(t => (long)t.Count),
                salary);
        }
    }

    public async Task<FollowUpOutcomesResult> RunAsync(OutcomeBreakdown by, int months, CancellationToken ct)
    {
        if (!FollowUpSchedule.IsMilestone(months))
        {
            return new FollowUpOutcomesResult.InvalidMonths(months);
        }

        var tallies = await TalliesAsync(by, months, ct);
        var labels = await LabelsAsync(by, tallies.Select(t => t.Key).Distinct().ToList(), ct);
        var groups = tallies.GroupBy(t => t.Key, StringComparer.Ordinal)
            .Select(g => Counts.Of(g.Key, g))
            .OrderBy(c => by == OutcomeBreakdown.Cohort ? c.Key : labels[c.Key].Es, StringComparer.Create(CultureInfo.GetCultureInfo("es-MX"), ignoreCase: true))
            .ToList();
        var total = Counts.Of("total", tallies);
        var (rows, totalRow) = Publish(groups, total, labels);
        return new FollowUpOutcomesResult.Ok(new OutcomeTable(by, months, rows, totalRow));
    }

    // Suppression in the order the figures depend on each other: sent, answered (hidden where sent
    // is), employed / not employed and helped / not helped (hidden where answered is), then income
    // bands (hidden where employed is). The total row is the last line of every column, so a lone
    // hidden group cannot be recovered from the total either.
    private static (List<OutcomeRow> Rows, OutcomeRow Total) Publish(List<Counts> groups, Counts total, Dictionary<string, (string Es, string En)> labels)
    {
        var all = groups.Append(total).ToList();
        var n = all.Count;
        var sent = SmallCells.Line(all.Select(g => g.Sent).ToList(), SmallCells.Threshold);
        var answered = SmallCells.Line(all.Select(g => g.Answered).ToList(), SmallCells.Threshold, sent);
        var employment = SmallCells.Table(Split(all, g => g.Employed), SmallCells.Threshold, answered);
        var helped = SmallCells.Table(Split(all, g => g.Helped), SmallCells.Threshold, answered);
        var bandCount = FollowUpAnswerRules.Salary.Count + 1;
        var salaryCells = new long[n, bandCount];
        for (var i = 0; i < n; i++)
        {
            for (var b = 0; b < bandCount; b++)
            {
                salaryCells[i, b] = all[i].Salary[b];
            }
        }

        var salary = SmallCells.Table(salaryCells, SmallCells.SensitiveThreshold, Enumerable.Range(0, n).Select(i => employment[i, 0] || employment[i, 1]).ToList());

        var rows = new List<OutcomeRow>(n);
        for (var i = 0; i < n; i++)
        {
            var g = all[i];
            var label = i == n - 1 ? ("Total", "Total") : labels[g.Key];
            var employedShown = !employment[i, 0] && !employment[i, 1];
            var helpedShown = !helped[i, 0] && !helped[i, 1];
            var bands = Enumerable.Range(0, bandCount).Select(b => salary[i, b] ? null : (int?)g.Salary[b]).ToList();
            rows.Add(new OutcomeRow(
                g.Key,
                label.Item1,
                label.Item2,
                sent[i] ? null : (int)g.Sent,
                answered[i] ? null : (int)g.Answered,
                sent[i] || answered[i] ? null : Rate(g.Answered, g.Sent),
                employedShown ? (int)g.Employed : null,
                employedShown ? Rate(g.Employed, g.Answered) : null,
                helpedShown ? (int)g.Helped : null,
                helpedShown ? Rate(g.Helped, g.Answered) : null,
                bands,
                sent[i] || answered[i] || !employedShown || !helpedShown || bands.Any(b => b is null)));
        }

        return (rows[..^1], rows[^1]);
    }

    // Each group's answers split in two: those with the trait and those without.
    private static long[,] Split(List<Counts> groups, Func<Counts, long> with)
    {
        var cells = new long[groups.Count, 2];
        for (var i = 0; i < groups.Count; i++)
        {
            cells[i, 0] = with(groups[i]);
            cells[i, 1] = groups[i].Answered - with(groups[i]);
        }

        return cells;
    }

    private static double? Rate(long part, long whole) => whole == 0 ? null : Math.Round((double)part / whole, 4);

    private async Task<List<Tally>> TalliesAsync(OutcomeBreakdown by, int months, CancellationToken ct)
    {
        // Surveys count once sent; answered ones by their answers.
        var sent = db.FollowUpSurveys.AsNoTracking().Where(s => s.Months == months && s.SentAt != null);
        switch (by)
        {
            case OutcomeBreakdown.Cohort:
                var byCohort = await sent
                    .GroupBy(s => new { s.Cohort, Answered = s.AnsweredAt != null, s.Employment, s.Helped, s.SalaryBand })
                    .Select(g => new { g.Key, Count = g.Count() })
                    .ToListAsync(ct);
                return byCohort.Select(x => new Tally(x.Key.Cohort.ToString("yyyy-MM", CultureInfo.InvariantCulture), x.Key.Answered, x.Key.Employment, x.Key.Helped, x.Key.SalaryBand, x.Count)).ToList();
            case OutcomeBreakdown.Path:
                var byPath = await sent
                    .GroupBy(s => new { s.PathId, Answered = s.AnsweredAt != null, s.Employment, s.Helped, s.SalaryBand })
                    .Select(g => new { g.Key, Count = g.Count() })
                    .ToListAsync(ct);
                var codes = await db.LearningPaths.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Code, ct);
                return byPath.Select(x => new Tally(codes[x.Key.PathId], x.Key.Answered, x.Key.Employment, x.Key.Helped, x.Key.SalaryBand, x.Count)).ToList();
            default:
                var byState = await sent
                    .GroupBy(s => new { s.StateCode, Answered = s.AnsweredAt != null, s.Employment, s.Helped, s.SalaryBand })
                    .Select(g => new { g.Key, Count = g.Count() })
                    .ToListAsync(ct);
                return byState.Select(x => new Tally(x.Key.StateCode, x.Key.Answered, x.Key.Employment, x.Key.Helped, x.Key.SalaryBand, x.Count)).ToList();
        }
    }

    private async Task<Dictionary<string, (string Es, string En)>> LabelsAsync(OutcomeBreakdown by, List<string> keys, CancellationToken ct)
    {
        var labels = new Dictionary<string, (string Es, string En)>(StringComparer.Ordinal);
        switch (by)
        {
            case OutcomeBreakdown.Cohort:
                foreach (var key in keys)
                {
                    var month = DateTime.ParseExact(key, "yyyy-MM", CultureInfo.InvariantCulture);
                    labels[key] = (Dates.Month(DateOnly.FromDateTime(month), english: false), Dates.Month(DateOnly.FromDateTime(month), english: true));
                }

                break;
            case OutcomeBreakdown.Path:
                var paths = await db.LearningPaths.AsNoTracking().Where(p => keys.Contains(p.Code)).Select(p => new { p.Code, p.NameEs, p.NameEn }).ToListAsync(ct);
                foreach (var p in paths)
                {
                    labels[p.Code] = (p.NameEs, p.NameEn);
                }

                break;
            default:
                foreach (var key in keys)
                {
                    labels[key] = (Entidades.NameOf(key, english: false), Entidades.NameOf(key, english: true));
                }

                break;
        }

        return labels;
    }
}
