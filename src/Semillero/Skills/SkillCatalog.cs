using System.Collections.Frozen;
using Semillero.ReferenceData;

namespace Semillero.Skills;

// A digital, cloud, AI, data or innovation skill a learning path can grant. Its id is stable: it is
// written into issued badges and employers' vacancies, so an id is never renamed or reused.
public sealed record Skill(string Id, string Area, string NameEs, string NameEn)
{
    public string Name(bool english) => english ? NameEn : NameEs;
}

// The skills list Semillero ships (ReferenceData/habilidades.csv), read once.
public static class SkillCatalog
{
    // The list's areas, in the order pages show them.
    public static IReadOnlyList<string> Areas { get; } = ["nube", "ia", "datos", "innovacion", "digital"];

    public static IReadOnlyList<Skill> All { get; } = Load();

    private static readonly FrozenDictionary<string, Skill> ById = All.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);

    public static Skill? Find(string? id) => id is null ? null : ById.GetValueOrDefault(id.Trim());

    private static List<Skill> Load()
    {
        var skills = EmbeddedCsv.ReadRows("habilidades.csv")
            .Select(r => new Skill(r[0], r[1], r[2], r[3]))
            .ToList();

        // The file is ours; a typo in it must fail the first test run, not a badge.
        var unknownArea = skills.FirstOrDefault(s => !Areas.Contains(s.Area));
        if (unknownArea is not null)
        {
            throw new InvalidOperationException($"Skill {unknownArea.Id} has an unknown area {unknownArea.Area}.");
        }

        return skills;
    }
}
