using System.Text.RegularExpressions;
using Semillero.Skills;

namespace Semillero.Tests.Skills;

public sealed partial class SkillCatalogTests
{
    [Fact]
    public void The_list_has_between_60_and_100_skills_in_every_area()
    {
        Assert.InRange(SkillCatalog.All.Count, 60, 100);
        foreach (var area in SkillCatalog.Areas)
        {
            Assert.True(SkillCatalog.All.Count(s => s.Area == area) >= 5, $"area {area} has fewer than 5 skills");
        }
    }

    [Fact]
    public void Ids_are_unique_lowercase_slugs_prefixed_by_their_area()
    {
        Assert.Equal(SkillCatalog.All.Count, SkillCatalog.All.Select(s => s.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(SkillCatalog.All, s =>
        {
            Assert.Matches(Slug(), s.Id);
            Assert.StartsWith(s.Area + "-", s.Id, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Every_skill_has_a_spanish_and_an_english_name()
    {
        Assert.All(SkillCatalog.All, s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.NameEs), s.Id);
            Assert.False(string.IsNullOrWhiteSpace(s.NameEn), s.Id);
        });

        // Accents survive the embedded file's encoding.
        Assert.Equal("Gestión de costos en la nube", SkillCatalog.Find("nube-costos")!.NameEs);
        Assert.Equal("Service models (IaaS, PaaS, SaaS)", SkillCatalog.Find("nube-modelos-servicio")!.NameEn);
    }

    [Fact]
    public void Find_answers_null_for_unknown_ids_and_tolerates_spaces()
    {
        Assert.Null(SkillCatalog.Find("no-existe"));
        Assert.Null(SkillCatalog.Find(null));
        Assert.Equal("ia-generativa", SkillCatalog.Find(" ia-generativa ")!.Id);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();
}
