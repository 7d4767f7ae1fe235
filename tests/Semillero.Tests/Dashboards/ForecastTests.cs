using Semillero.Dashboards;

namespace Semillero.Tests.Dashboards;

public sealed class ForecastTests
{
    private static readonly DateOnly Today = new(2025, 3, 15);

    // Monthly counts for consecutive months ending with the month before Today's.
    private static List<MonthlyCount> Months(params long[] people)
    {
        var first = new DateOnly(2025, 3, 1).AddMonths(-people.Length);
        return [.. people.Select((p, i) => new MonthlyCount(first.AddMonths(i), p))];
    }

    private static ForecastResult Run(IReadOnlyList<MonthlyCount> series, long achieved, long target, DateOnly? dueOn = null) =>
        Forecast.Run(new ForecastInput(series, achieved, target, dueOn ?? new DateOnly(2025, 12, 31), Today));

    [Fact]
    public void Constant_pace_gives_a_point_interval_at_the_expected_date()
    {
        var r = Run(Months(10, 10, 10, 10, 10, 10), achieved: 75, target: 100);

        Assert.Equal(25, r.Remaining);
        Assert.False(r.Reached);
        Assert.Equal(10, r.PacePerMonth, 9);
        Assert.Equal(6, r.MonthsUsed);
        Assert.NotNull(r.ExpectedOn);
        Assert.Equal(r.ExpectedOn, r.EarliestOn);
        Assert.Equal(r.ExpectedOn, r.LatestOn);
    }

    [Fact]
    public void Expected_date_is_today_plus_remaining_over_pace_in_average_months_rounded_up()
    {
        // 25 left at 10 a month = 2.5 months = 76.09375 days → day 77 after 2025-03-15.
        var r = Run(Months(10, 10, 10, 10, 10, 10), achieved: 75, target: 100);
        Assert.Equal(new DateOnly(2025, 5, 31), r.ExpectedOn);

        // 20 left at 10 a month = 2 months = 60.875 days → day 61.
        var whole = Run(Months(10, 10, 10, 10, 10, 10), achieved: 80, target: 100);
        Assert.Equal(Today.AddDays(61), whole.ExpectedOn);
    }

    [Fact]
    public void Needed_pace_is_remaining_over_fractional_months_to_the_due_date()
    {
        // 2025-03-15 → 2025-06-15 is 92 days = 3.0226 average months.
        var r = Run(Months(10, 10, 10, 10, 10, 10), achieved: 70, target: 100, dueOn: new DateOnly(2025, 6, 15));

        Assert.Equal(30 / (92 / 30.4375), r.NeededPacePerMonth!.Value, 9);
        // 3 months at 10 a month lands on day 92 (91.3125 rounded up): exactly on the due date.
        Assert.Equal(new DateOnly(2025, 6, 15), r.ExpectedOn);
        Assert.True(r.OnTrack);
    }

    [Fact]
    public void Expected_after_the_due_date_is_not_on_track()
    {
        var r = Run(Months(10, 10, 10, 10, 10, 10), achieved: 0, target: 100, dueOn: new DateOnly(2025, 6, 30));

        Assert.Equal(Today.AddDays(305), r.ExpectedOn); // 10 months = 304.375 days
        Assert.False(r.OnTrack);
        Assert.True(r.NeededPacePerMonth > r.PacePerMonth);
    }

    [Theory]
    [InlineData(100, 100)]
    [InlineData(130, 100)]
    public void Reached_target_has_nothing_remaining_and_is_on_track(long achieved, long target)
    {
        // Even with no pace at all and the due date long gone.
        var r = Run(Months(0, 0, 0), achieved, target, dueOn: new DateOnly(2024, 1, 1));

        Assert.Equal(0, r.Remaining);
        Assert.True(r.Reached);
        Assert.True(r.OnTrack);
        Assert.Null(r.ExpectedOn);
        Assert.Null(r.EarliestOn);
        Assert.Null(r.LatestOn);
        Assert.Equal(0, r.NeededPacePerMonth);
    }

    [Fact]
    public void Zero_pace_has_no_date_and_is_not_on_track()
    {
        var r = Run(Months(0, 0, 0, 0, 0, 0), achieved: 10, target: 100);

        Assert.Equal(0, r.PacePerMonth);
        Assert.Null(r.ExpectedOn);
        Assert.Null(r.EarliestOn);
        Assert.Null(r.LatestOn);
        Assert.False(r.OnTrack);
        Assert.NotNull(r.NeededPacePerMonth);
    }

    [Fact]
    public void Empty_series_has_zero_pace_and_no_months()
    {
        var r = Run([], achieved: 10, target: 100);

        Assert.Equal(0, r.MonthsUsed);
        Assert.Equal(0, r.PacePerMonth);
        Assert.Null(r.ExpectedOn);
        Assert.False(r.OnTrack);
    }

    [Fact]
    public void Short_series_averages_only_its_months()
    {
        var r = Run(Months(20, 40), achieved: 0, target: 300);

        Assert.Equal(2, r.MonthsUsed);
        Assert.Equal(30, r.PacePerMonth, 9);
        Assert.Equal(Today.AddDays(305), r.ExpectedOn); // 10 months
    }

    [Fact]
    public void A_single_month_gives_a_date_but_no_interval()
    {
        var r = Run(Months(30), achieved: 0, target: 300);

        Assert.Equal(1, r.MonthsUsed);
        Assert.Equal(30, r.PacePerMonth, 9);
        Assert.NotNull(r.ExpectedOn);
        Assert.Null(r.EarliestOn);
        Assert.Null(r.LatestOn);
    }

    [Fact]
    public void Only_the_last_six_complete_months_count()
    {
        // Two old months of 1000 fall outside the window.
        var r = Run(Months(1000, 1000, 10, 10, 10, 10, 10, 10), achieved: 0, target: 100);

        Assert.Equal(Forecast.Window, r.MonthsUsed);
        Assert.Equal(10, r.PacePerMonth, 9);
    }

    [Fact]
    public void Months_missing_inside_the_window_count_as_zero()
    {
        // Sep 2024 and Feb 2025 reported; Oct–Jan missing = nobody counted.
        var series = new List<MonthlyCount>
        {
            new(new DateOnly(2025, 2, 1), 30),
            new(new DateOnly(2024, 9, 1), 30),
        };

        var r = Run(series, achieved: 0, target: 100);

        Assert.Equal(6, r.MonthsUsed);
        Assert.Equal(10, r.PacePerMonth, 9);
    }

    [Fact]
    public void Unsorted_series_gives_the_same_result_as_sorted()
    {
        var sorted = Months(5, 12, 8, 20, 3, 9);
        var shuffled = new List<MonthlyCount> { sorted[3], sorted[0], sorted[5], sorted[1], sorted[4], sorted[2] };

        Assert.Equal(Run(sorted, 0, 200), Run(shuffled, 0, 200));
    }

    [Fact]
    public void The_current_incomplete_month_is_excluded()
    {
        var series = Months(10, 10, 10, 10, 10, 10);
        series.Add(new MonthlyCount(new DateOnly(2025, 3, 1), 500)); // Today's month, half over
        series.Add(new MonthlyCount(new DateOnly(2025, 4, 1), 500)); // a future month must not count either

        var r = Run(series, achieved: 0, target: 100);

        Assert.Equal(6, r.MonthsUsed);
        Assert.Equal(10, r.PacePerMonth, 9);
    }

    [Fact]
    public void Series_with_only_the_current_month_has_no_pace()
    {
        var r = Run([new MonthlyCount(new DateOnly(2025, 3, 1), 50)], achieved: 0, target: 100);

        Assert.Equal(0, r.MonthsUsed);
        Assert.Equal(0, r.PacePerMonth);
        Assert.Null(r.ExpectedOn);
    }

    [Fact]
    public void Noisy_series_interval_contains_the_expected_date_and_widens_with_noise()
    {
        // Same mean (20 a month), more spread in the second.
        var calm = Run(Months(18, 22, 19, 21, 20, 20), achieved: 0, target: 200);
        var noisy = Run(Months(10, 30, 12, 28, 15, 25), achieved: 0, target: 200);

        Assert.Equal(calm.ExpectedOn, noisy.ExpectedOn);
        foreach (var r in new[] { calm, noisy })
        {
            Assert.True(r.EarliestOn < r.ExpectedOn);
            Assert.True(r.ExpectedOn < r.LatestOn);
        }

        Assert.True(noisy.EarliestOn < calm.EarliestOn);
        Assert.True(noisy.LatestOn > calm.LatestOn);
    }

    [Fact]
    public void Interval_uses_the_student_t_quantile_on_the_standard_error()
    {
        // Mean 20, sample variance 64/5 = 12.8 over 6 months (df 5): upper pace = 20 + 1.476·√(12.8/6).
        var r = Run(Months(16, 24, 16, 24, 20, 20), achieved: 0, target: 200);

        var upper = 20 + (1.476 * Math.Sqrt(12.8 / 6));
        var days = (int)Math.Ceiling(200 / upper * Forecast.DaysPerMonth);
        Assert.Equal(Today.AddDays(days), r.EarliestOn);
    }

    [Fact]
    public void Lower_pace_bound_at_or_below_zero_has_no_latest_date()
    {
        // Mean 10 but mostly zeros: the lower bound of the pace is negative.
        var r = Run(Months(0, 0, 0, 0, 0, 60), achieved: 0, target: 100);

        Assert.Equal(10, r.PacePerMonth, 9);
        Assert.NotNull(r.ExpectedOn);
        Assert.NotNull(r.EarliestOn);
        Assert.Null(r.LatestOn);
    }

    [Fact]
    public void Due_date_passed_has_no_needed_pace_and_is_not_on_track()
    {
        var r = Run(Months(10, 10, 10), achieved: 50, target: 100, dueOn: new DateOnly(2025, 1, 31));

        Assert.Null(r.NeededPacePerMonth);
        Assert.NotNull(r.ExpectedOn);
        Assert.False(r.OnTrack);
    }

    [Fact]
    public void Due_date_today_counts_as_passed()
    {
        var r = Run(Months(10, 10, 10), achieved: 50, target: 100, dueOn: Today);

        Assert.Null(r.NeededPacePerMonth);
    }

    [Fact]
    public void Dates_beyond_2100_are_not_given()
    {
        // 1 person a month for a million people.
        var r = Run(Months(1, 1, 1, 1, 1, 1), achieved: 0, target: 1_000_000);

        Assert.Equal(1, r.PacePerMonth, 9);
        Assert.Null(r.ExpectedOn);
        Assert.False(r.OnTrack);

        // 900 months from 2025 is 2100; 1000 months is past the horizon.
        Assert.NotNull(Run(Months(1, 1, 1, 1, 1, 1), 0, 900).ExpectedOn);
        Assert.Null(Run(Months(1, 1, 1, 1, 1, 1), 0, 1000).ExpectedOn);
    }
}
