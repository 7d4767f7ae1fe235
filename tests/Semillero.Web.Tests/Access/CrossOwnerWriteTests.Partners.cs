using System.Net;
using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.LearningRecords.Linking;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.Access;

// Partner × partner. A partner's own writes are the learner registry and the LRS, tested with those
// features; what else a partner reaches is the resolution queue of its unlinked statements, which it
// reads but never changes: linking, re-applying and deciding claims are the operators'.
public abstract partial class CrossOwnerWriteTests
{
    private const string Queue = "/operacion/aprendizaje/sin-vincular";

    // What partner `name` sent and where it stands: its statements and whom they count for, the links
    // of its actors, and the claims on them.
    private Task<string> PartnerStateAsync(string name) => SnapshotAsync(async db =>
    {
        var actors = db.Statements.Where(s => s.Partner == name).Select(s => s.ActorKey);
        return new
        {
            Statements = await db.Statements.AsNoTracking().Where(s => s.Partner == name).OrderBy(s => s.Sequence).Select(s => new { s.Id, s.LearnerId }).ToListAsync(),
            Links = await db.ActorLinks.AsNoTracking().Where(l => actors.Contains(l.ActorKey)).OrderBy(l => l.ActorKey).ToListAsync(),
            Claims = await db.Set<ActorClaim>().AsNoTracking().Where(c => actors.Contains(c.ActorKey)).OrderBy(c => c.Id).ToListAsync(),
        };
    });

    private async Task<HttpClient> PartnerBrowserAsync(string organization) =>
        await SignInAsync(await App.CreateAsync(Roles.Aliado, organization: organization));

    [Fact]
    [CrossOwner("PAGE /operacion/aprendizaje/sin-vincular POST vincular")]
    [CrossOwner("PAGE /operacion/aprendizaje/sin-vincular POST reaplicar")]
    [CrossOwner("PAGE /operacion/aprendizaje/sin-vincular POST solicitud")]
    public async Task ResolutionQueue_PartnersCannotLinkReapplyOrDecide_OnAnyonesStatements_OperatorsCan()
    {
        const string Moodle = "Moodle Universidad";
        var moodle = await PartnerKeyAsync(Moodle);
        await ViewedAsync(moodle, "sin.vincular", "Persona Desconocida");
        await ViewedAsync(moodle, "reclamada", "Otro Nombre Cualquiera");
        var learner = await LearnerAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(learner.Browser, "/mi-aprendizaje/vincular", "/mi-aprendizaje/vincular",
            new() { [ClaimActor.PlatformField] = HomePage, [ClaimActor.UsernameField] = "reclamada" })).StatusCode);
        string curp;
        Guid claim;
        await using (var db = Database.NewDb())
        {
            curp = await db.Learners.Where(l => l.Id == learner.LearnerId).Select(l => l.Curp).SingleAsync();
            claim = (await db.Set<ActorClaim>().SingleAsync(c => c.Status == ActorClaimStatus.Pending)).Id;
        }

        var actor = ActorIdentity.AccountKey(HomePage, "sin.vincular");
        var link = new Dictionary<string, string> { ["clave"] = actor, ["curp"] = curp, ["confirmar"] = "true" };
        var decide = new Dictionary<string, string> { ["solicitud"] = claim.ToString(), ["decision"] = "confirmar" };
        // The partner whose statements they are, and another one: both only read the queue.
        var partners = new[] { await PartnerBrowserAsync(Moodle), await PartnerBrowserAsync("Open edX Proveedor") };
        var before = await PartnerStateAsync(Moodle);

        foreach (var partner in partners)
        {
            AssertTurnedAway(await PostFormAsync(partner, Queue, $"{Queue}?handler=vincular", link));
            AssertTurnedAway(await PostFormAsync(partner, Queue, $"{Queue}?handler=solicitud", decide));
        }

        Assert.Equal(before, await PartnerStateAsync(Moodle));
        var op = await App.SignedInAsync(Roles.Operador);
        var linked = await PostFormAsync(op, Queue, $"{Queue}?handler=vincular", link);
        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        Assert.StartsWith(Queue, linked.Headers.Location!.OriginalString, StringComparison.Ordinal);

        // A statement that arrived unlinked while the link was made: re-applying attributes it.
        await using (var db = Database.NewDb())
        {
            await db.Statements.Where(s => s.ActorKey == actor).ExecuteUpdateAsync(u => u.SetProperty(s => s.LearnerId, (Guid?)null));
        }

        var unlinked = await PartnerStateAsync(Moodle);
        foreach (var partner in partners)
        {
            AssertTurnedAway(await PostFormAsync(partner, Queue, $"{Queue}?handler=reaplicar", new() { ["clave"] = actor }));
        }

        Assert.Equal(unlinked, await PartnerStateAsync(Moodle));
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(op, Queue, $"{Queue}?handler=reaplicar", new() { ["clave"] = actor })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(op, Queue, $"{Queue}?handler=solicitud", decide)).StatusCode);
        await using var after = Database.NewDb();
        Assert.Equal(learner.LearnerId, await after.Statements.Where(s => s.ActorKey == actor).Select(s => s.LearnerId).SingleAsync());
        Assert.Equal(ActorClaimStatus.Accepted, (await after.Set<ActorClaim>().SingleAsync(c => c.Id == claim)).Status);
    }
}
