using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Semillero.Credits;

// One eligibility check as the startup sees it: what the rule is, whether it passed, and why not.
public sealed record EligibilityCheck(string Id, bool Passed, string ReasonEs, string ReasonEn)
{
    public string Reason(bool english) => english ? ReasonEn : ReasonEs;
}

// What eligibility looks at, read from the registry at submission.
public sealed record EligibilityFacts(DateOnly? FoundedOn, StartupStage? Stage, int Founders, int GraduateFounders, bool CompanyVerified, bool IsStartup);

// The credit program's pure rules (docs/credits.md): money, eligibility, the rubric, when a third
// reviewer is drawn, and what an award grants. No database, no clock: the callers pass both in.
public static class CreditRules
{
    public const int MaxPitchLength = 1500;
    public const int MaxUsePlanLength = 4000;
    public const int MinUsePlanLength = 80;
    public const int MaxCommentLength = 2000;
    public const int MaxFounders = 8;

    private static readonly CultureInfo Money = CultureInfo.GetCultureInfo("en-US");

    // "USD 100,000.00" style amounts, always with the currency, grouping and cents (the same on
    // Spanish and English pages: es-MX groups with commas too).
    public static string FormatUsd(long cents) =>
        "USD " + (cents / 100m).ToString(cents % 100 == 0 ? "#,##0" : "#,##0.00", Money);

    // Parses an amount in dollars as people type it ("100000", "100,000", "100,000.50", "USD 5,000")
    // into cents. Refuses more than two decimals, negatives and anything that is not a number.
    public static bool TryParseUsd(string? text, out long cents)
    {
        cents = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = text.Trim();
        if (s.StartsWith("USD", StringComparison.OrdinalIgnoreCase))
        {
            s = s[3..].Trim();
        }

        s = s.TrimStart('$').Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        if (s.Length == 0 || s.Length > 15 || !s.All(c => char.IsAsciiDigit(c) || c == '.') || s.Count(c => c == '.') > 1)
        {
            return false;
        }

        var dot = s.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0 && s.Length - dot - 1 > 2)
        {
            return false;
        }

        if (!decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var dollars))
        {
            return false;
        }

        cents = (long)(dollars * 100m);
        return true;
    }

    // The checks a startup must pass to apply, in the order shown to it. All are evaluated, so the
    // startup learns every reason at once.
    public static IReadOnlyList<EligibilityCheck> Eligibility(CreditProgram program, EligibilityFacts facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(program);
        ArgumentNullException.ThrowIfNull(facts);
        var rules = program.Eligibility;
        var checks = new List<EligibilityCheck>
        {
            facts.IsStartup
                ? new("startup", true, "La empresa está registrada como startup.", "The company is registered as a startup.")
                : new("startup", false, "Solo las empresas registradas como startup solicitan créditos.", "Only companies registered as startups apply for credits."),
            facts.CompanyVerified
                ? new("verificada", true, "El equipo del programa verificó la empresa.", "The program team verified the company.")
                : new("verificada", false, "La empresa aún no está verificada por el equipo del programa.", "The program team has not verified the company yet."),
        };

        if (facts.FoundedOn is not { } founded || facts.Stage is not { } stage)
        {
            checks.Add(new("perfil", false, "Complete el perfil de startup (fecha de fundación, etapa y fundadores).", "Complete the startup profile (founding date, stage and founders)."));
            return checks;
        }

        var ageLimit = founded.AddYears(rules.MaxAgeYears);
        checks.Add(today <= ageLimit
            ? new("antiguedad", true, $"Fundada hace {rules.MaxAgeYears} años o menos.", $"Founded {rules.MaxAgeYears} years ago or less.")
            : new("antiguedad", false, $"La empresa tiene más de {rules.MaxAgeYears} años desde su fundación ({founded:yyyy-MM-dd}).", $"The company was founded more than {rules.MaxAgeYears} years ago ({founded:yyyy-MM-dd})."));
        checks.Add(rules.Stages.Contains(stage)
            ? new("etapa", true, $"Etapa elegible: {StageEs(stage)}.", $"Eligible stage: {StageEn(stage)}.")
            : new("etapa", false, $"La etapa {StageEs(stage)} no es elegible; lo son: {string.Join(", ", rules.Stages.Select(StageEs))}.", $"Stage {StageEn(stage)} is not eligible; these are: {string.Join(", ", rules.Stages.Select(StageEn))}."));
        if (rules.RequireGraduateFounder)
        {
            checks.Add(facts.GraduateFounders > 0
                ? new("fundador-egresado", true, $"{facts.GraduateFounders} de {facts.Founders} fundadores egresaron de una ruta del programa.", $"{facts.GraduateFounders} of {facts.Founders} founders graduated from a program path.")
                : new("fundador-egresado", false, "Al menos una persona fundadora debe haber egresado de una ruta del programa (registrada con su CURP).", "At least one founder must have graduated from a program path (registered with their CURP)."));
        }

        return checks;
    }

    public static bool Eligible(IEnumerable<EligibilityCheck> checks) => checks.All(c => c.Passed);

    // A review's total, 0–100: Σ weight × (score − 1) / 4 over the rubric, rounded half away from
    // zero. Null when a criterion is missing or out of 1..5.
    public static int? RubricTotal(IReadOnlyList<RubricCriterion> rubric, IReadOnlyDictionary<string, int> scores)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentNullException.ThrowIfNull(scores);
        if (scores.Count != rubric.Count)
        {
            return null;
        }

        var sum = 0m;
        foreach (var criterion in rubric)
        {
            if (!scores.TryGetValue(criterion.Id, out var score) || score < CreditPrograms.MinCriterionScore || score > CreditPrograms.MaxCriterionScore)
            {
                return null;
            }

            sum += criterion.Weight * (score - 1) / 4m;
        }

        return (int)Math.Round(sum, MidpointRounding.AwayFromZero);
    }

    // The first two reviewers disagree enough that a third is drawn.
    public static bool NeedsThirdReviewer(int first, int second, int margin) => Math.Abs(first - second) > margin;

    // The score the decision reads: the mean of the reviews submitted (two, or three when a third was
    // drawn), rounded half away from zero.
    public static int? ReviewScore(IEnumerable<int> totals)
    {
        var list = totals.ToList();
        return list.Count == 0 ? null : (int)Math.Round(list.Average(), MidpointRounding.AwayFromZero);
    }

    // What an approval of `total` grants a company whose last award was `lastAward`: only the
    // difference above it. Zero or less means nothing to grant.
    public static long Grant(long total, long lastAward) => total - lastAward;

    // Codes are compared without case, spaces or hyphens ("ab12-cd34" = "AB12CD34").
    public static string NormalizeCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var sb = new StringBuilder(code.Length);
        foreach (var c in code)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(char.ToUpperInvariant(c));
            }
        }

        return sb.ToString();
    }

    public static string HashCode(string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(NormalizeCode(code))));

    // A vouching code: 16 characters from an alphabet without look-alikes (no 0/O, 1/I/L), shown in
    // groups of four. 80 bits of entropy: guessing one is hopeless.
    public static string NewVouchingCode()
    {
        const string alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
        Span<char> chars = stackalloc char[16];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
        }

        var s = new string(chars);
        return $"{s[..4]}-{s[4..8]}-{s[8..12]}-{s[12..]}";
    }

    public static string StageEs(StartupStage stage) => stage switch
    {
        StartupStage.Idea => "Idea",
        StartupStage.PreSemilla => "Pre-semilla",
        StartupStage.Semilla => "Semilla",
        StartupStage.SerieA => "Serie A",
        StartupStage.SerieBOMas => "Serie B o posterior",
        _ => stage.ToString(),
    };

    public static string StageEn(StartupStage stage) => stage switch
    {
        StartupStage.Idea => "Idea",
        StartupStage.PreSemilla => "Pre-seed",
        StartupStage.Semilla => "Seed",
        StartupStage.SerieA => "Series A",
        StartupStage.SerieBOMas => "Series B or later",
        _ => stage.ToString(),
    };

    public static string Stage(StartupStage stage, bool english) => english ? StageEn(stage) : StageEs(stage);

    public static string Funding(FundingBand band, bool english) => band switch
    {
        FundingBand.Ninguno => english ? "None yet" : "Ninguno aún",
        FundingBand.Menos100Mil => english ? "Under USD 100,000" : "Menos de USD 100,000",
        FundingBand.De100MilA500Mil => english ? "USD 100,000 to 500,000" : "De USD 100,000 a 500,000",
        FundingBand.De500MilA2Millones => english ? "USD 500,000 to 2 million" : "De USD 500,000 a 2 millones",
        FundingBand.De2A10Millones => english ? "USD 2 to 10 million" : "De USD 2 a 10 millones",
        FundingBand.Mas10Millones => english ? "Over USD 10 million" : "Más de USD 10 millones",
        _ => band.ToString(),
    };

    public static string Status(ApplicationStatus status, bool english) => status switch
    {
        ApplicationStatus.Enviada => english ? "Submitted" : "Enviada",
        ApplicationStatus.EnRevision => english ? "In review" : "En revisión",
        ApplicationStatus.PorDecidir => english ? "Awaiting decision" : "Por decidir",
        ApplicationStatus.ListaDeEspera => english ? "Waitlisted" : "Lista de espera",
        ApplicationStatus.Aprobada => english ? "Approved" : "Aprobada",
        ApplicationStatus.Rechazada => english ? "Rejected" : "Rechazada",
        ApplicationStatus.Retirada => english ? "Withdrawn" : "Retirada",
        _ => status.ToString(),
    };
}
