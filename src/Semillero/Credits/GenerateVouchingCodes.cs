using Semillero.Access;
using Semillero.Data;
using Semillero.Validation;

namespace Semillero.Credits;

// Count: how many codes (1–20); Notes: an optional private note for each, in order (fewer notes than
// codes leaves the rest without one); AcceptedTermsVersion: the VouchingTerms version the person
// accepted on the page or the key's system sends.
public sealed record GenerateVouchingCodesInput(int? Count, IReadOnlyList<string?>? Notes, int? AcceptedTermsVersion);

// The plain code appears here and nowhere else: it is shown once and never stored.
public sealed record GeneratedVouchingCode(Guid Id, string Code, string Hint, string? Note, DateTime ExpiresAt);

public abstract record GenerateVouchingCodesOutcome
{
    public sealed record Generated(IReadOnlyList<GeneratedVouchingCode> Codes, int TermsVersion) : GenerateVouchingCodesOutcome;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : GenerateVouchingCodesOutcome;

    // The actor belongs to the organisation but it may not vouch (not verified, not an accelerator
    // or investment organisation) or the person is not an administrator.
    public sealed record NotAllowed(IdRejection Reason) : GenerateVouchingCodesOutcome;

    // Unknown organisation, or not the actor's.
    public sealed record NotFound : GenerateVouchingCodesOutcome;
}

// An accelerator's or investment organisation's administrators (or its keys) generate vouching
// codes for the startups of their programs, after accepting the terms. Only each code's SHA-256 and
// last four characters are stored; the codes expire after the program's VouchingCodeDays.
public sealed class GenerateVouchingCodes(SemilleroDb db, VouchingAccess access, CreditProgramVersions programs, TimeProvider clock)
{
    public const int MaxCodes = 20;
    public const int MaxNoteLength = 200;

    public static class Fields
    {
        public const string Count = "count";
        public const string Notes = "notes";
        public const string AcceptTerms = "acceptTerms";
    }

    public async Task<GenerateVouchingCodesOutcome> RunAsync(Guid organizationId, GenerateVouchingCodesInput input, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        if (await access.ScopeAsync(organizationId, actor, ct) is not { } scope)
        {
            return new GenerateVouchingCodesOutcome.NotFound();
        }

        if (scope.GenerateRefusal() is { } refusal)
        {
            return new GenerateVouchingCodesOutcome.NotAllowed(refusal);
        }

        var notes = (input.Notes ?? []).Select(n => string.IsNullOrWhiteSpace(n) ? null : n.Trim()).ToList();
        var count = input.Count ?? notes.Count;
        var errors = new List<FieldError>();
        if (count is < 1 or > MaxCodes)
        {
            errors.Add(new(Fields.Count, new("cantidad_no_valida", $"Genere de 1 a {MaxCodes} códigos a la vez.", $"Generate 1 to {MaxCodes} codes at a time.")));
        }
        else if (notes.Count > count)
        {
            errors.Add(new(Fields.Notes, new("notas_de_mas", $"Hay {notes.Count} notas para {count} códigos: una nota por código como máximo.",
                $"There are {notes.Count} notes for {count} codes: one note per code at most.")));
        }

        if (notes.Any(n => n is { Length: > MaxNoteLength }))
        {
            errors.Add(new(Fields.Notes, new("nota_larga", $"Cada nota tiene hasta {MaxNoteLength} caracteres.", $"Each note has up to {MaxNoteLength} characters.")));
        }

        if (input.AcceptedTermsVersion != VouchingTerms.Version)
        {
            errors.Add(new(Fields.AcceptTerms, new("terminos_no_aceptados",
                $"Acepte los términos del aval (versión {VouchingTerms.Version}) para generar códigos.",
                $"Accept the vouching terms (version {VouchingTerms.Version}) to generate codes.")));
        }

        if (errors.Count > 0)
        {
            return new GenerateVouchingCodesOutcome.Invalid(errors);
        }

        var program = await programs.CurrentAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var expires = now.AddDays(program.VouchingCodeDays);
        var generated = new List<GeneratedVouchingCode>(count);
        for (var i = 0; i < count; i++)
        {
            var code = CreditRules.NewVouchingCode();
            var hint = CreditRules.NormalizeCode(code)[^4..];
            var note = i < notes.Count ? notes[i] : null;
            var row = new VouchingCode
            {
                Id = Guid.NewGuid(),
                OrganizationId = organizationId,
                CodeHash = CreditRules.HashCode(code),
                Hint = hint,
                Note = note,
                CreatedAt = now,
                CreatedBy = actor.Id.Length <= 100 ? actor.Id : actor.Id[..100],
                TermsVersion = VouchingTerms.Version,
                ExpiresAt = expires,
            };
            db.VouchingCodes.Add(row);
            generated.Add(new GeneratedVouchingCode(row.Id, code, hint, note, expires));
        }

        await db.SaveChangesAsync(ct);
        return new GenerateVouchingCodesOutcome.Generated(generated, VouchingTerms.Version);
    }
}
