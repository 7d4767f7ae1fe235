using Semillero.Disclosure;

namespace Semillero.Tests.FollowUp;

public sealed class SmallCellsTests
{
    private static string Flags(IEnumerable<bool> flags) => string.Concat(flags.Select(f => f ? 'S' : '.'));

    [Theory]
    // Nothing small: everything published.
    [InlineData(new long[] { 10, 12, 20, 42 }, 5, "....")]
    // One small cell: the smallest non-zero other cell is hidden with it.
    [InlineData(new long[] { 10, 3, 8, 21 }, 5, ".SS.")]
    // Two small cells already cover each other.
    [InlineData(new long[] { 3, 4, 20, 27 }, 5, "SS..")]
    // Zeros are published and are not chosen while a non-zero cell is left.
    [InlineData(new long[] { 0, 7, 2, 9 }, 5, ".SS.")]
    // Only zeros left: a zero is hidden so the line still has two unknowns.
    [InlineData(new long[] { 3, 0 }, 5, "SS")]
    // Sensitive breakdowns: below 10.
    [InlineData(new long[] { 9, 30, 39 }, 10, "SS.")]
    [InlineData(new long[] { 9, 30, 39 }, 5, "...")]
    public void Line_HidesSmallCellsAndOneComplement(long[] cells, int threshold, string expected) =>
        Assert.Equal(expected, Flags(SmallCells.Line(cells, threshold)));

    [Fact]
    public void Line_CellAlreadyHidden_GetsAComplementToo() =>
        Assert.Equal("SS..", Flags(SmallCells.Line([12, 30, 40, 82], 5, [true, false, false, false])));

    [Fact]
    public void Columns_CompleteEachColumnWithItsTotal_ButNeverARow()
    {
        // Registered and placed by state, then the national totals.
        long[,] cells = { { 3, 40 }, { 20, 2 }, { 30, 9 }, { 53, 51 } };

        var hidden = SmallCells.Columns(cells, 5);

        // Each small cell gets its column's smallest other non-zero cell; row 0 keeps its 40 and
        // row 1 its 20, because a row adds no published figure.
        Assert.Equal("S.|SS|.S|..", Rows(hidden));
    }

    [Fact]
    public void Columns_ATotalAnotherTableHides_IsHiddenHereAndCompleted()
    {
        long[,] cells = { { 6, 30 }, { 8, 25 }, { 14, 55 } };

        var hidden = SmallCells.Columns(cells, 5, [true, false]);

        Assert.Equal("S.|..|S.", Rows(hidden));
    }

    [Fact]
    public void Table_EveryRowAndColumnWithAHiddenCellHasAtLeastTwo()
    {
        // Groups × (employed, not employed); the last row is the total.
        long[,] cells = { { 20, 3 }, { 15, 10 }, { 30, 12 }, { 65, 25 } };

        var hidden = SmallCells.Table(cells, 5);

        // Row 0's 3 is small; its row partner (20) and, in each column, the smallest other
        // non-zero cell (15, 10) are hidden, which in turn covers row 1.
        Assert.Equal("SS|SS|..|..", Rows(hidden));
        AssertCovered(hidden);
    }

    [Fact]
    public void Table_ChainThroughTheTotalRow_IsCovered()
    {
        // Employed people by income band (two bands + "prefer not to say"), two states, then the total.
        long[,] cells = { { 0, 12, 13 }, { 9, 16, 0 }, { 9, 28, 13 } };

        var hidden = SmallCells.Table(cells, 10);

        AssertCovered(hidden);
        Assert.True(hidden[1, 0]);
        Assert.True(hidden[2, 0]);
    }

    [Fact]
    public void Table_HiddenRows_AreHiddenWhole()
    {
        long[,] cells = { { 20, 30 }, { 15, 25 }, { 35, 55 } };

        var hidden = SmallCells.Table(cells, 5, [true, false, false]);

        Assert.Equal("SS|SS|..", Rows(hidden));
    }

    private static string Rows(bool[,] hidden) => string.Join('|', Enumerable.Range(0, hidden.GetLength(0))
        .Select(r => Flags(Enumerable.Range(0, hidden.GetLength(1)).Select(c => hidden[r, c]))));

    private static void AssertCovered(bool[,] hidden)
    {
        for (var r = 0; r < hidden.GetLength(0); r++)
        {
            Assert.NotEqual(1, Enumerable.Range(0, hidden.GetLength(1)).Count(c => hidden[r, c]));
        }

        for (var c = 0; c < hidden.GetLength(1); c++)
        {
            Assert.NotEqual(1, Enumerable.Range(0, hidden.GetLength(0)).Count(r => hidden[r, c]));
        }
    }
}
