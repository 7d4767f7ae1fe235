using Semillero.Diagnostics;

namespace Semillero.Tests.Diagnostics;

// The program's figures publish one national row and three breakdowns of the same companies. No
// line of published cells (a group's levels with its total; a level's groups with the national
// cell) may have exactly one withheld cell: it would equal the line's sum minus the rest.
public sealed class FiguresSuppressionTests
{
    private static List<(string Key, long[] Levels, long Advanced)> By(IEnumerable<(string Key, int Level, bool Advanced)> companies) =>
        [.. companies.GroupBy(c => c.Key, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var levels = new long[5];
            foreach (var c in g)
            {
                levels[c.Level]++;
            }

            return (g.Key, levels, (long)g.Count(c => c.Advanced));
        })];

    private static void AssertNoLoneHiddenCell(LevelRow national, List<LevelRow> table, string name)
    {
        foreach (var row in table)
        {
            var line = row.Levels.Append(row.Total).Count(c => c.Shown is null);
            Assert.True(line != 1, $"{name} {row.Key}: one hidden cell in its row");
        }

        for (var level = 0; level < 5; level++)
        {
            var column = table.Select(r => r.Levels[level]).Append(national.Levels[level]).Count(c => c.Shown is null);
            Assert.True(column != 1, $"{name} level {level}: one hidden cell in its column");
        }

        var totals = table.Select(r => r.Total).Append(national.Total).Count(c => c.Shown is null);
        Assert.True(totals != 1, $"{name}: one hidden total");
        var advanced = table.Select(r => r.Advanced).Append(national.Advanced).Count(c => c.Shown is null);
        Assert.True(advanced != 1, $"{name}: one hidden advanced count");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Publish_RandomCompanies_NoTableOrNationalRowLeavesALoneHiddenCell(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 60; round++)
        {
            var companies = Enumerable.Range(0, random.Next(0, 120)).Select(_ =>
            {
                var level = random.Next(5);
                return (State: $"{random.Next(1, 9):00}", Band: $"b{random.Next(3)}", Sector: $"s{random.Next(6)}", Level: level, Advanced: level >= 3 && random.Next(2) == 0);
            }).ToList();

            var (national, states, bands, sectors) = ReadDiagnosticFigures.Publish(
                By(companies.Select(c => (c.State, c.Level, c.Advanced))),
                By(companies.Select(c => (c.Band, c.Level, c.Advanced))),
                By(companies.Select(c => (c.Sector, c.Level, c.Advanced))));

            var own = national.Levels.Append(national.Total).Count(c => c.Shown is null);
            Assert.True(own != 1, "the national row has one hidden cell");
            AssertNoLoneHiddenCell(national, states, "states");
            AssertNoLoneHiddenCell(national, bands, "bands");
            AssertNoLoneHiddenCell(national, sectors, "sectors");
            Assert.All(states.SelectMany(r => r.Levels.Append(r.Total)).Concat(national.Levels), c => Assert.False(c.Value is > 0 and < 5 && c.Shown is not null));
        }
    }
}
