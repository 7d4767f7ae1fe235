using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Semillero.Data;
using Semillero.Privacy;
using Semillero.Skills;
using Semillero.Vacancies;
using Semillero.Validation;

namespace Semillero.Matching;

public sealed record DeclaredSkillInput(string SkillId, int Level);

public sealed record TalentProfileInput(
    bool Visible, Availability Availability, bool Presencial, bool Hibrido, bool Remoto, string? Summary, IReadOnlyList<DeclaredSkillInput> Skills);

public sealed record TalentProfileView(
    bool Visible, string? Alias, Availability Availability, bool Presencial, bool Hibrido, bool Remoto, string? Summary,
    IReadOnlyList<DeclaredSkillInput> Declared, IReadOnlyList<CandidateSkill> Verified, DateTime? UpdatedAt);

public abstract record SaveTalentProfileOutcome
{
    public sealed record Saved(TalentProfileView Profile) : SaveTalentProfileOutcome;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : SaveTalentProfileOutcome;

    public sealed record NotFound : SaveTalentProfileOutcome;
}

// The learner's work profile: whether employers see it (the visible_empleadores consent, recorded
// with its history), availability, modalities, a summary and declared skills. The index follows
// before the request returns.
public sealed partial class SaveTalentProfile(SemilleroDb db, Consents consents, TimeProvider clock, CandidateIndex? index = null)
{
    public const int MaxSummary = 1000;
    public const int MaxDeclared = 30;

    public async Task<TalentProfileView?> ReadAsync(Guid learnerId, CancellationToken ct)
    {
        if (!await db.Learners.AnyAsync(l => l.Id == learnerId && l.AnonymizedAt == null, ct))
        {
            return null;
        }

        var profile = await db.TalentProfiles.AsNoTracking().Include(p => p.Skills).FirstOrDefaultAsync(p => p.LearnerId == learnerId, ct);
        var visible = await consents.HasAsync(learnerId, Purposes.VisibleEmpleadores, ct);
        var me = await CandidateLoader.LoadSelfAsync(db, learnerId, clock, ct);
        var verified = me?.Skills.Where(s => s.Verified > 0).OrderBy(s => s.SkillId, StringComparer.Ordinal).ToList() ?? [];
        return profile is null
            ? new TalentProfileView(visible, null, Availability.Abierta, true, true, true, null, [], verified, null)
            : new TalentProfileView(visible, profile.Alias, profile.Availability, profile.AcceptsPresencial, profile.AcceptsHibrido, profile.AcceptsRemoto, profile.Summary,
                profile.Skills.OrderBy(s => s.SkillId, StringComparer.Ordinal).Select(s => new DeclaredSkillInput(s.SkillId, (int)s.Level)).ToList(),
                verified, DateTime.SpecifyKind(profile.UpdatedAt, DateTimeKind.Utc));
    }

    public static IReadOnlyList<FieldError> Validate(TalentProfileInput input)
    {
        var errors = new List<FieldError>();
        if (!input.Presencial && !input.Hibrido && !input.Remoto)
        {
            errors.Add(new("modalidades", new IdRejection("required", "Elija al menos una modalidad de trabajo.", "Choose at least one work modality.")));
        }

        if (!Enum.IsDefined(input.Availability))
        {
            errors.Add(new("disponibilidad", new IdRejection("unknown", "Elija su disponibilidad.", "Choose your availability.")));
        }

        var summary = input.Summary?.Trim() ?? "";
        if (summary.Length > MaxSummary)
        {
            errors.Add(new("resumen", new IdRejection("too_long", $"El resumen admite hasta {MaxSummary} caracteres.", $"The summary allows up to {MaxSummary} characters.")));
        }
        else if (ContactData().IsMatch(summary))
        {
            errors.Add(new("resumen", new IdRejection("contact_data",
                "Quite del resumen correos, teléfonos y direcciones web: las empresas le contactan solo si usted acepta.",
                "Remove emails, phone numbers and web addresses from the summary: companies contact you only if you accept.")));
        }

        if (input.Skills.Count > MaxDeclared)
        {
            errors.Add(new("habilidades", new IdRejection("too_many", $"Declare hasta {MaxDeclared} habilidades.", $"Declare up to {MaxDeclared} skills.")));
        }

        foreach (var s in input.Skills)
        {
            if (SkillCatalog.Find(s.SkillId) is null)
            {
                errors.Add(new("habilidades", new IdRejection("unknown", $"«{s.SkillId}» no es una habilidad de la lista.", $"«{s.SkillId}» is not a skill on the list.")));
            }
            else if (s.Level is < 1 or > 3)
            {
                errors.Add(new("habilidades", new IdRejection("level", "El nivel va de 1 (básico) a 3 (avanzado).", "The level goes from 1 (basic) to 3 (advanced).")));
            }
        }

        if (input.Skills.GroupBy(s => s.SkillId, StringComparer.Ordinal).Any(g => g.Count() > 1))
        {
            errors.Add(new("habilidades", new IdRejection("duplicate", "Cada habilidad se declara una vez.", "Each skill is declared once.")));
        }

        return errors;
    }

    public async Task<SaveTalentProfileOutcome> RunAsync(Guid learnerId, TalentProfileInput input, CancellationToken ct)
    {
        if (!await db.Learners.AnyAsync(l => l.Id == learnerId && l.AnonymizedAt == null, ct))
        {
            return new SaveTalentProfileOutcome.NotFound();
        }

        var errors = Validate(input);
        if (errors.Count > 0)
        {
            return new SaveTalentProfileOutcome.Invalid(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var summary = string.IsNullOrWhiteSpace(input.Summary) ? null : input.Summary.Trim();
        var profile = await db.TalentProfiles.Include(p => p.Skills).FirstOrDefaultAsync(p => p.LearnerId == learnerId, ct)
            ?? await CandidateLoader.CreateProfileAsync(db, learnerId, clock, null, ct);
        profile.Availability = input.Availability;
        profile.AcceptsPresencial = input.Presencial;
        profile.AcceptsHibrido = input.Hibrido;
        profile.AcceptsRemoto = input.Remoto;
        profile.Summary = summary;
        profile.UpdatedAt = now;
        db.DeclaredSkills.RemoveRange(profile.Skills);
        await db.SaveChangesAsync(ct);
        db.DeclaredSkills.AddRange(input.Skills.Select(s => new DeclaredSkill { LearnerId = learnerId, SkillId = s.SkillId, Level = (SkillLevel)s.Level }));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();

        await consents.ChangeAsync(learnerId, Purposes.VisibleEmpleadores, input.Visible, "cuenta", ct);
        if (index is not null)
        {
            if (input.Visible)
            {
                await index.RefreshAsync(db, learnerId, ct);
            }
            else
            {
                index.Withdraw(learnerId);
            }
        }

        return new SaveTalentProfileOutcome.Saved((await ReadAsync(learnerId, ct))!);
    }

    // An email, a phone number (8+ digits, with spaces, dots or dashes) or a web address.
    [GeneratedRegex(@"[^\s@]+@[^\s@]+\.[^\s@]+|(?:\+?\d[\s.\-()]*){8,}|https?://|www\.", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ContactData();
}
