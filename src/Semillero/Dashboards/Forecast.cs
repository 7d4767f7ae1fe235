namespace Semillero.Dashboards;

/// <summary>People newly counted toward a target in one month. <see cref="Month"/> is the first day of that month.</summary>
public sealed record MonthlyCount(DateOnly Month, long People);

public sealed record ForecastInput(IReadOnlyList<MonthlyCount> Series, long Achieved, long Target, DateOnly DueOn, DateOnly Today);

/// <summary>
/// When a target is reached at the current pace. <see cref="EarliestOn"/>/<see cref="LatestOn"/> bound
/// <see cref="ExpectedOn"/> with an 80% interval on the pace; a null date means "no date at this pace".
/// </summary>
public sealed record ForecastResult(
    long Remaining,
    bool Reached,
    double PacePerMonth,
    double? NeededPacePerMonth,
    DateOnly? ExpectedOn,
    DateOnly? EarliestOn,
    DateOnly? LatestOn,
    bool OnTrack,
    int MonthsUsed);

public static class Forecast
{
    /// <summary>How many complete months the pace is averaged over.</summary>
    public const int Window = 6;

    // Average Gregorian month. Months are the unit people think in ("3 more months"), but dates need
    // days, and calendar months differ in length; a fixed average keeps the arithmetic reproducible.
    public const double DaysPerMonth = 30.4375;

    // Beyond this a date is noise, not a forecast, and DateOnly arithmetic must stay in range.
    private static readonly DateOnly Horizon = new(2100, 12, 31);

    // Student t quantiles t(0.90; df) for df = 1..30: the two-sided 80% interval on a mean. With the
    // handful of months in the window the normal quantile (1.2816) would overstate our certainty.
    private static readonly double[] T90 =
    [
        3.078, 1.886, 1.638, 1.533, 1.476, 1.440, 1.415, 1.397, 1.383, 1.372,
        1.363, 1.356, 1.350, 1.345, 1.341, 1.337, 1.333, 1.330, 1.328, 1.325,
        1.323, 1.321, 1.319, 1.318, 1.316, 1.315, 1.314, 1.313, 1.311, 1.310,
    ];

    private const double NormalQuantile90 = 1.2816;

    public static ForecastResult Run(ForecastInput input)
    {
        ArgumentNullException.ThrowIfNull(input);

        var months = WindowMonths(input.Series, input.Today);
        var n = months.Length;
        var pace = n == 0 ? 0 : months.Average();

        var remaining = Math.Max(0, input.Target - input.Achieved);
        if (remaining == 0)
        {
            // Nothing left to forecast: the target is met whatever the pace or the due date.
            return new ForecastResult(0, true, pace, 0, null, null, null, OnTrack: true, n);
        }

        var daysLeft = input.DueOn.DayNumber - input.Today.DayNumber;
        // Once the due date has passed no pace can make it in time, so "needed" has no honest value.
        double? needed = daysLeft > 0 ? remaining / (daysLeft / DaysPerMonth) : null;

        var expected = DateAtPace(input.Today, remaining, pace);

        DateOnly? earliest = null, latest = null;
        if (n >= 2)
        {
            var sd = Math.Sqrt(months.Sum(m => (m - pace) * (m - pace)) / (n - 1));
            var halfWidth = TQuantile90(n - 1) * sd / Math.Sqrt(n);
            // A faster pace reaches the target sooner, so the upper pace bound gives the earliest date.
            earliest = DateAtPace(input.Today, remaining, pace + halfWidth);
            // When the lower bound is zero or negative the pace may plausibly stall: no latest date exists.
            latest = DateAtPace(input.Today, remaining, pace - halfWidth);
        }

        var onTrack = expected is { } e && e <= input.DueOn;
        return new ForecastResult(remaining, false, pace, needed, expected, earliest, latest, onTrack, n);
    }

    // The counts of the last Window complete months, oldest first. The current month is still filling
    // up, so including it would drag the pace down early in every month. A series that starts inside
    // the window uses only the months since it started (a new program has no history to average), and
    // a month missing from the series between its start and today is a month with nobody counted.
    private static double[] WindowMonths(IReadOnlyList<MonthlyCount> series, DateOnly today)
    {
        var currentMonth = new DateOnly(today.Year, today.Month, 1);
        var windowStart = currentMonth.AddMonths(-Window);

        var byMonth = new Dictionary<DateOnly, long>();
        DateOnly? first = null;
        foreach (var entry in series)
        {
            // Callers should pass first-of-month dates, but a mid-month date still belongs to its month.
            var month = new DateOnly(entry.Month.Year, entry.Month.Month, 1);
            if (month >= currentMonth)
            {
                continue;
            }

            byMonth[month] = byMonth.GetValueOrDefault(month) + entry.People;
            if (first is null || month < first)
            {
                first = month;
            }
        }

        if (first is null)
        {
            return [];
        }

        var start = first.Value > windowStart ? first.Value : windowStart;
        var result = new List<double>(Window);
        for (var m = start; m < currentMonth; m = m.AddMonths(1))
        {
            result.Add(byMonth.GetValueOrDefault(m));
        }

        return [.. result];
    }

    private static double TQuantile90(int degreesOfFreedom) =>
        degreesOfFreedom <= T90.Length ? T90[degreesOfFreedom - 1] : NormalQuantile90;

    private static DateOnly? DateAtPace(DateOnly today, long remaining, double pacePerMonth)
    {
        if (pacePerMonth <= 0)
        {
            return null;
        }

        // Rounded up: the target is reached during the last partial day, so an earlier date would
        // promise more than the pace supports. The small tolerance keeps exact whole days (e.g. 61.0
        // computed as 61.0000000001) from slipping to the next day.
        var days = Math.Ceiling(remaining / pacePerMonth * DaysPerMonth - 1e-9);
        if (double.IsNaN(days) || days > Horizon.DayNumber - today.DayNumber)
        {
            return null;
        }

        return today.AddDays((int)days);
    }
}
