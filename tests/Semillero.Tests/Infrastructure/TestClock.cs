using Microsoft.Extensions.Time.Testing;

namespace Semillero.Tests.Infrastructure;

public static class TestClock
{
    // The day the CURP vectors were written against; tests that depend on "today" use it.
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 18, 0, 0, TimeSpan.Zero);

    public static FakeTimeProvider Create() => new(Now);
}
