using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Semillero.Credits;

// One version of the credit program's rules, as published (Program/programa-v1.json, or a later
// version an operator published with a reason). Rules are data: an application keeps the version it
// was checked against, so a change never re-judges what was already decided (docs/credits.md).
public sealed record CreditProgram(
    int Version,
    string PublishedOn,
    long LifetimeCapCents,
    int AwardValidityMonths,
    int VouchingCodeDays,
    EligibilityRules Eligibility,
    IReadOnlyList<CreditTier> Tiers,
    ReviewRules Review)
{
    public CreditTier? FindTier(string? key) => Tiers.FirstOrDefault(t => t.Key == key);
}

public sealed record EligibilityRules(int MaxAgeYears, IReadOnlyList<StartupStage> Stages, bool RequireGraduateFounder);

// Reviewed false: self-service, decided at submission by the rules and the pool alone.
public sealed record CreditTier(string Key, string NameEs, string NameEn, long MaxCents, bool RequiresVouching, bool Reviewed, string DescriptionEs, string DescriptionEn)
{
    public string Name(bool english) => english ? NameEn : NameEs;

    public string Description(bool english) => english ? DescriptionEn : DescriptionEs;
}

// Each criterion is scored 1–5; a review's total is Σ weight × (score − 1) / 4, 0–100 (weights sum
// to 100). When two reviewers' totals differ by more than ThirdReviewerMargin a third is drawn.
public sealed record ReviewRules(int ReviewersPerApplication, int ThirdReviewerMargin, IReadOnlyList<RubricCriterion> Rubric);

public sealed record RubricCriterion(string Id, string NameEs, string NameEn, int Weight, string GuideEs, string GuideEn)
{
    public string Name(bool english) => english ? NameEn : NameEs;

    public string Guide(bool english) => english ? GuideEn : GuideEs;
}

// A program version an operator published after the shipped one (CreditPrograms.Shipped).
public sealed class CreditProgramVersion
{
    public int Version { get; init; }

    public required string Json { get; init; }

    public DateTime PublishedAt { get; init; }

    public required string PublishedBy { get; init; }

    public required string Reason { get; init; }
}

internal sealed class CreditProgramVersionConfiguration : IEntityTypeConfiguration<CreditProgramVersion>
{
    public void Configure(EntityTypeBuilder<CreditProgramVersion> builder)
    {
        builder.ToTable("credit_program_versions");
        builder.HasKey(v => v.Version);
        builder.Property(v => v.Version).ValueGeneratedNever();
        builder.Property(v => v.Json).HasMaxLength(CreditPrograms.MaxJsonLength);
        builder.Property(v => v.PublishedBy).HasMaxLength(100);
        builder.Property(v => v.Reason).HasMaxLength(1000);
    }
}

// Reading and checking a program's JSON. A version that fails a check is refused whole, with every
// problem named in Spanish and English.
public static class CreditPrograms
{
    public const int MaxJsonLength = 100_000;
    public const int MinCriterionScore = 1;
    public const int MaxCriterionScore = 5;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = true,
    };

    public static string ShippedJson { get; } = ReadShipped();

    public static CreditProgram Shipped { get; } = Parse(ShippedJson).Program
        ?? throw new InvalidOperationException("The shipped credit program does not parse.");

    public static string ToJson(CreditProgram program) => JsonSerializer.Serialize(program, Json);

    public static (CreditProgram? Program, IReadOnlyList<string> Errors) Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return (null, ["El programa está vacío. / The program is empty."]);
        }

        if (json.Length > MaxJsonLength)
        {
            return (null, [$"El programa excede {MaxJsonLength:N0} caracteres. / The program exceeds {MaxJsonLength:N0} characters."]);
        }

        CreditProgram? program;
        try
        {
            program = JsonSerializer.Deserialize<CreditProgram>(json, Json);
        }
        catch (JsonException e)
        {
            return (null, [$"JSON no válido: {e.Message} / Invalid JSON: {e.Message}"]);
        }

        if (program is null)
        {
            return (null, ["El programa está vacío. / The program is empty."]);
        }

        var errors = Check(program);
        return errors.Count == 0 ? (program, errors) : (null, errors);
    }

    public static IReadOnlyList<string> Check(CreditProgram program)
    {
        ArgumentNullException.ThrowIfNull(program);
        var errors = new List<string>();
        if (program.Version < 1)
        {
            errors.Add("La versión debe ser 1 o mayor. / The version must be 1 or greater.");
        }

        if (program.LifetimeCapCents <= 0)
        {
            errors.Add("El tope por empresa debe ser mayor que cero. / The cap per company must be greater than zero.");
        }

        if (program.AwardValidityMonths is < 1 or > 60)
        {
            errors.Add("La vigencia de los créditos va de 1 a 60 meses. / Credits are valid for 1 to 60 months.");
        }

        if (program.VouchingCodeDays is < 1 or > 365)
        {
            errors.Add("Un código de aval vence entre 1 y 365 días. / A vouching code expires in 1 to 365 days.");
        }

        if (program.Eligibility is null)
        {
            errors.Add("Falta la elegibilidad. / Eligibility is missing.");
        }
        else
        {
            if (program.Eligibility.MaxAgeYears is < 1 or > 30)
            {
                errors.Add("La antigüedad máxima va de 1 a 30 años. / The maximum age is 1 to 30 years.");
            }

            if (program.Eligibility.Stages is null || program.Eligibility.Stages.Count == 0)
            {
                errors.Add("Indique al menos una etapa elegible. / Name at least one eligible stage.");
            }
            else if (program.Eligibility.Stages.Any(s => !Enum.IsDefined(s)))
            {
                errors.Add("Hay una etapa desconocida. / There is an unknown stage.");
            }
        }

        if (program.Tiers is null || program.Tiers.Count == 0)
        {
            errors.Add("Defina al menos un nivel. / Define at least one tier.");
        }
        else
        {
            foreach (var tier in program.Tiers)
            {
                if (string.IsNullOrWhiteSpace(tier.Key) || tier.Key.Length > 20 || !tier.Key.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
                {
                    errors.Add($"La clave de nivel «{tier.Key}» debe ser de 1 a 20 minúsculas, dígitos o guiones. / Tier key '{tier.Key}' must be 1–20 lowercase letters, digits or hyphens.");
                }

                if (tier.MaxCents <= 0 || tier.MaxCents > program.LifetimeCapCents)
                {
                    errors.Add($"El monto del nivel «{tier.Key}» debe ser mayor que cero y no exceder el tope por empresa. / Tier '{tier.Key}' must be above zero and within the cap per company.");
                }

                if (string.IsNullOrWhiteSpace(tier.NameEs) || string.IsNullOrWhiteSpace(tier.NameEn))
                {
                    errors.Add($"El nivel «{tier.Key}» necesita nombre en español e inglés. / Tier '{tier.Key}' needs a Spanish and an English name.");
                }
            }

            if (program.Tiers.Select(t => t.Key).Distinct(StringComparer.Ordinal).Count() != program.Tiers.Count)
            {
                errors.Add("Hay claves de nivel repetidas. / Tier keys repeat.");
            }
        }

        if (program.Review is null)
        {
            errors.Add("Faltan las reglas de revisión. / The review rules are missing.");
        }
        else
        {
            if (program.Review.ReviewersPerApplication is < 1 or > 5)
            {
                errors.Add("De 1 a 5 revisores por solicitud. / 1 to 5 reviewers per application.");
            }

            if (program.Review.ThirdReviewerMargin is < 0 or > 100)
            {
                errors.Add("El margen para un tercer revisor va de 0 a 100 puntos. / The third-reviewer margin is 0 to 100 points.");
            }

            if (program.Review.Rubric is null || program.Review.Rubric.Count == 0)
            {
                errors.Add("La rúbrica necesita al menos un criterio. / The rubric needs at least one criterion.");
            }
            else
            {
                if (program.Review.Rubric.Sum(c => c.Weight) != 100 || program.Review.Rubric.Any(c => c.Weight <= 0))
                {
                    errors.Add("Los pesos de la rúbrica son positivos y suman 100. / Rubric weights are positive and add up to 100.");
                }

                if (program.Review.Rubric.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count() != program.Review.Rubric.Count
                    || program.Review.Rubric.Any(c => string.IsNullOrWhiteSpace(c.Id)))
                {
                    errors.Add("Cada criterio necesita un id único. / Each criterion needs a unique id.");
                }
            }
        }

        return errors;
    }

    private static string ReadShipped()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Semillero.Credits.programa-v1.json")
            ?? throw new InvalidOperationException("The shipped credit program is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
