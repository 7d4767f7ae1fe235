namespace Semillero.FollowUp;

// Small-cell suppression for published aggregates (PRODUCT.md, open data): a count of 1 to 4 people
// is not published (1 to 9 for sensitive breakdowns such as income), and neither is any cell that,
// with the published totals, would give one back. Zeros are published: they describe no one.
//
// Complementary suppression: in a line of cells that adds up to a published total, a single hidden
// cell equals the total minus the others. So every line with a hidden cell gets a second one, the
// smallest non-zero published cell (least information lost). In a table whose rows and columns both
// add up to published totals, rows and columns are revisited until every line is covered.
public static class SmallCells
{
    public const int Threshold = 5;

    public const int SensitiveThreshold = 10;

    public static bool IsSmall(long count, int threshold) => count > 0 && count < threshold;

    // One line of cells summing to a published total. `hidden` marks cells already withheld for
    // another reason (their row total was suppressed); it is not modified.
    public static bool[] Line(IReadOnlyList<long> cells, int threshold, IReadOnlyList<bool>? hidden = null)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var suppressed = new bool[cells.Count];
        for (var i = 0; i < cells.Count; i++)
        {
            suppressed[i] = IsSmall(cells[i], threshold) || (hidden is not null && hidden[i]);
        }

        Complete(cells, suppressed);
        return suppressed;
    }

    // A table (rows × columns) whose rows and columns add up to published totals. `hiddenRows` marks
    // whole rows already withheld (their total was suppressed).
    public static bool[,] Table(long[,] cells, int threshold, IReadOnlyList<bool>? hiddenRows = null)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var rows = cells.GetLength(0);
        var columns = cells.GetLength(1);
        var suppressed = new bool[rows, columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                suppressed[r, c] = IsSmall(cells[r, c], threshold) || (hiddenRows is not null && hiddenRows[r]);
            }
        }

        bool changed;
        do
        {
            changed = false;
            for (var r = 0; r < rows; r++)
            {
                changed |= CompleteLine(cells, suppressed, columns, c => (r, c));
            }

            for (var c = 0; c < columns; c++)
            {
                changed |= CompleteLine(cells, suppressed, rows, r => (r, c));
            }
        }
        while (changed);

        return suppressed;
    }

    private static bool CompleteLine(long[,] cells, bool[,] suppressed, int length, Func<int, (int R, int C)> at)
    {
        var values = new long[length];
        var flags = new bool[length];
        for (var i = 0; i < length; i++)
        {
            var (r, c) = at(i);
            values[i] = cells[r, c];
            flags[i] = suppressed[r, c];
        }

        if (!Complete(values, flags))
        {
            return false;
        }

        for (var i = 0; i < length; i++)
        {
            var (r, c) = at(i);
            suppressed[r, c] = flags[i];
        }

        return true;
    }

    // Adds the complementary cell when exactly one is hidden; true when it added one. With no
    // non-zero cell left to hide, the line's total itself must not be published (the caller's
    // totals are checked on their own, and such a total is the small cell's value, so it is small).
    private static bool Complete(IReadOnlyList<long> cells, bool[] suppressed)
    {
        if (suppressed.Count(s => s) != 1)
        {
            return false;
        }

        var candidate = -1;
        for (var i = 0; i < cells.Count; i++)
        {
            if (!suppressed[i] && cells[i] > 0 && (candidate < 0 || cells[i] < cells[candidate]))
            {
                candidate = i;
            }
        }

        if (candidate < 0)
        {
            return false;
        }

        suppressed[candidate] = true;
        return true;
    }
}
