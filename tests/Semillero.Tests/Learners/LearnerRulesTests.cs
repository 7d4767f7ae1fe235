using Semillero.Learners;
using Semillero.Tests.Infrastructure;

namespace Semillero.Tests.Learners;

public class LearnerRulesTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(TestClock.Now.UtcDateTime);

    private static LearnerInput Valid => new("PEGJ900512HJCRRS04", "José", "Pérez", "García", "jose@example.com", "14", "estudiante");

    [Fact]
    public void Validate_ValidInput_NormalisesAndDerivesFromCurp()
    {
        var (learner, errors) = LearnerRules.Validate(Valid with { Curp = "  pegj900512hjcrrs04 ", Nombre = "  José   Luis ", Correo = "Jose@Example.COM" }, Today);

        Assert.Empty(errors);
        Assert.NotNull(learner);
        Assert.Equal(("PEGJ900512HJCRRS04", "José Luis", "jose@example.com", "14"), (learner.Curp.Value, learner.GivenNames, learner.Email, learner.State.Clave));
        Assert.Equal(new DateOnly(1990, 5, 12), learner.Curp.BirthDate);
    }

    [Fact]
    public void Validate_EverythingWrong_ReportsEveryFieldAtOnce()
    {
        var (learner, errors) = LearnerRules.Validate(new LearnerInput("PEGJ900512HJCRRS05", "", " ", null, "sin arroba", "Atlántida", "astronauta"), Today);

        Assert.Null(learner);
        Assert.Equal(["curp", "nombre", "primer_apellido", "correo", "entidad", "segmento"], errors.Select(e => e.Field));
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Reason.Es) || string.IsNullOrWhiteSpace(e.Reason.En)));
        Assert.Equal("checkdigit", errors[0].Reason.Code);
    }

    [Theory]
    [InlineData("<b>José</b>")]
    [InlineData("José1")]
    [InlineData("=HYPERLINK(\"x\")")]
    [InlineData("Ana\u0000")]
    public void Validate_NameWithMarkupDigitsOrControls_IsRejected(string name)
    {
        var (_, errors) = LearnerRules.Validate(Valid with { Nombre = name }, Today);

        Assert.Equal("nombre", Assert.Single(errors).Field);
    }

    [Theory]
    [InlineData("María de los Ángeles")]
    [InlineData("O'Neill")]
    [InlineData("Ana-Sofía")]
    [InlineData("Ma. Guadalupe")]
    [InlineData("Xóchitl")]
    public void Validate_RealNames_AreAccepted(string name)
    {
        var (learner, errors) = LearnerRules.Validate(Valid with { Nombre = name }, Today);

        Assert.Empty(errors);
        Assert.Equal(name, learner!.GivenNames);
    }

    [Theory]
    [InlineData("ana@example")]
    [InlineData("Ana <ana@example.com>")]
    [InlineData("ana @example.com")]
    [InlineData("@example.com")]
    public void Validate_BadEmail_IsRejected(string email)
    {
        var (_, errors) = LearnerRules.Validate(Valid with { Correo = email }, Today);

        Assert.Equal("correo", Assert.Single(errors).Field);
    }

    [Fact]
    public void Validate_NoEmailAndNoSecondSurname_AreAllowed()
    {
        var (learner, errors) = LearnerRules.Validate(Valid with { Correo = "", SegundoApellido = null }, Today);

        Assert.Empty(errors);
        Assert.Null(learner!.Email);
        Assert.Null(learner.SecondSurname);
    }

    [Theory]
    [InlineData("Sin empleo", Segment.SinEmpleo)]
    [InlineData("SIN_EMPLEO", Segment.SinEmpleo)]
    [InlineData("PyME", Segment.Pyme)]
    [InlineData("Académia", Segment.Academia)]
    [InlineData("investor", Segment.Inversionista)]
    public void Validate_SegmentSpellings_AreTolerated(string text, Segment expected)
    {
        var (learner, _) = LearnerRules.Validate(Valid with { Segmento = text }, Today);

        Assert.Equal(expected, learner!.Segment);
    }
}
