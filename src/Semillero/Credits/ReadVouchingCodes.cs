using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.Organizations;
using Semillero.Validation;

namespace Semillero.Credits;

public enum VouchingCodeStatus
{
    Vigente = 1,
    Usado = 2,
    Vencido = 3,
    Revocado = 4,
}

public sealed record VouchingCodeView(Guid Id, string Hint, string? Note, DateTime CreatedAt, DateTime ExpiresAt, int TermsVersion,
    VouchingCodeStatus Status, DateTime? UsedAt, string? UsedBy, DateTime? RevokedAt);

// Whom the actor acts for on one organisation's vouching codes. Its people read them; its
// administrators and its API keys generate and revoke them. Anyone else gets null: to them the
// organisation's codes do not exist.
public sealed record VouchingScope(Guid OrganizationId, string Name, OrganizationKind Kind, bool Verified, bool CanManage)
{
    // Only accelerators and investment organisations vouch for startups (docs/credits.md).
    public static bool KindVouches(OrganizationKind kind) => kind is OrganizationKind.Aceleradora or OrganizationKind.Inversion;

    public bool Vouches => Verified && KindVouches(Kind);

    // Why the actor may not generate codes here, or null when they may.
    public IdRejection? GenerateRefusal() =>
        !Verified ? new("organizacion_no_verificada", "Su organización genera códigos de aval cuando el equipo del programa la verifique.", "Your organisation generates vouching codes once the program team verifies it.")
        : !KindVouches(Kind) ? new("organizacion_no_avala", "Solo las aceleradoras y las organizaciones de inversión avalan startups.", "Only accelerators and investment organisations vouch for startups.")
        : !CanManage ? ManageRefusal
        : null;

    public static IdRejection ManageRefusal { get; } = new("solo_administradores",
        "Solo quienes administran la organización generan y revocan códigos de aval.", "Only the organisation's administrators generate and revoke vouching codes.");
}

public sealed class VouchingAccess(SemilleroDb db, OrganizationAccess access)
{
    public async Task<VouchingScope?> ScopeAsync(Guid organizationId, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role != Roles.Aliado)
        {
            return null;
        }

        bool canManage;
        if (actor.Id.StartsWith("llave:", StringComparison.Ordinal))
        {
            // A key acts for the organisation it was issued to, with its administrators' reach here.
            if (actor.OrganizationId != organizationId)
            {
                return null;
            }

            canManage = true;
        }
        else
        {
            var authority = await access.AuthorityAsync(actor, organizationId, ct);
            if (authority is not (OrganizationAuthority.Administrator or OrganizationAuthority.Member))
            {
                return null;
            }

            canManage = authority == OrganizationAuthority.Administrator;
        }

        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == organizationId)
            .Select(o => new { o.Name, o.Kind, o.VerifiedAt }).FirstOrDefaultAsync(ct);
        return organization is null ? null : new VouchingScope(organizationId, organization.Name, organization.Kind, organization.VerifiedAt is not null, canManage);
    }
}

// An organisation's vouching codes, newest first, as its people see them: the hint, their note and
// where each stands (in force, used — by which startup and when —, expired, revoked). Never the code.
public sealed class ReadVouchingCodes(SemilleroDb db, VouchingAccess access, TimeProvider clock)
{
    public const int MaxListed = 500;

    // Null when the organisation is unknown or not the actor's.
    public async Task<IReadOnlyList<VouchingCodeView>?> ListAsync(Guid organizationId, Actor actor, CancellationToken ct)
    {
        if (await access.ScopeAsync(organizationId, actor, ct) is null)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await db.VouchingCodes.AsNoTracking().Where(c => c.OrganizationId == organizationId)
            .OrderByDescending(c => c.CreatedAt).ThenBy(c => c.Id)
            .Take(MaxListed)
            .Select(c => new
            {
                c.Id,
                c.Hint,
                c.Note,
                c.CreatedAt,
                c.ExpiresAt,
                c.TermsVersion,
                c.UsedAt,
                c.RevokedAt,
                UsedBy = c.UsedByCompanyId == null ? null : db.Companies.Where(co => co.Id == c.UsedByCompanyId).Select(co => co.TradeName).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return rows.Select(c => new VouchingCodeView(c.Id, c.Hint, c.Note, c.CreatedAt, c.ExpiresAt, c.TermsVersion,
            StatusOf(c.UsedAt, c.RevokedAt, c.ExpiresAt, now), c.UsedAt, c.UsedBy, c.RevokedAt)).ToList();
    }

    public static VouchingCodeStatus StatusOf(DateTime? usedAt, DateTime? revokedAt, DateTime expiresAt, DateTime now) =>
        usedAt is not null ? VouchingCodeStatus.Usado
        : revokedAt is not null ? VouchingCodeStatus.Revocado
        : expiresAt <= now ? VouchingCodeStatus.Vencido
        : VouchingCodeStatus.Vigente;
}
