using System.Text.RegularExpressions;
using Semillero.Demo;
using Semillero.Geography;
using Semillero.Identity;

namespace Semillero.Tests.Demo;

public class DemoLearnersTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void Generate_ThousandRows_EveryCurpValidAndConsistent()
    {
        var learners = DemoLearners.Generate(1_000, seed: 7, Today).ToList();

        Assert.Equal(1_000, learners.Count);
        foreach (var learner in learners)
        {
            Assert.True(Curp.TryParse(learner.Curp, Today, out var curp, out var rejection), $"{learner.Curp}: {rejection?.En}");
            Assert.Equal(NameLetters.ForCurp(learner.Nombre, learner.PrimerApellido, learner.SegundoApellido), curp.Value[..4]);
            Assert.Equal(NameLetters.InternalConsonants(learner.Nombre, learner.PrimerApellido, learner.SegundoApellido), curp.Value[13..16]);

            Assert.Equal(learner.FechaNacimiento, curp.BirthDate);
            Assert.Equal(learner.Sexo, curp.Sex);
            switch (curp.Sex)
            {
                case Sex.M: Assert.Contains(learner.Nombre, DemoNames.Female); break;
                case Sex.H: Assert.Contains(learner.Nombre, DemoNames.Male); break;
                default: Assert.Contains(learner.Nombre, DemoNames.Female.Concat(DemoNames.Male)); break;
            }

            var age = AgeOn(curp.BirthDate, Today);
            Assert.InRange(age, DemoLearners.MinAge, DemoLearners.MaxAge);
            Assert.NotNull(Entidades.ByCode(learner.EntidadClave));
            Assert.Contains(learner.Segmento, DemoLearners.Segmentos);
        }
    }

    [Fact]
    public void Generate_ThousandRows_CoversBothSexesCenturiesAndBornAbroad()
    {
        var first = DemoLearners.Generate(1_000, seed: 11, Today).ToList();
        var parsed = first.Select(l => Curp.Parse(l.Curp, Today)).ToList();

        Assert.Contains(parsed, c => c.Sex == Sex.H);
        Assert.Contains(parsed, c => c.Sex == Sex.M);
        Assert.Contains(parsed, c => c.BirthDate.Year >= 2000 && char.IsAsciiLetter(c.Value[16]));
        Assert.Contains(parsed, c => c.BirthDate.Year < 2000 && char.IsAsciiDigit(c.Value[16]));
        Assert.Contains(parsed, c => c.BirthStateCode == Curp.BornAbroadStateCode);
    }

    [Fact]
    public void Generate_TwentyThousandRows_CurpsAndEmailsUnique()
    {
        var learners = DemoLearners.Generate(20_000, seed: 3, Today).ToList();

        Assert.Equal(learners.Count, learners.Select(l => l.Curp).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(learners.Count, learners.Select(l => l.Correo).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Generate_TwentyThousandRows_StatesProportionalToPopulation()
    {
        var learners = DemoLearners.Generate(20_000, seed: 2020, Today).ToList();
        var total = (double)Entidades.All.Sum(e => e.Poblacion2020);
        var shares = learners.GroupBy(l => l.EntidadClave, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count() / (double)learners.Count, StringComparer.Ordinal);

        Assert.Equal(32, shares.Count);
        Assert.Equal("15", shares.MaxBy(kv => kv.Value).Key);
        foreach (var entidad in Entidades.All)
        {
            // Binomial standard error at n=20,000 is below 0.25 points even for the largest state.
            Assert.InRange(shares[entidad.Clave], (entidad.Poblacion2020 / total) - 0.012, (entidad.Poblacion2020 / total) + 0.012);
        }
    }

    [Fact]
    public void Generate_TwentyThousandRows_PlausibleMix()
    {
        var learners = DemoLearners.Generate(20_000, seed: 5, Today).ToList();
        var curps = learners.Select(l => Curp.Parse(l.Curp, Today)).ToList();
        double Share(Func<int, bool> predicate) => Enumerable.Range(0, learners.Count).Count(predicate) / (double)learners.Count;

        Assert.InRange(Share(i => curps[i].Sex == Sex.X), 0.005, 0.02);
        Assert.InRange(Share(i => learners[i].SegundoApellido is null), 0.015, 0.05);
        Assert.InRange(Share(i => curps[i].BirthStateCode == Curp.BornAbroadStateCode), 0.01, 0.03);
        Assert.InRange(Share(i => Entidades.ByCode(learners[i].EntidadClave)!.CurpCode == curps[i].BirthStateCode), 0.82, 0.88);
        Assert.InRange(Share(i => AgeOn(curps[i].BirthDate, Today) < 30), 0.5, 0.7);
        Assert.InRange(Share(i => learners[i].Nombre.Contains(' ', StringComparison.Ordinal)), 0.05, 0.5);
        Assert.InRange(Share(i => learners[i].PrimerApellido.Contains(' ', StringComparison.Ordinal)), 0.005, 0.1);
        Assert.Equal(DemoLearners.Segmentos.Count, learners.Select(l => l.Segmento).Distinct(StringComparer.Ordinal).Count());
        Assert.InRange(Share(i => learners[i].Segmento == "estudiante"), 0.15, 0.45);
        Assert.InRange(Share(i => learners[i].Segmento == "empleado"), 0.15, 0.45);
        Assert.InRange(Share(i => learners[i].Segmento == "inversionista"), 0.001, 0.05);
    }

    [Fact]
    public void Generate_Emails_SyntheticAsciiOnReservedDomains()
    {
        var learners = DemoLearners.Generate(2_000, seed: 9, Today);

        Assert.All(learners, l => Assert.Matches(new Regex(@"^[a-z0-9._]+@example\.(com|org|net)$"), l.Correo));
    }

    [Fact]
    public void Generate_SameSeed_SameRows()
    {
        var a = DemoLearners.Generate(500, seed: 42, Today).ToList();
        var b = DemoLearners.Generate(500, seed: 42, Today).ToList();
        var enumerable = DemoLearners.Generate(500, seed: 42, Today);

        Assert.Equal(a, b);
        Assert.Equal(a, enumerable.ToList());
        Assert.Equal(a, enumerable.ToList());
    }

    [Fact]
    public void Generate_DifferentSeed_DifferentRows()
    {
        var a = DemoLearners.Generate(50, seed: 1, Today).Select(l => l.Curp);
        var b = DemoLearners.Generate(50, seed: 2, Today).Select(l => l.Curp);

        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Generate_NegativeCount_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DemoLearners.Generate(-1, seed: 1, Today));
    }

    private static int AgeOn(DateOnly birthDate, DateOnly today)
    {
        var age = today.Year - birthDate.Year;
        return birthDate > today.AddYears(-age) ? age - 1 : age;
    }
}
