namespace Semillero.Calendar;

// Months and days are the program's: Mexico City's calendar, not UTC's (a registration at 8 p.m.
// on 31 January counts in January).
public static class ProgramCalendar
{
    private static readonly TimeZoneInfo? Zone =
        TimeZoneInfo.TryFindSystemTimeZoneById("America/Mexico_City", out var zone) ? zone : null;

    public static DateTime Local(DateTime utc) =>
        Zone is null ? utc : TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(Local(clock.GetUtcNow().UtcDateTime));
}
