using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.Identity;
using Semillero.Organizations;

namespace Semillero.Demo;

public sealed record SeedDemoOrganizationsOutcome(int Organizations, bool AccountBound);

// The demo's partner organisations: verified ones of every kind (fictional, with synthetic RFCs
// whose check digits verify), and one pending so operators see the queue. The demo aliado account
// administers the training provider. Fixed ids, so other demo parts can name them.
public sealed class SeedDemoOrganizations(SemilleroDb db, IPartnerDirectory partners, TimeProvider clock)
{
    public const string SeededBy = "demo";

    // The cloud provider's training arm the demo aliado account administers.
    public static readonly Guid ProviderId = new("0193f2a0-6c00-7000-8000-00000000a001");

    // The second demo provider, whose Open edX platform sends the AI paths' statements (SeedDemoLearning).
    public static readonly Guid BootcampId = new("0193f2a0-6c00-7000-8000-00000000a002");

    public static readonly Guid PendingId = new("0193f2a0-6c00-7000-8000-00000000a099");

    private sealed record DemoOrganization(Guid Id, OrganizationKind Kind, string Name, string LegalName, string RfcBody, string State, string Slug, bool Verified);

    private static readonly DemoOrganization[] Organizations =
    [
        new(ProviderId, OrganizationKind.Proveedor, "Nube Azteca Capacitación", "Nube Azteca Servicios de Capacitación, S.C.", "NAS180614K7", "09", "nubeazteca", true),
        new(BootcampId, OrganizationKind.Proveedor, "Código Occidente Bootcamp", "Escuela de Código de Occidente, S.C.", "ECO200203P4", "14", "codigooccidente", true),
        new(new("0193f2a0-6c00-7000-8000-00000000a003"), OrganizationKind.Academia, "Instituto Tecnológico Superior de la Sierra Norte", "Instituto Tecnológico Superior de la Sierra Norte de Puebla", "ITS970815H3", "21", "itssierranorte", true),
        new(new("0193f2a0-6c00-7000-8000-00000000a004"), OrganizationKind.Academia, "Universidad Politécnica del Golfo", "Universidad Politécnica del Golfo de Veracruz", "UPG050910R8", "30", "upgolfo", true),
        new(new("0193f2a0-6c00-7000-8000-00000000a005"), OrganizationKind.Aceleradora, "Impulso Bajío Aceleradora", "Impulso Emprendedor del Bajío, A.C.", "IEB150420M2", "22", "impulsobajio", true),
        new(new("0193f2a0-6c00-7000-8000-00000000a006"), OrganizationKind.Inversion, "Fondo Semilla Norte", "Fondo Semilla Norte Capital, S.A.P.I. de C.V.", "FSN190117T5", "19", "semillanorte", true),
        new(new("0193f2a0-6c00-7000-8000-00000000a007"), OrganizationKind.Camara, "Cámara de Tecnologías de la Información de Yucatán", "Cámara de Tecnologías de la Información del Estado de Yucatán, A.C.", "CTI110722S9", "31", "ctiyucatan", true),
        new(new("0193f2a0-6c00-7000-8000-00000000a008"), OrganizationKind.Gobierno, "Agencia de Innovación Digital de Zacatecas", "Agencia de Innovación Digital del Estado de Zacatecas", "AID210301L6", "32", "innovacionzac", true),
        new(PendingId, OrganizationKind.Academia, "Academia de Datos de la Mixteca", "Academia de Datos de la Mixteca, A.C.", "ADM230509B1", "20", "datosmixteca", false),
    ];

    public static readonly string DemoAliadoEmail = $"{Roles.Aliado}@{SeedDemoAccounts.Domain}";

    public async Task<SeedDemoOrganizationsOutcome> RunAsync(CancellationToken ct)
    {
        var created = 0;
        if (!await db.Organizations.AnyAsync(o => o.CreatedBy == SeededBy, ct))
        {
            var now = clock.GetUtcNow().UtcDateTime;
            for (var i = 0; i < Organizations.Length; i++)
            {
                var d = Organizations[i];
                var input = new OrganizationInput(OrganizationRules.Wire(d.Kind), d.Name, d.LegalName, d.RfcBody + Rfc.CheckDigit(d.RfcBody), d.State,
                    $"https://{d.Slug}.demo.semillero.example", "Equipo de vinculación", $"vinculacion@{d.Slug}.demo.semillero.example",
                    $"55 5000 {1000 + i}");
                var (valid, errors, _) = OrganizationRules.Validate(input);
                if (valid is null)
                {
                    throw new InvalidOperationException($"Demo organisation {d.Name} is invalid: {string.Join("; ", errors.Select(e => e.Reason.En))}");
                }

                // Registered a day apart, so the operators' queue and the directory have an order.
                db.Organizations.Add(RegisterOrganization.NewOrganization(valid, SeededBy, now.AddDays(i - Organizations.Length), d.Verified, d.Id));
            }

            await db.SaveChangesAsync(ct);
            // Names and standing are cached (PartnerDirectory): the demo's partners act at once.
            partners.Invalidate();
            created = Organizations.Length;
        }

        return new SeedDemoOrganizationsOutcome(created, await BindDemoAccountAsync(ct));
    }

    // A demo database whose aliado account was created before organisations existed gets it bound
    // here (SeedDemoAccounts binds it when the organisation is already there).
    private async Task<bool> BindDemoAccountAsync(CancellationToken ct)
    {
        var normalized = DemoAliadoEmail.ToUpperInvariant();
        var user = await db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == normalized && u.OrganizationId == null, ct);
        if (user is null || !await db.Organizations.AnyAsync(o => o.Id == ProviderId, ct))
        {
            return false;
        }

        user.OrganizationId = ProviderId;
        user.OrganizationRole = OrganizationRoles.Administrador;
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        await db.SaveChangesAsync(ct);
        return true;
    }
}
