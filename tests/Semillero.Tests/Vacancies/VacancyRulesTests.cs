using Semillero.Vacancies;

namespace Semillero.Tests.Vacancies;

public class VacancyRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    public static VacancyInput Valid(string modality = "hibrido", string? state = "14", DateOnly? closesOn = null, int? min = 20000, int? max = 30000, int? openings = 2,
        IReadOnlyList<VacancySkillInput>? skills = null) =>
        new("Analista de datos", "Analizar ventas y construir tableros para el equipo comercial.",
            skills ?? [new("datos-sql", 2, true), new("datos-tableros", 1, false)],
            modality, state, min, max, openings, closesOn ?? Today.AddDays(30));

    [Fact]
    public void Validate_ValidVacancy_KeepsSkillsLevelsAndKinds()
    {
        var (valid, errors) = VacancyRules.Validate(Valid(), Today);

        Assert.Empty(errors);
        Assert.Equal(WorkModality.Hibrido, valid!.Modality);
        Assert.Equal("14", valid.State!.Clave);
        Assert.Collection(valid.Skills,
            s => Assert.Equal(("datos-sql", SkillLevel.Intermedio, true), (s.Skill.Id, s.Level, s.Required)),
            s => Assert.Equal(("datos-tableros", SkillLevel.Basico, false), (s.Skill.Id, s.Level, s.Required)));
    }

    [Theory]
    [InlineData("presencial", null, false)]
    [InlineData("hibrido", null, false)]
    [InlineData("remoto", null, true)]
    [InlineData("Híbrido", "Jalisco", true)]
    [InlineData("remote", "09", true)]
    public void Validate_OnSiteAndHybridNeedAState_RemoteMayHaveNone(string modality, string? state, bool ok)
    {
        var (_, errors) = VacancyRules.Validate(Valid(modality, state), Today);
        Assert.Equal(ok, errors.Count == 0);
        if (!ok)
        {
            Assert.Equal(VacancyRules.Fields.State, Assert.Single(errors).Field);
        }
    }

    [Theory]
    [InlineData(0, true)]    // today, in Mexico City's calendar
    [InlineData(-1, false)]  // yesterday
    [InlineData(366, true)]
    [InlineData(367, false)]
    public void Validate_ClosingDate_TodayOrLaterWithinAYear(int days, bool ok)
    {
        var (_, errors) = VacancyRules.Validate(Valid(closesOn: Today.AddDays(days)), Today);
        Assert.Equal(ok, errors.Count == 0);
        if (!ok)
        {
            Assert.Equal(VacancyRules.Fields.ClosesOn, Assert.Single(errors).Field);
        }
    }

    [Theory]
    [InlineData(30000, 20000, false)]
    [InlineData(20000, 20000, true)]
    [InlineData(null, 20000, true)]
    [InlineData(-1, null, false)]
    public void Validate_SalaryBand_MinNotAboveMax(int? min, int? max, bool ok) =>
        Assert.Equal(ok, VacancyRules.Validate(Valid(min: min, max: max), Today).Errors.Count == 0);

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(1000, true)]
    [InlineData(1001, false)]
    public void Validate_Openings_From1To1000(int openings, bool ok) =>
        Assert.Equal(ok, VacancyRules.Validate(Valid(openings: openings), Today).Errors.Count == 0);

    [Fact]
    public void Validate_Skills_NeedOneRequired_KnownIds_Levels1To3_NoRepeats_AtMost20()
    {
        static string Codes(IReadOnlyList<VacancySkillInput> skills) =>
            string.Join(",", VacancyRules.Validate(Valid(skills: skills), Today).Errors.Select(e => e.Field + ":" + e.Reason.Code));

        Assert.Equal("skills:no_required_skill", Codes([new("datos-sql", 2, false)]));
        Assert.Equal("skills:unknown", Codes([new("datos-sql", 2, true), new("cocina-mexicana", 1, true)]));
        Assert.Equal("skills:range", Codes([new("datos-sql", 2, true), new("datos-python", 4, true)]));
        Assert.Equal("skills:duplicate", Codes([new("datos-sql", 2, true), new("datos-sql", 1, false)]));
        var many = Semillero.Skills.SkillCatalog.All.Take(VacancyRules.MaxSkills + 1).Select(s => new VacancySkillInput(s.Id, 1, true)).ToList();
        Assert.Equal("skills:too_many", Codes(many));
        Assert.Equal("", Codes(many.Take(VacancyRules.MaxSkills).ToList()));
    }

    [Fact]
    public void Fold_IgnoresAccentsAndCase() => Assert.Equal("ingenieria de analisis", VacancyRules.Fold(" Ingeniería de ANÁLISIS"));
}
