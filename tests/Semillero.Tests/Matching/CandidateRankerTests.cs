using Semillero.Matching;
using Semillero.Vacancies;

namespace Semillero.Tests.Matching;

public sealed class CandidateRankerTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    private static VacancyQuery Vacancy(WorkModality modality = WorkModality.Presencial, string? state = "09", params SkillNeed[] skills) =>
        new(skills.Length > 0 ? skills : [new("nube-computo", 2, true), new("nube-redes", 2, true), new("ia-conceptos", 1, false)], modality, state);

    private static CandidateRecord Person(string alias, string state = "09", Availability availability = Availability.Abierta,
        bool presencial = true, bool hibrido = true, bool remoto = true, DateOnly? last = null, params CandidateSkill[] skills) =>
        new(Guid.NewGuid(), alias, state, availability, presencial, hibrido, remoto, last, skills);

    private static int? Score(VacancyQuery v, CandidateRecord c) => CandidateRanker.Score(v, c.Context(Today), c.Holding);

    [Theory]
    // required, level asked, verified, declared → points
    [InlineData(true, 2, 2, 0, 30)]
    [InlineData(true, 2, 3, 0, 30)]
    [InlineData(true, 2, 1, 0, 15)]
    [InlineData(true, 2, 0, 2, 12)]
    [InlineData(true, 2, 0, 1, 4)]
    [InlineData(true, 2, 1, 3, 15)]
    [InlineData(true, 2, 0, 0, 0)]
    [InlineData(false, 2, 2, 0, 10)]
    [InlineData(false, 2, 0, 2, 4)]
    [InlineData(false, 3, 1, 0, 5)]
    [InlineData(false, 3, 0, 1, 1)]
    public void SkillPoints_VerifiedOutweighDeclared_NiceToHaveAboutAThird(bool required, int level, int verified, int declared, int points) =>
        Assert.Equal(points, CandidateRanker.SkillPoints(required, level, verified, declared));

    [Fact]
    public void Score_VerifiedBeatsDeclaredAtTheSameLevel()
    {
        var verified = Person("C-AAAAAA", skills: [new("nube-computo", 2, 0), new("nube-redes", 2, 0)]);
        var declared = Person("C-BBBBBB", skills: [new("nube-computo", 0, 3), new("nube-redes", 0, 3)]);
        Assert.True(Score(Vacancy(), verified) > Score(Vacancy(), declared));
    }

    [Fact]
    public void Score_SameStateBeatsAnotherStateForOnSiteWork_RemoteIgnoresState()
    {
        var local = Person("C-ZZZZZZ", state: "09", skills: [new("nube-computo", 2, 0)]);
        var away = Person("C-AAAAAA", state: "14", skills: [new("nube-computo", 2, 0)]);
        Assert.Equal(Score(Vacancy(), away) + CandidateRanker.SameState - CandidateRanker.OtherStatePresencial, Score(Vacancy(), local));
        Assert.Equal(Score(Vacancy(WorkModality.Remoto, null), local), Score(Vacancy(WorkModality.Remoto, null), away));
    }

    [Theory]
    [InlineData(WorkModality.Presencial, false, true, true)]
    [InlineData(WorkModality.Hibrido, true, false, true)]
    [InlineData(WorkModality.Remoto, true, true, false)]
    public void Score_ModalityNotAccepted_IsNotACandidate(WorkModality modality, bool presencial, bool hibrido, bool remoto)
    {
        var person = Person("C-AAAAAA", presencial: presencial, hibrido: hibrido, remoto: remoto, skills: [new("nube-computo", 3, 3)]);
        Assert.Null(Score(Vacancy(modality, "09"), person));
    }

    [Fact]
    public void Score_NoRequiredSkillAtAll_IsNotACandidate_EvenWithTheNiceToHave()
    {
        var person = Person("C-AAAAAA", skills: [new("ia-conceptos", 3, 0)]);
        Assert.Null(Score(Vacancy(), person));
    }

    [Fact]
    public void Score_AvailabilityAndRecentActivityBreakTies()
    {
        CandidateSkill[] skills = [new("nube-computo", 2, 0)];
        var now = Person("C-AAAAAA", availability: Availability.Inmediata, skills: skills);
        var soon = Person("C-BBBBBB", availability: Availability.Proxima, skills: skills);
        var open = Person("C-CCCCCC", availability: Availability.Abierta, skills: skills);
        Assert.True(Score(Vacancy(), now) > Score(Vacancy(), soon));
        Assert.True(Score(Vacancy(), soon) > Score(Vacancy(), open));

        var lastWeek = Person("C-DDDDDD", last: Today.AddDays(-7), skills: skills);
        var lastSeason = Person("C-EEEEEE", last: Today.AddDays(-60), skills: skills);
        var lastYear = Person("C-FFFFFF", last: Today.AddDays(-400), skills: skills);
        Assert.True(Score(Vacancy(), lastWeek) > Score(Vacancy(), lastSeason));
        Assert.True(Score(Vacancy(), lastSeason) > Score(Vacancy(), lastYear));
        Assert.Equal(Score(Vacancy(), open), Score(Vacancy(), lastYear));
    }

    [Fact]
    public void Explain_ListsMatchedMissingAndThePathCoveringMostOfTheGap()
    {
        var person = Person("C-AAAAAA", skills: [new("nube-computo", 2, 0), new("nube-redes", 0, 2)]);
        var vacancy = Vacancy(skills: [new("nube-computo", 2, true), new("nube-redes", 2, true), new("nube-seguridad", 2, true), new("ia-conceptos", 1, false)]);
        PathOffer[] paths =
        [
            new(Guid.NewGuid(), "solo-seguridad", "Seguridad", "Security", 2, ["nube-seguridad"]),
            new(Guid.NewGuid(), "nube-basica", "Nube básica", "Basic cloud", 1, ["nube-redes", "nube-seguridad"]),
            new(Guid.NewGuid(), "nube-arquitectura", "Arquitectura", "Architecture", 2, ["nube-redes", "nube-seguridad", "nube-arquitectura"]),
        ];

        var e = CandidateRanker.Explain(vacancy, person.Context(Today), person.Holding, paths);

        Assert.Equal([("nube-computo", SkillMatch.Verified), ("nube-redes", SkillMatch.Declared)], e.Matched.Select(m => (m.SkillId, m.Match)));
        Assert.Equal([("nube-seguridad", SkillMatch.Missing), ("ia-conceptos", SkillMatch.Missing)], e.Missing.Select(m => (m.SkillId, m.Match)));
        // The gap is what is not proven at the level: redes (declared only) and seguridad. The
        // level-1 path would cover both skills but below the level asked.
        var closing = Assert.Single(e.ClosingPaths);
        Assert.Equal("nube-arquitectura", closing.Code);
        Assert.Equal(["nube-redes", "nube-seguridad"], closing.Skills);
    }

    [Fact]
    public void ClosingPaths_NoPathAtTheLevel_NoneProposed() =>
        Assert.Empty(CandidateRanker.ClosingPaths([new("nube-seguridad", 3, true)], [new(Guid.NewGuid(), "x", "X", "X", 2, ["nube-seguridad"])]));

    [Fact]
    public void Index_TopMatchesScoringEveryoneWithTheRanker_InOrderWithTiesByAlias()
    {
        var random = new Random(42);
        string[] skills = ["nube-computo", "nube-redes", "nube-seguridad", "ia-conceptos", "datos-analisis", "ia-generativa"];
        using var index = new CandidateIndex(TimeProvider.System);
        var people = Enumerable.Range(0, 3000).Select(i => Person(
            $"C-{i:D6}",
            state: random.Next(3) == 0 ? "09" : "14",
            availability: (Availability)(1 + random.Next(3)),
            presencial: random.Next(4) > 0, hibrido: random.Next(4) > 0, remoto: random.Next(4) > 0,
            last: random.Next(3) == 0 ? null : Today.AddDays(-random.Next(400)),
            skills: [.. skills.Where(_ => random.Next(3) == 0).Select(s => new CandidateSkill(s, random.Next(4), random.Next(4)))])).ToList();
        index.Replace(people, index.ChangeNumber);
        // Changes after the build: some leave, some change.
        foreach (var p in people.Take(200))
        {
            index.Set(p.LearnerId, random.Next(2) == 0 ? null : p with { Skills = [new("nube-computo", 3, 0)], Availability = Availability.Inmediata });
        }

        var current = people.Select(p => index.Find(p.LearnerId)).OfType<CandidateRecord>().ToList();
        foreach (var modality in new[] { WorkModality.Presencial, WorkModality.Hibrido, WorkModality.Remoto })
        {
            var vacancy = Vacancy(modality, modality == WorkModality.Remoto ? null : "09",
                new SkillNeed("nube-computo", 2, true), new SkillNeed("nube-redes", 3, true), new SkillNeed("ia-conceptos", 1, false));
            var expected = current
                .Select(c => (c.Alias, Score: Score(vacancy, c)))
                .Where(c => c.Score is not null)
                .OrderByDescending(c => c.Score).ThenBy(c => c.Alias, StringComparer.Ordinal)
                .Take(20)
                .ToList();
            var top = index.Top(vacancy, 20, Today);
            Assert.Equal(expected, top.Select(t => (t.Candidate.Alias, (int?)t.Score)));
        }
    }
}
