using Semillero.Access;
using Semillero.Hiring;
using Semillero.Vacancies;
using static Semillero.Hiring.ApplicationStage;

namespace Semillero.Tests.Hiring;

public sealed class HiringRulesTests
{
    [Theory]
    [InlineData(Postulada, EnRevision)]
    [InlineData(Postulada, Entrevista)]
    [InlineData(Postulada, Oferta)]
    [InlineData(Postulada, Descartada)]
    [InlineData(EnRevision, Entrevista)]
    [InlineData(EnRevision, Oferta)]
    [InlineData(EnRevision, Descartada)]
    [InlineData(Entrevista, Oferta)]
    [InlineData(Entrevista, Descartada)]
    [InlineData(Oferta, Descartada)]
    public void CanMove_EmployerForwardOrDiscard_IsAllowed(ApplicationStage from, ApplicationStage to) =>
        Assert.True(HiringRules.CanMove(from, to, HiringParty.Empresa));

    [Theory]
    // An invitation is the candidate's to answer.
    [InlineData(Invitada, Postulada)]
    [InlineData(Invitada, Descartada)]
    [InlineData(Invitada, EnRevision)]
    // Contratada only through RecordPlacement.
    [InlineData(Oferta, Contratada)]
    [InlineData(Entrevista, Contratada)]
    // No going back.
    [InlineData(Entrevista, EnRevision)]
    [InlineData(Oferta, Entrevista)]
    [InlineData(EnRevision, Postulada)]
    // The candidate's moves are not the employer's.
    [InlineData(Postulada, Retirada)]
    [InlineData(Invitada, Declinada)]
    // Final stages end it.
    [InlineData(Contratada, Descartada)]
    [InlineData(Descartada, Postulada)]
    [InlineData(Declinada, Postulada)]
    [InlineData(Retirada, EnRevision)]
    [InlineData(Postulada, Postulada)]
    public void CanMove_Employer_RefusesEverythingElse(ApplicationStage from, ApplicationStage to) =>
        Assert.False(HiringRules.CanMove(from, to, HiringParty.Empresa));

    [Theory]
    [InlineData(Invitada, Postulada, true)]
    [InlineData(Invitada, Declinada, true)]
    [InlineData(Invitada, Retirada, true)]
    [InlineData(Postulada, Retirada, true)]
    [InlineData(EnRevision, Retirada, true)]
    [InlineData(Entrevista, Retirada, true)]
    [InlineData(Oferta, Retirada, true)]
    [InlineData(Contratada, Retirada, false)]
    [InlineData(Descartada, Retirada, false)]
    [InlineData(Declinada, Postulada, false)]
    [InlineData(Retirada, Postulada, false)]
    [InlineData(Postulada, EnRevision, false)]
    [InlineData(Postulada, Declinada, false)]
    [InlineData(Oferta, Contratada, false)]
    public void CanMove_Candidate_AnswersInvitationsAndWithdraws(ApplicationStage from, ApplicationStage to, bool allowed) =>
        Assert.Equal(allowed, HiringRules.CanMove(from, to, HiringParty.Candidato));

    [Theory]
    [InlineData(Oferta, true)]
    [InlineData(Entrevista, true)]
    [InlineData(EnRevision, false)]
    [InlineData(Postulada, false)]
    [InlineData(Invitada, false)]
    [InlineData(Contratada, false)]
    [InlineData(Descartada, false)]
    public void CanHireFrom_OfferOrInterview(ApplicationStage stage, bool allowed) => Assert.Equal(allowed, HiringRules.CanHireFrom(stage));

    [Theory]
    [InlineData(Contratada, true)]
    [InlineData(Descartada, true)]
    [InlineData(Declinada, true)]
    [InlineData(Retirada, true)]
    [InlineData(Invitada, false)]
    [InlineData(Postulada, false)]
    [InlineData(Oferta, false)]
    public void IsFinal_TheFourEndings(ApplicationStage stage, bool final) => Assert.Equal(final, HiringRules.IsFinal(stage));

    [Fact]
    public void MovesFrom_ListsTheButtonsInPipelineOrder()
    {
        Assert.Equal([EnRevision, Entrevista, Oferta, Descartada], HiringRules.MovesFrom(Postulada, HiringParty.Empresa));
        Assert.Empty(HiringRules.MovesFrom(Invitada, HiringParty.Empresa));
        Assert.Equal([Postulada, Declinada, Retirada], HiringRules.MovesFrom(Invitada, HiringParty.Candidato));
        Assert.Empty(HiringRules.MovesFrom(Contratada, HiringParty.Candidato));
    }

    [Theory]
    [InlineData(VacancyStatus.Abierta, 0, true, true)]
    [InlineData(VacancyStatus.Abierta, 10, true, true)]
    [InlineData(VacancyStatus.Abierta, -1, true, false)]
    [InlineData(VacancyStatus.Abierta, 10, false, false)]
    [InlineData(VacancyStatus.Borrador, 10, true, false)]
    [InlineData(VacancyStatus.Cerrada, 10, true, false)]
    public void AcceptsCandidates_OpenNotPastClosingAndVerified(VacancyStatus status, int closesInDays, bool verified, bool accepts)
    {
        var today = new DateOnly(2026, 11, 23);
        Assert.Equal(accepts, HiringRules.AcceptsCandidates(status, today.AddDays(closesInDays), verified ? new DateTime(2026, 1, 1) : null, today));
    }

    [Theory]
    [InlineData("en_revision", EnRevision)]
    [InlineData("EnRevision", EnRevision)]
    [InlineData("ENTREVISTA", Entrevista)]
    [InlineData(" descartada ", Descartada)]
    public void TryParse_AcceptsEnumNamesAndSnakeCase(string text, ApplicationStage expected)
    {
        Assert.True(HiringRules.TryParse<ApplicationStage>(text, out var stage));
        Assert.Equal(expected, stage);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("contratado")]
    [InlineData("7")]
    public void TryParse_RefusesUnknown(string? text) => Assert.False(HiringRules.TryParse<ApplicationStage>(text, out _));

    [Theory]
    [InlineData(Roles.Aprendiz, HiringParty.Candidato)]
    [InlineData(Roles.Empresa, HiringParty.Empresa)]
    [InlineData(Roles.Operador, HiringParty.Empresa)]
    [InlineData(Roles.Analista, null)]
    [InlineData(Roles.Aliado, null)]
    public void PartyOf_LearnersAreCandidates_EmployersAndOperatorsTheEmployer(string role, HiringParty? party) =>
        Assert.Equal(party, HiringRules.PartyOf(new Actor("x", "x", role)));

    [Fact]
    public void PartyOfBy_ReadsTheRoleTheHistoryWasWrittenWith()
    {
        Assert.Equal(HiringParty.Candidato, HiringRules.PartyOfBy(HiringRules.By(new Actor("u1", "Ana", Roles.Aprendiz))));
        Assert.Equal(HiringParty.Empresa, HiringRules.PartyOfBy(HiringRules.By(new Actor("u2", "Reclutadora", Roles.Empresa))));
        Assert.Equal(HiringParty.Empresa, HiringRules.PartyOfBy(HiringRules.By(new Actor("llave:ab", "Sistema", Roles.Operador))));
    }

    [Fact]
    public void StartOfDayUtc_IsMidnightInMexicoCity() =>
        Assert.Equal(new DateTime(2026, 12, 1, 6, 0, 0, DateTimeKind.Utc), HiringCalendar.StartOfDayUtc(new DateOnly(2026, 12, 1)));
}
