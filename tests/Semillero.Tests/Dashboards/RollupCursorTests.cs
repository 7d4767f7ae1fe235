using Semillero.Dashboards;

namespace Semillero.Tests.Dashboards;

// The catalog sweep's bookkeeping: when everyone must be recomputed, in what chunks, and when the
// new catalog counts as done (only once the last person is taken, so a failed or restarted process
// sweeps again from the fingerprint last saved).
public sealed class RollupCursorTests
{
    [Fact]
    public void TheFirstCatalogSeen_IsTakenAsDone_AndOnlyAChangeStartsASweep()
    {
        var cursor = new RollupCursor();
        Assert.False(cursor.NeedsSweep(11));
        Assert.Equal(11, cursor.CatalogDone);
        Assert.False(cursor.NeedsSweep(11));
        Assert.True(cursor.NeedsSweep(12));
    }

    [Fact]
    public void ASweep_HandsOutEveryoneOnceInChunks_AndCompletesWithTheLastChunk()
    {
        var cursor = new RollupCursor();
        cursor.NeedsSweep(1);
        var everyone = Enumerable.Range(0, (2 * RollupCursor.SweepChunk) + 7).Select(_ => Guid.NewGuid()).ToList();
        cursor.StartSweep(2, everyone);

        var taken = new List<Guid>();
        var chunks = new List<int>();
        while (cursor.Sweeping)
        {
            Assert.Equal(1, cursor.CatalogDone);
            Assert.False(cursor.NeedsSweep(2));
            var chunk = cursor.TakeSweep();
            chunks.Add(chunk.Count);
            taken.AddRange(chunk);
        }

        Assert.Equal([RollupCursor.SweepChunk, RollupCursor.SweepChunk, 7], chunks);
        Assert.Equal(everyone, taken);
        Assert.Equal(2, cursor.CatalogDone);
        Assert.Empty(cursor.TakeSweep());
        Assert.False(cursor.NeedsSweep(2));
    }

    [Fact]
    public void ACatalogChangedDuringASweep_StartsItAgain_AndAResetForgetsIt()
    {
        var cursor = new RollupCursor();
        cursor.NeedsSweep(1);
        cursor.StartSweep(2, Enumerable.Range(0, RollupCursor.SweepChunk + 1).Select(_ => Guid.NewGuid()));
        cursor.TakeSweep();
        Assert.True(cursor.NeedsSweep(3));
        cursor.StartSweep(3, [Guid.NewGuid()]);
        Assert.Equal(1, cursor.SweepRemaining);

        cursor.Reset();
        Assert.False(cursor.Sweeping);
        Assert.Null(cursor.CatalogDone);
    }
}
