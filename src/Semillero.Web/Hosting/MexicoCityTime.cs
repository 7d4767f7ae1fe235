using System.Globalization;

namespace Semillero.Web.Hosting;

// Times are stored in UTC; people read them in Mexico City time. Where the server has no time-zone
// data the pages show UTC and say so (Available is false).
public static class MexicoCityTime
{
    private static readonly TimeZoneInfo? Zone =
        TimeZoneInfo.TryFindSystemTimeZoneById("America/Mexico_City", out var zone) ? zone : null;

    public static bool Available => Zone is not null;

    public static DateTimeOffset Local(DateTimeOffset instant) => Zone is null ? instant : TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateTimeOffset Local(DateTime utc) => Local(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    // For <time datetime>: the instant with its offset, so machines read it exactly.
    public static string Iso(DateTime utc) => Local(utc).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(Local(clock.GetUtcNow()).DateTime);

    // The UTC instant a local calendar day starts.
    public static DateTime StartOfDayUtc(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        if (Zone is null)
        {
            return DateTime.SpecifyKind(local, DateTimeKind.Utc);
        }

        // A day that starts inside a daylight-saving gap starts at the end of the gap.
        while (Zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, Zone);
    }
}
