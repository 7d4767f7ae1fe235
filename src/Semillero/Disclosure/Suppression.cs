namespace Semillero.Disclosure;

// Why a published cell shows no number (docs/texts.md, suppressed cells). Small: it counts 1 to
// Threshold − 1 people. Withheld: it is hidden so that a small cell cannot be worked out from the
// totals, or the page does not know which of the two it is; the word is true either way.
public enum Suppression
{
    None = 0,
    Small = 1,
    Withheld = 2,
}

public static class Suppressions
{
    public static Suppression Of(long value, bool hidden, int threshold = SmallCells.Threshold) =>
        !hidden ? Suppression.None : SmallCells.IsSmall(value, threshold) ? Suppression.Small : Suppression.Withheld;
}
