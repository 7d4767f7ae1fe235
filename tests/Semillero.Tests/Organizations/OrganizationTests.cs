using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.Data;
using Semillero.Demo;
using Semillero.Organizations;
using Semillero.Tests.Infrastructure;

namespace Semillero.Tests.Organizations;

// Organisations as they register, are verified and manage their people and keys, on both engines.
public abstract class OrganizationTests(DatabaseProvider provider) : ProductTest(provider)
{
    public sealed class OnSqlite() : OrganizationTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : OrganizationTests(DatabaseProvider.Postgres);

    private const string Password = "una-contraseña-larga";

    private static readonly Actor Operator = new("op-1", "Ana Operadora", Roles.Operador);

    // Registers an organisation through its own form; returns it and its administrator as an actor.
    private async Task<(Organization Organization, Actor Admin)> SelfRegisterAsync(string name, string email, OrganizationKind kind = OrganizationKind.Academia)
    {
        var input = TestOrganizations.Input(name, kind) with { ContactEmail = email, ContactName = "Persona administradora" };
        var outcome = await RunAsync<RegisterOrganizationAccount, RegisterOrganizationAccountOutcome>(r => r.RunAsync(new RegisterOrganizationAccountInput(input, Password, AcceptsNotice: true, ConfirmRfcDespiteCheckDigit: true), default));
        var registered = Assert.IsType<RegisterOrganizationAccountOutcome.Registered>(outcome);
        return (registered.Organization, new Actor(registered.UserId.ToString(), "Persona administradora", Roles.Aliado));
    }

    private async Task<Actor> InviteAsync(Guid organizationId, Actor admin, string email, string role)
    {
        var invited = Assert.IsType<MemberOutcome.Invited>(await RunAsync<ManageMembers, MemberOutcome>(m => m.InviteAsync(organizationId, email, "Persona invitada", role, admin, default)));
        return new Actor(invited.UserId.ToString(), "Persona invitada", Roles.Aliado);
    }

    [Fact]
    public async Task RegisterOrganizationAccount_CreatesAPendingOrganisationAndItsAdministrator_WaitingForEmailConfirmation()
    {
        var (organization, admin) = await SelfRegisterAsync("Academia de Datos del Sur", "Admin@Academia.example");

        await using var db = Database.NewDb();
        var stored = await db.Organizations.SingleAsync();
        Assert.Equal(OrganizationStatus.Pendiente, OrganizationRules.StatusOf(stored));
        Assert.Equal(("admin@academia.example", "Persona administradora"), (stored.ContactEmail, stored.ContactName));
        var user = await db.Users.SingleAsync();
        Assert.Equal((organization.Id, OrganizationRoles.Administrador, false), (user.OrganizationId!.Value, user.OrganizationRole, user.EmailConfirmed));
        Assert.Equal(admin.Id, user.Id.ToString());
        Assert.Equal(Roles.Aliado, await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).SingleAsync());
        Assert.Equal("admin@academia.example", (await db.OutboxMessages.SingleAsync()).To);

        // The same RFC or name again is refused, naming the field.
        var again = await RunAsync<RegisterOrganization, RegisterOrganizationOutcome>(r => r.RunAsync(
            TestOrganizations.Input("ACADEMIA DE DATOS DEL SUR"), "prueba", false, default));
        Assert.Equal((organization.Id, OrganizationRules.Fields.Name), (Assert.IsType<RegisterOrganizationOutcome.Duplicate>(again).ExistingId, ((RegisterOrganizationOutcome.Duplicate)again).Field));
        var sameRfc = await RunAsync<RegisterOrganization, RegisterOrganizationOutcome>(r => r.RunAsync(
            TestOrganizations.Input("Otra academia", rfc: stored.Rfc), "prueba", false, default));
        Assert.Equal(OrganizationRules.Fields.Rfc, Assert.IsType<RegisterOrganizationOutcome.Duplicate>(sameRfc).Field);
    }

    [Fact]
    public async Task Verification_GatesTheDirectory_AndRejectionWithdrawsItWithAReason()
    {
        var academia = Assert.IsType<RegisterOrganizationOutcome.Registered>(await RunAsync<RegisterOrganization, RegisterOrganizationOutcome>(r =>
            r.RunAsync(TestOrganizations.Input("Universidad del Golfo", OrganizationKind.Academia, state: "30"), "prueba", false, default))).Organization;
        await RunAsync<RegisterOrganization, RegisterOrganizationOutcome>(r => r.RunAsync(TestOrganizations.Input("Fondo Norte", OrganizationKind.Inversion, state: "19"), "prueba", true, default));
        Task<IReadOnlyList<DirectoryEntry>> DirectoryAsync(OrganizationKind? kind = null, string? state = null) =>
            RunAsync<ReadOrganizations, IReadOnlyList<DirectoryEntry>>(r => r.DirectoryAsync(kind, state, default));

        Assert.Equal(["Fondo Norte"], (await DirectoryAsync()).Select(e => e.Name));
        Assert.Null(await RunAsync<ReadOrganizations, DirectoryEntry?>(r => r.FindVerifiedAsync(academia.Id, default)));

        Assert.IsType<VerifyOrganizationOutcome.Verified>(await RunAsync<VerifyOrganization, VerifyOrganizationOutcome>(v => v.RunAsync(academia.Id, Operator, default)));
        Assert.Equal(["Fondo Norte", "Universidad del Golfo"], (await DirectoryAsync()).Select(e => e.Name));
        Assert.Equal(["Universidad del Golfo"], (await DirectoryAsync(OrganizationKind.Academia)).Select(e => e.Name));
        Assert.Equal(["Fondo Norte"], (await DirectoryAsync(state: "19")).Select(e => e.Name));
        await using (var db = Database.NewDb())
        {
            Assert.Equal("Ana Operadora (op-1)", (await db.Organizations.SingleAsync(o => o.Id == academia.Id)).VerifiedBy);
        }

        Assert.IsType<RejectOrganizationOutcome.Invalid>(await RunAsync<RejectOrganization, RejectOrganizationOutcome>(r => r.RunAsync(academia.Id, "no", Operator, default)));
        var rejected = Assert.IsType<RejectOrganizationOutcome.Rejected>(await RunAsync<RejectOrganization, RejectOrganizationOutcome>(r => r.RunAsync(academia.Id, "La constancia no coincide con la razón social.", Operator, default)));
        Assert.Equal(OrganizationStatus.Rechazada, OrganizationRules.StatusOf(rejected.Organization));
        Assert.Equal(["Fondo Norte"], (await DirectoryAsync()).Select(e => e.Name));
    }

    [Fact]
    public async Task Members_OnlyTheirOrganisationsAdministrators_Invite_ChangeRoles_AndRemove()
    {
        var (a, adminA) = await SelfRegisterAsync("Academia A", "admin-a@example.com");
        var (b, adminB) = await SelfRegisterAsync("Academia B", "admin-b@example.com");
        var staffA = await InviteAsync(a.Id, adminA, "staff-a@example.com", OrganizationRoles.Personal);
        var staffB = await InviteAsync(b.Id, adminB, "staff-b@example.com", OrganizationRoles.Personal);
        await using (var db = Database.NewDb())
        {
            var invited = await db.Users.SingleAsync(u => u.Email == "staff-a@example.com");
            Assert.Equal((a.Id, OrganizationRoles.Personal), (invited.OrganizationId!.Value, invited.OrganizationRole));
        }

        // Staff cannot invite; an administrator of A cannot touch B or B's people.
        Assert.Equal(OrganizationAuthority.Member, Assert.IsType<MemberOutcome.NotAllowed>(await RunAsync<ManageMembers, MemberOutcome>(m => m.InviteAsync(a.Id, "x@example.com", "X", OrganizationRoles.Personal, staffA, default))).Authority);
        Assert.IsType<MemberOutcome.NotAllowed>(await RunAsync<ManageMembers, MemberOutcome>(m => m.InviteAsync(b.Id, "y@example.com", "Y", OrganizationRoles.Administrador, adminA, default)));
        Assert.IsType<MemberOutcome.NotAllowed>(await RunAsync<ManageMembers, MemberOutcome>(m => m.ChangeRoleAsync(b.Id, Guid.Parse(staffB.Id), OrganizationRoles.Administrador, adminA, default)));
        Assert.IsType<MemberOutcome.NotAllowed>(await RunAsync<ManageMembers, MemberOutcome>(m => m.RemoveAsync(b.Id, Guid.Parse(staffB.Id), adminA, default)));
        Assert.IsType<MemberOutcome.NotFound>(await RunAsync<ManageMembers, MemberOutcome>(m => m.RemoveAsync(a.Id, Guid.Parse(staffB.Id), adminA, default)));

        // The last administrator can be neither demoted nor removed; once there is another, they can.
        var lastAdmin = Guid.Parse(adminA.Id);
        Assert.IsType<MemberOutcome.LastAdministrator>(await RunAsync<ManageMembers, MemberOutcome>(m => m.ChangeRoleAsync(a.Id, lastAdmin, OrganizationRoles.Personal, adminA, default)));
        Assert.IsType<MemberOutcome.LastAdministrator>(await RunAsync<ManageMembers, MemberOutcome>(m => m.RemoveAsync(a.Id, lastAdmin, adminA, default)));
        Assert.IsType<MemberOutcome.Changed>(await RunAsync<ManageMembers, MemberOutcome>(m => m.ChangeRoleAsync(a.Id, Guid.Parse(staffA.Id), OrganizationRoles.Administrador, adminA, default)));
        Assert.IsType<MemberOutcome.Removed>(await RunAsync<ManageMembers, MemberOutcome>(m => m.RemoveAsync(a.Id, lastAdmin, staffA, default)));

        await using var after = Database.NewDb();
        Assert.Null((await after.Users.SingleAsync(u => u.Id == lastAdmin)).OrganizationId);
        Assert.Equal(OrganizationRoles.Personal, (await after.Users.SingleAsync(u => u.Email == "staff-b@example.com")).OrganizationRole);
        Assert.Equal(["staff-a@example.com"], await after.Users.Where(u => u.OrganizationId == a.Id).Select(u => u.Email).ToListAsync());
    }

    [Fact]
    public async Task Keys_OnlyForAVerifiedOrganisationsAdministrators_AndAnotherOrganisationsKeyIsNotFound()
    {
        var (a, adminA) = await SelfRegisterAsync("Academia A", "admin-a@example.com");
        var (b, adminB) = await SelfRegisterAsync("Academia B", "admin-b@example.com");
        var staffA = await InviteAsync(a.Id, adminA, "staff-a@example.com", OrganizationRoles.Personal);

        Assert.Equal(OrganizationStatus.Pendiente, Assert.IsType<OrganizationKeyOutcome.NotVerified>(await RunAsync<ManageOrganizationKeys, OrganizationKeyOutcome>(k => k.CreateAsync(a.Id, "Moodle", adminA, default))).Status);
        await RunAsync<VerifyOrganization, VerifyOrganizationOutcome>(v => v.RunAsync(a.Id, Operator, default));
        await RunAsync<VerifyOrganization, VerifyOrganizationOutcome>(v => v.RunAsync(b.Id, Operator, default));

        Assert.IsType<OrganizationKeyOutcome.NotAllowed>(await RunAsync<ManageOrganizationKeys, OrganizationKeyOutcome>(k => k.CreateAsync(a.Id, "Moodle", staffA, default)));
        Assert.IsType<OrganizationKeyOutcome.NotAllowed>(await RunAsync<ManageOrganizationKeys, OrganizationKeyOutcome>(k => k.CreateAsync(b.Id, "Moodle", adminA, default)));
        var keyA = Assert.IsType<OrganizationKeyOutcome.Created>(await RunAsync<ManageOrganizationKeys, OrganizationKeyOutcome>(k => k.CreateAsync(a.Id, "Moodle", adminA, default))).Key;
        var keyB = Assert.IsType<OrganizationKeyOutcome.Created>(await RunAsync<ManageOrganizationKeys, OrganizationKeyOutcome>(k => k.CreateAsync(b.Id, "Open edX", Operator, default))).Key;
        Assert.Equal((a.Id, Roles.Aliado), (keyA.OrganizationId!.Value, keyA.Role));

        Assert.IsType<OrganizationKeyOutcome.NotAllowed>(await RunAsync<ManageOrganizationKeys, OrganizationKeyOutcome>(k => k.RevokeAsync(b.Id, keyB.Id, adminA, default)));
        Assert.IsType<OrganizationKeyOutcome.NotFound>(await RunAsync<ManageOrganizationKeys, OrganizationKeyOutcome>(k => k.RevokeAsync(a.Id, keyB.Id, adminA, default)));
        Assert.IsType<OrganizationKeyOutcome.Revoked>(await RunAsync<ManageOrganizationKeys, OrganizationKeyOutcome>(k => k.RevokeAsync(a.Id, keyA.Id, adminA, default)));

        await using var db = Database.NewDb();
        Assert.Null((await db.ApiKeys.SingleAsync(k => k.Id == keyB.Id)).RevokedAt);
        Assert.NotNull((await db.ApiKeys.SingleAsync(k => k.Id == keyA.Id)).RevokedAt);
        Assert.Equal([keyA.Id], (await RunAsync<ManageOrganizationKeys, IReadOnlyList<ApiKeyView>>(k => k.ListAsync(a.Id, default))).Select(k => k.Id));
    }

    [Fact]
    public async Task SeedDemoOrganizations_VerifiesOneOfEveryKindAndLeavesOnePending_Once()
    {
        var first = await RunAsync<SeedDemoOrganizations, SeedDemoOrganizationsOutcome>(s => s.RunAsync(default));
        var second = await RunAsync<SeedDemoOrganizations, SeedDemoOrganizationsOutcome>(s => s.RunAsync(default));

        Assert.True(first.Organizations > Enum.GetValues<OrganizationKind>().Length);
        Assert.Equal(0, second.Organizations);
        await using var db = Database.NewDb();
        var verifiedKinds = await db.Organizations.Where(o => o.VerifiedAt != null).Select(o => o.Kind).Distinct().ToListAsync();
        Assert.Equal(Enum.GetValues<OrganizationKind>().Order(), verifiedKinds.Order());
        Assert.Equal(SeedDemoOrganizations.PendingId, (await db.Organizations.SingleAsync(o => o.VerifiedAt == null)).Id);
        Assert.All(await db.Organizations.ToListAsync(), o => Assert.True(o.RfcCheckDigitMatches && o.Rfc!.Length == 12, o.Name));
    }

    [Fact]
    public async Task SeedDemoAccounts_AfterTheOrganisations_MakesTheDemoAliadoTheProvidersAdministrator()
    {
        await RunAsync<SeedDemoOrganizations, SeedDemoOrganizationsOutcome>(s => s.RunAsync(default));
        await RunAsync<SeedDemoAccounts, int>(s => s.RunAsync(default));

        await using var db = Database.NewDb();
        var aliado = await db.Users.SingleAsync(u => u.Email == SeedDemoOrganizations.DemoAliadoEmail);
        Assert.Equal((SeedDemoOrganizations.ProviderId, OrganizationRoles.Administrador), (aliado.OrganizationId!.Value, aliado.OrganizationRole));
    }
}
