using Semillero.Dashboards;

namespace Semillero.Tests.Dashboards;

// The cube names paths and providers (organisations, cohorts, kinds) by 16-bit ids: the key past
// the last id is refused, never wrapped into another key's counts.
public sealed class KpiCubeKeysTests
{
    [Fact]
    public void TheKeyPastTheLastId_IsRefused_AndEveryEarlierKeyKeepsItsOwnId()
    {
        var ids = new Dictionary<string, short>(StringComparer.Ordinal) { [""] = 0 };
        var names = new List<string> { "" };
        for (var i = 1; i <= short.MaxValue; i++)
        {
            Assert.Equal(i, KpiCube.Intern(ids, names, "c" + i));
        }

        var refused = Assert.Throws<InvalidOperationException>(() => KpiCube.Intern(ids, names, "c-one-more"));

        Assert.Contains("32,768", refused.Message, StringComparison.Ordinal);
        Assert.Equal(short.MaxValue, KpiCube.Intern(ids, names, "c" + short.MaxValue));
        Assert.Equal(1, KpiCube.Intern(ids, names, "c1"));
    }
}
