namespace Semillero.Disclosure;

// Small-cell suppression for published aggregates (docs/dashboards.md, suppression): a count of 1 to 4 people
// is not published (1 to 9 for sensitive breakdowns such as income), and neither is any cell that,
// with the published totals, would give one back. Zeros are published: they describe no one.
//
// Complementary suppression: a line is a set of cells that adds up to a published figure (a row
// and its row total, or a column including its total row). A single hidden cell in a line equals
// that figure minus the others, so every line with a hidden cell gets a second one: the smallest
// non-zero published cell (least information lost), or a zero when nothing else is left (hiding a
// zero loses nothing and still leaves two unknowns). Tables are revisited row by row and column by
// column until no line has exactly one hidden cell.
// REVIEW: this is the usual line-by-line heuristic, not a linear-programming audit; chains across
// several lines can in rare tables narrow a hidden cell to a range. Good enough for these small
// tables; an audit belongs with the open-data exports.
public static class SmallCells
{
    public const int Threshold = 5;

    public const int SensitiveThreshold = 10;

    public static bool IsSmall(long count, int threshold) => count > 0 && count < threshold;

    // One line of cells whose sum is known (include the total itself as a cell when it is published
    // with them). `hidden` marks cells already withheld for another reason.
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

    // A table whose rows add up to published row totals and whose columns add up to nothing more:
    // append the totals row as the last row so each column, with it, is a line. `hiddenRows` marks
    // whole rows already withheld (their row total was suppressed).
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

    // A table of different measures side by side (inscritas, egresadas, colocadas…), its last row the
    // published totals: each column with its total is a line, rows are not (no published row total
    // adds different measures, and completing rows would only cascade: three placements nationally
    // would end up hiding the national inscritas). `hiddenTotals` marks totals another table already
    // withholds; their columns are completed with them.
    public static bool[,] Columns(long[,] cells, int threshold, IReadOnlyList<bool>? hiddenTotals = null)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var rows = cells.GetLength(0);
        var columns = cells.GetLength(1);
        var suppressed = new bool[rows, columns];
        for (var c = 0; c < columns; c++)
        {
            var values = new long[rows];
            var hidden = new bool[rows];
            for (var r = 0; r < rows; r++)
            {
                values[r] = cells[r, c];
            }

            hidden[rows - 1] = hiddenTotals is not null && hiddenTotals[c];
            var line = Line(values, threshold, hidden);
            for (var r = 0; r < rows; r++)
            {
                suppressed[r, c] = line[r];
            }
        }

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

    // Adds the complementary cell when exactly one is hidden; true when it added one.
    private static bool Complete(IReadOnlyList<long> cells, bool[] suppressed)
    {
        if (suppressed.Count(s => s) != 1)
        {
            return false;
        }

        var candidate = -1;
        for (var i = 0; i < cells.Count; i++)
        {
            if (suppressed[i])
            {
                continue;
            }

            var better = candidate < 0
                || (cells[i] > 0 && (cells[candidate] == 0 || cells[i] < cells[candidate]));
            if (better)
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
