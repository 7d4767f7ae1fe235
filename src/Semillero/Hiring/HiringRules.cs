using Semillero.Access;
using Semillero.Vacancies;

namespace Semillero.Hiring;

// Who moves an application: the employer (the company's accounts and keys, or an operator acting
// for it) or the candidate.
public enum HiringParty
{
    Empresa = 1,
    Candidato = 2,
}

// The pipeline's rules, as pure functions: which stage moves exist and who may make each.
public static class HiringRules
{
    public const int MaxMessageLength = 2000;

    // The stages that end an application: nothing moves out of them.
    public static bool IsFinal(ApplicationStage stage) =>
        stage is ApplicationStage.Contratada or ApplicationStage.Descartada or ApplicationStage.Declinada or ApplicationStage.Retirada;

    // Stage moves made through MoveApplication. Contratada is never one of them: a hire needs its
    // placement (date, salary band, contract), so only RecordPlacement reaches it (CanHireFrom).
    public static bool CanMove(ApplicationStage from, ApplicationStage to, HiringParty by)
    {
        if (IsFinal(from) || from == to)
        {
            return false;
        }

        return by switch
        {
            // The candidate answers an invitation, and may withdraw from any stage that is not final.
            HiringParty.Candidato => to == ApplicationStage.Retirada
                || (from == ApplicationStage.Invitada && to is ApplicationStage.Postulada or ApplicationStage.Declinada),

            // The employer works only on candidacies the person accepted: an invitation is the
            // candidate's to answer.
            HiringParty.Empresa => (from, to) switch
            {
                (ApplicationStage.Postulada, ApplicationStage.EnRevision or ApplicationStage.Entrevista or ApplicationStage.Oferta or ApplicationStage.Descartada) => true,
                (ApplicationStage.EnRevision, ApplicationStage.Entrevista or ApplicationStage.Oferta or ApplicationStage.Descartada) => true,
                (ApplicationStage.Entrevista, ApplicationStage.Oferta or ApplicationStage.Descartada) => true,
                (ApplicationStage.Oferta, ApplicationStage.Descartada) => true,
                _ => false,
            },
            _ => false,
        };
    }

    // A hire is recorded from an offer, or straight from the interview: small companies often make
    // the offer in the interview itself, and forcing an "Oferta" step first would only add a click.
    public static bool CanHireFrom(ApplicationStage stage) => stage is ApplicationStage.Oferta or ApplicationStage.Entrevista;

    // The moves a party can make from a stage, in pipeline order (the buttons a page shows).
    public static IReadOnlyList<ApplicationStage> MovesFrom(ApplicationStage from, HiringParty by) =>
        Enum.GetValues<ApplicationStage>().Where(to => CanMove(from, to, by)).ToList();

    // Invitations and applications are taken while the vacancy is published, not past its closing
    // day, and its company verified by an operator.
    public static bool AcceptsCandidates(VacancyStatus status, DateOnly closesOn, DateTime? companyVerifiedAt, DateOnly today) =>
        status == VacancyStatus.Abierta && closesOn >= today && companyVerifiedAt is not null;

    // Which party an actor acts as: learners are candidates; employers and operators the employer.
    public static HiringParty? PartyOf(Actor actor) => actor.Role switch
    {
        Roles.Aprendiz => HiringParty.Candidato,
        Roles.Empresa or Roles.Operador => HiringParty.Empresa,
        _ => null,
    };

    // The stage names clients send and receive: the enum's name, or its snake_case form
    // ("en_revision", "EnRevision"). Case and underscores do not matter.
    public static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var key = text.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Trim();
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(candidate.ToString(), key, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        return false;
    }

    // How ApplicationEvent.By and Placement.RecordedBy name an actor: the role first, so the history
    // can say "the candidate" or "the company" without looking anyone up.
    public static string By(Actor actor)
    {
        var by = $"{actor.Role}:{actor.Id}";
        return by.Length <= 100 ? by : by[..100];
    }

    public static HiringParty PartyOfBy(string by) =>
        by.StartsWith(Roles.Aprendiz + ":", StringComparison.Ordinal) ? HiringParty.Candidato : HiringParty.Empresa;
}

// Vacancies close on Mexico City's calendar; placements start on it.
public static class HiringCalendar
{
    private static readonly TimeZoneInfo? Zone =
        TimeZoneInfo.TryFindSystemTimeZoneById("America/Mexico_City", out var zone) ? zone : null;

    public static DateOnly Today(TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return DateOnly.FromDateTime(Zone is null ? now.UtcDateTime.AddHours(-6) : TimeZoneInfo.ConvertTime(now, Zone).DateTime);
    }

    // The UTC instant a Mexico City day starts (without time-zone data: UTC-6, the zone's offset
    // since daylight saving time ended in 2022).
    public static DateTime StartOfDayUtc(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return Zone is null ? DateTime.SpecifyKind(local.AddHours(6), DateTimeKind.Utc) : TimeZoneInfo.ConvertTimeToUtc(local, Zone);
    }
}
