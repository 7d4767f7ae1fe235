using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.Accounts;
using Semillero.Data;
using Semillero.Learners;
using Semillero.Tests.Infrastructure;

namespace Semillero.Tests.Accounts;

// Knowing a CURP is never proof of being that person: registering with the CURP of someone a
// partner already registered changes nothing until the record's mailbox, the registering partner
// or an operator proves the claim (docs/adr/0007-claiming-a-record-needs-proof-of-control.md).
public abstract class RecordClaimTests(DatabaseProvider provider) : ProductTest(provider)
{
    public sealed class OnSqlite() : RecordClaimTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : RecordClaimTests(DatabaseProvider.Postgres);

    private const string Curp = "PEGJ900512HJCRRS04";
    private const string RealEmail = "juan.real@example.com";
    private const string Attacker = "atacante@example.com";

    private static readonly Actor PartnerA = new("aliado-a", "Coordinación UA", Roles.Aliado, Organization: "Universidad A");
    private static readonly Actor PartnerB = new("aliado-b", "Coordinación UB", Roles.Aliado, Organization: "Universidad B");
    private static readonly Actor Operator = new("operador-1", "Ana Operadora", Roles.Operador);

    // What a partner's import leaves: the person, with or without an email, and no account.
    private Task<Learner> ImportedAsync(string? email, string registeredBy = "Universidad A") =>
        TestLearners.ImportedAsync(Database, Curp, email, registeredBy);

    private Task<RegisterAccountOutcome> RegisterAsync(string email, string nombre = "Juan") =>
        RunAsync(sp => sp.GetRequiredService<RegisterAccount>().RunAsync(
            RegisterAccountTests.Jose(email) with { Nombre = nombre, ConfirmNamesDespiteCurp = true }, default));

    private async Task AssertRecordUntouchedAsync(Learner before)
    {
        await using var db = Database.NewDb();
        var now = await db.Learners.AsNoTracking().SingleAsync(l => l.Id == before.Id);
        Assert.Equal(
            (before.GivenNames, before.FirstSurname, before.SecondSurname, before.Email, before.StateCode, before.Segment, before.RegisteredBy),
            (now.GivenNames, now.FirstSurname, now.SecondSurname, now.Email, now.StateCode, now.Segment, now.RegisteredBy));
        Assert.False(await db.Users.AnyAsync(u => u.LearnerId == before.Id));
    }

    private async Task<(Guid ClaimId, string Secret)> LinkSentToAsync(string to)
    {
        await using var db = Database.NewDb();
        var body = (await db.OutboxMessages.SingleAsync(m => m.To == to && m.Kind == "reclamo-confirmar")).BodyText;
        var line = body.Split('\n').Select(l => l.Trim()).Single(l => l.Contains("/cuenta/reclamar?", StringComparison.Ordinal));
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(line).Query);
        return (Guid.Parse(query["solicitud"]!), query["codigo"]!);
    }

    [Fact]
    public async Task Register_CurpOfAPersonWithEmail_ChangesNothingAndSendsTheLinkToTheRecordsEmail()
    {
        var record = await ImportedAsync(RealEmail);

        var outcome = await RegisterAsync(Attacker, nombre: "Cualquiera");

        var pending = Assert.IsType<RegisterAccountOutcome.ClaimPending>(outcome);
        Assert.Equal(ClaimProof.Correo, pending.Proof);
        await AssertRecordUntouchedAsync(record);
        await using var db = Database.NewDb();
        Assert.False(await db.Users.AnyAsync());
        Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.To == RealEmail && m.Kind == "reclamo-confirmar"));
        // The newcomer hears how it goes on, and nothing of the record: not its email, not its names.
        var toNewcomer = await db.OutboxMessages.Where(m => m.To == Attacker).ToListAsync();
        var received = Assert.Single(toNewcomer);
        Assert.Equal("reclamo-recibido", received.Kind);
        Assert.DoesNotContain(RealEmail, received.BodyText, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Pérez", received.BodyText, StringComparison.Ordinal);
        Assert.DoesNotContain("Universidad A", received.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_CurpOfAPersonWithEmail_NoPasswordResetOrSignInReachesTheRecord()
    {
        await ImportedAsync(RealEmail);
        await RegisterAsync(Attacker);

        await RunAsync(async sp =>
        {
            await sp.GetRequiredService<PasswordReset>().RequestAsync(Attacker, default);
            return 0;
        });

        await using var db = Database.NewDb();
        Assert.False(await db.OutboxMessages.AnyAsync(m => m.Kind == "restablecer"));
        Assert.Null(await RunAsync(sp => sp.GetRequiredService<UserManager<User>>().FindByEmailAsync(Attacker)));
    }

    [Fact]
    public async Task ConfirmByLink_FromTheRecordsMailbox_GivesTheAccountTheRecordWithTheNewcomersDetails()
    {
        var record = await ImportedAsync(RealEmail);
        await RegisterAsync("juan.nuevo@example.com");
        var (claimId, secret) = await LinkSentToAsync(RealEmail);

        var link = await RunAsync(sp => sp.GetRequiredService<ConfirmRecordClaim>().ReadAsync(claimId, secret, default));
        Assert.Equal("juan.nuevo@example.com", link!.NewcomerEmail);
        var outcome = await RunAsync(sp => sp.GetRequiredService<ConfirmRecordClaim>().RunAsync(claimId, secret, itWasMe: true, default));

        // A new address still needs its own confirmation before signing in.
        Assert.Equal(new ConfirmRecordClaimOutcome.Confirmed(CanSignIn: false), outcome);
        await using var db = Database.NewDb();
        var learner = await db.Learners.SingleAsync();
        Assert.Equal((record.Id, "juan.nuevo@example.com", "14", Segment.Estudiante, "Universidad A"), (learner.Id, learner.Email, learner.StateCode, learner.Segment, learner.RegisteredBy));
        var user = await db.Users.SingleAsync();
        Assert.Equal((record.Id, "juan.nuevo@example.com", false), (user.LearnerId, user.Email, user.EmailConfirmed));
        Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.To == "juan.nuevo@example.com" && m.Kind == "confirmacion"));
        Assert.Equal(ClaimStatus.Aceptada, (await db.RecordClaims.SingleAsync()).Status);
        Assert.True(await RunAsync(sp => sp.GetRequiredService<UserManager<User>>().CheckPasswordAsync(user, "contraseña-segura-1")));
    }

    [Fact]
    public async Task ConfirmByLink_SameEmailAsTheRecord_CanSignInAtOnce()
    {
        await ImportedAsync(RealEmail);
        await RegisterAsync(RealEmail);
        var (claimId, secret) = await LinkSentToAsync(RealEmail);

        var outcome = await RunAsync(sp => sp.GetRequiredService<ConfirmRecordClaim>().RunAsync(claimId, secret, itWasMe: true, default));

        Assert.Equal(new ConfirmRecordClaimOutcome.Confirmed(CanSignIn: true), outcome);
        await using var db = Database.NewDb();
        Assert.True((await db.Users.SingleAsync()).EmailConfirmed);
        // One message only: the link already proved the address.
        Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.To == RealEmail));
    }

    [Fact]
    public async Task ConfirmByLink_WrongSecretUsedTwiceOrExpired_IsInvalidAndChangesNothing()
    {
        var record = await ImportedAsync(RealEmail);
        await RegisterAsync(Attacker);
        var (claimId, secret) = await LinkSentToAsync(RealEmail);
        var confirm = (string code) => RunAsync(sp => sp.GetRequiredService<ConfirmRecordClaim>().RunAsync(claimId, code, itWasMe: true, default));

        Assert.IsType<ConfirmRecordClaimOutcome.InvalidLink>(await confirm(secret + "x"));
        Assert.IsType<ConfirmRecordClaimOutcome.InvalidLink>(await confirm(""));
        Clock.Advance(RecordClaim.LinkLifetime + TimeSpan.FromMinutes(1));
        Assert.IsType<ConfirmRecordClaimOutcome.InvalidLink>(await confirm(secret));
        Assert.Null(await RunAsync(sp => sp.GetRequiredService<ConfirmRecordClaim>().ReadAsync(claimId, secret, default)));

        await AssertRecordUntouchedAsync(record);
    }

    [Fact]
    public async Task RefuseByLink_TheMailboxOwnerSaysNo_ClaimIsRejectedAndTheNewcomerToldWithoutDetails()
    {
        var record = await ImportedAsync(RealEmail);
        await RegisterAsync(Attacker);
        var (claimId, secret) = await LinkSentToAsync(RealEmail);

        var outcome = await RunAsync(sp => sp.GetRequiredService<ConfirmRecordClaim>().RunAsync(claimId, secret, itWasMe: false, default));

        Assert.IsType<ConfirmRecordClaimOutcome.Refused>(outcome);
        await AssertRecordUntouchedAsync(record);
        await using var db = Database.NewDb();
        var claim = await db.RecordClaims.SingleAsync();
        Assert.Equal((ClaimStatus.Rechazada, "correo"), (claim.Status, claim.DecidedBy));
        var rejected = await db.OutboxMessages.SingleAsync(m => m.To == Attacker && m.Kind == "reclamo-rechazado");
        Assert.DoesNotContain(RealEmail, rejected.BodyText, StringComparison.OrdinalIgnoreCase);
        // The link is spent: it cannot be used to accept afterwards.
        Assert.IsType<ConfirmRecordClaimOutcome.InvalidLink>(await RunAsync(sp => sp.GetRequiredService<ConfirmRecordClaim>().RunAsync(claimId, secret, itWasMe: true, default)));
    }

    [Fact]
    public async Task Register_CurpOfAPersonWithoutEmail_WaitsForAVouchAndChangesNothing()
    {
        var record = await ImportedAsync(email: null);

        var outcome = await RegisterAsync(Attacker);

        Assert.Equal(ClaimProof.Aval, Assert.IsType<RegisterAccountOutcome.ClaimPending>(outcome).Proof);
        await AssertRecordUntouchedAsync(record);
        await using var db = Database.NewDb();
        Assert.Equal("reclamo-recibido", (await db.OutboxMessages.SingleAsync()).Kind);
    }

    [Fact]
    public async Task Vouch_ByAnotherPartner_IsNotFoundAndChangesNothing_ByTheRegisteringPartner_CreatesTheAccount()
    {
        var record = await ImportedAsync(email: null);
        var claimId = Assert.IsType<RegisterAccountOutcome.ClaimPending>(await RegisterAsync("juan.nuevo@example.com")).ClaimId;
        var decide = (Actor actor, bool vouch, string? reason) => RunAsync(sp => sp.GetRequiredService<DecideRecordClaim>().RunAsync(actor, new DecideRecordClaimInput(claimId, vouch, reason), default));

        Assert.IsType<DecideRecordClaimOutcome.NotFound>(await decide(PartnerB, true, "Lo conozco"));
        Assert.Empty(await RunAsync(sp => sp.GetRequiredService<ListRecordClaims>().ListAsync(PartnerB, default)));
        Assert.Null(await RunAsync(sp => sp.GetRequiredService<ListRecordClaims>().DetailAsync(PartnerB, claimId, default)));
        await AssertRecordUntouchedAsync(record);
        Assert.IsType<DecideRecordClaimOutcome.ReasonRequired>(await decide(PartnerA, true, "  "));
        await AssertRecordUntouchedAsync(record);

        var vouched = Assert.IsType<DecideRecordClaimOutcome.Vouched>(await decide(PartnerA, true, "INE revisada en ventanilla"));

        await using var db = Database.NewDb();
        var user = await db.Users.SingleAsync();
        Assert.Equal((vouched.UserId, record.Id, false), (user.Id, user.LearnerId, user.EmailConfirmed));
        Assert.Equal("juan.nuevo@example.com", (await db.Learners.SingleAsync()).Email);
        Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.To == "juan.nuevo@example.com" && m.Kind == "confirmacion"));
        var audit = await db.AuditEntries.SingleAsync(a => a.Action == DecideRecordClaim.VouchAction);
        Assert.Equal((record.Id, "aliado-a", "INE revisada en ventanilla"), (audit.LearnerId, audit.ActorId, audit.Why));
        var claim = await db.RecordClaims.SingleAsync();
        Assert.Equal((ClaimStatus.Aceptada, "aliado-a", "INE revisada en ventanilla"), (claim.Status, claim.DecidedBy, claim.Reason));
    }

    [Fact]
    public async Task Reject_ByAnOperator_TellsTheNewcomerAndLeavesTheRecord()
    {
        var record = await ImportedAsync(email: null);
        var claimId = Assert.IsType<RegisterAccountOutcome.ClaimPending>(await RegisterAsync(Attacker)).ClaimId;

        var outcome = await RunAsync(sp => sp.GetRequiredService<DecideRecordClaim>().RunAsync(Operator, new DecideRecordClaimInput(claimId, false, "No presentó identificación"), default));

        Assert.IsType<DecideRecordClaimOutcome.Rejected>(outcome);
        await AssertRecordUntouchedAsync(record);
        await using var db = Database.NewDb();
        Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.To == Attacker && m.Kind == "reclamo-rechazado"));
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == DecideRecordClaim.RejectAction && a.LearnerId == record.Id));
        Assert.IsType<DecideRecordClaimOutcome.NotFound>(await RunAsync(sp => sp.GetRequiredService<DecideRecordClaim>().RunAsync(Operator, new DecideRecordClaimInput(claimId, true, "otra vez"), default)));
    }

    [Fact]
    public async Task Accept_OneOfTwoClaimsOnTheSameRecord_TheOtherIsClosedAndCannotBeAcceptedLater()
    {
        await ImportedAsync(RealEmail);
        await RegisterAsync(Attacker);
        var (attackerClaim, attackerSecret) = await LinkSentToAsync(RealEmail);
        await using (var db = Database.NewDb())
        {
            db.OutboxMessages.RemoveRange(db.OutboxMessages);
            await db.SaveChangesAsync();
        }

        await RegisterAsync(RealEmail);
        var (realClaim, realSecret) = await LinkSentToAsync(RealEmail);
        Assert.NotEqual(attackerClaim, realClaim);

        await RunAsync(sp => sp.GetRequiredService<ConfirmRecordClaim>().RunAsync(realClaim, realSecret, itWasMe: true, default));

        Assert.IsType<ConfirmRecordClaimOutcome.InvalidLink>(await RunAsync(sp => sp.GetRequiredService<ConfirmRecordClaim>().RunAsync(attackerClaim, attackerSecret, itWasMe: true, default)));
        await using var check = Database.NewDb();
        Assert.Equal(RealEmail, (await check.Users.SingleAsync()).Email);
        Assert.Equal(ClaimStatus.Rechazada, (await check.RecordClaims.SingleAsync(c => c.Id == attackerClaim)).Status);
    }

    [Fact]
    public async Task Register_AgainWithTheSameEmail_RefreshesTheClaimInsteadOfAddingOne()
    {
        await ImportedAsync(RealEmail);
        await RegisterAsync(Attacker);
        await RegisterAsync(Attacker);

        await using var db = Database.NewDb();
        Assert.Equal(1, await db.RecordClaims.CountAsync());
        Assert.Equal(2, await db.OutboxMessages.CountAsync(m => m.To == RealEmail));
    }
}
