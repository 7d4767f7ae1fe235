using System.Buffers.Text;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.Badges;
using Semillero.Badges.Credentials;
using Semillero.Completions;
using Semillero.Data;
using Semillero.Tests.Completions;
using Semillero.Tests.Infrastructure;

namespace Semillero.Tests.Badges;

// Badges as the program lives them: a person finishes a path and gets exactly one signed credential,
// whatever the number of issuers racing; keys rotate without breaking old credentials; revocation
// shows in the signed status list and in the verdict. The independent Node verifier checks the
// credentials, so the clock is real time (a minute ago).
public abstract class BadgeIssuingTests(DatabaseProvider provider) : ProductTest(provider, TimeProvider.System.GetUtcNow().AddMinutes(-1))
{
    public sealed class OnSqlite() : BadgeIssuingTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : BadgeIssuingTests(DatabaseProvider.Postgres);

    private static readonly Actor Operator = new("operador-1", "Operadora", Roles.Operador);

    private CatalogFixture _catalog = null!;
    private int _seed = 300;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = Database.NewDb();
        _catalog = await CatalogFixture.CreateAsync(db, Clock.GetUtcNow().UtcDateTime);
        await using var scope = Services.CreateAsyncScope();
        var publish = scope.ServiceProvider.GetRequiredService<PublishRule>();
        Assert.IsType<PublishRuleOutcome.Published>(await publish.ForCourseAsync(_catalog.CourseA, new CourseRuleDraft([CatalogFixture.Completed], null, false), "Regla inicial del curso", "operador", default));
        Assert.IsType<PublishRuleOutcome.Published>(await publish.ForCourseAsync(_catalog.CourseB, new CourseRuleDraft([CatalogFixture.Completed], null, false), "Regla inicial del curso", "operador", default));
        Assert.IsType<PublishRuleOutcome.Published>(await publish.ForPathAsync(_catalog.PathId, new PathRuleDraft(null), "Regla de egreso de la ruta", "operador", default));
    }

    // A person who completed both courses of the path: a path completion waiting for its badge.
    private async Task<Semillero.Learners.Learner> EgresadoAsync()
    {
        Semillero.Learners.Learner learner;
        await using (var db = Database.NewDb())
        {
            learner = await Semillero.Tests.LearningRecords.Linking.LinkingData.LearnerAsync(db, _seed++, $"persona{_seed}@example.com");
        }

        await using var scope = Services.CreateAsyncScope();
        var award = scope.ServiceProvider.GetRequiredService<AwardCourse>();
        var day = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);
        Assert.IsType<AwardCourseOutcome.Awarded>(await award.RunAsync(learner.Id, _catalog.CourseA, day, "Taller presencial en Oaxaca", "operador", default));
        Assert.IsType<AwardCourseOutcome.Awarded>(await award.RunAsync(learner.Id, _catalog.CourseB, day, "Taller presencial en Oaxaca", "operador", default));
        Assert.True((await scope.ServiceProvider.GetRequiredService<EvaluatePaths>().RunPendingAsync(default)).NewPathCompletions == 1);
        return learner;
    }

    private async Task<IssueBadges.Result> IssueAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IssueBadges>().RunPendingAsync(default);
    }

    private async Task<List<BadgeAward>> AwardsAsync()
    {
        await using var db = Database.NewDb();
        return await db.BadgeAwards.AsNoTracking().OrderBy(a => a.IssuedAt).ThenBy(a => a.Id).ToListAsync();
    }

    private Task<JsonWebKeySet> KeySetAsync() => RunAsync(s => s.GetRequiredService<SigningKeyStore>().KeySetAsync(default));

    private Task<BadgeVerification> VerdictAsync(string jwt) => RunAsync(s => s.GetRequiredService<VerifyBadge>().ForJwtAsync(jwt, default));

    private static JsonObject Payload(string jwt) =>
        (JsonObject)JsonNode.Parse(Base64Url.DecodeFromChars(jwt.Split('.')[1]))!;

    // The same JWT with the achievement's name changed and the signature kept.
    private static string Tamper(string jwt)
    {
        var parts = jwt.Split('.');
        var payload = Payload(jwt);
        payload["credentialSubject"]!["achievement"]!["name"] = "Doctorado en nube";
        return parts[0] + "." + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload.ToJsonString())) + "." + parts[2];
    }

    [Fact]
    public async Task PathCompletion_IssuesOneSignedBadge_WithoutPersonalData_ThatTheIndependentVerifierAccepts()
    {
        var learner = await EgresadoAsync();

        var result = await IssueAsync();

        Assert.Equal(new IssueBadges.Result(1, 1), result);
        var award = Assert.Single(await AwardsAsync());
        Assert.Equal((learner.Id, _catalog.PathId), (award.LearnerId, award.PathId));
        Assert.Null(award.RevokedAt);

        var payload = Payload(award.Credential);
        Guid subject;
        await using (var db = Database.NewDb())
        {
            subject = (await db.BadgeSubjects.SingleAsync(s => s.LearnerId == learner.Id)).SubjectId;
        }

        Assert.Equal($"urn:uuid:{subject}", payload["credentialSubject"]!["id"]!.GetValue<string>());
        Assert.NotEqual(learner.Id, subject);
        foreach (var personal in new[] { learner.Curp, learner.Email!, learner.GivenNames, learner.FirstSurname, learner.Id.ToString() })
        {
            Assert.DoesNotContain(personal, payload.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        }

        var achievement = payload["credentialSubject"]!["achievement"]!;
        Assert.Equal("Nube: fundamentos", achievement["name"]!.GetValue<string>());
        Assert.Contains("Terminar los dos cursos.", achievement["criteria"]!["narrative"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("Reconocimiento no oficial: no constituye certificación oficial", achievement["criteria"]!["narrative"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("nube-computo", achievement["alignment"]![0]!["targetCode"]!.GetValue<string>());
        Assert.Equal($"http://localhost:5080/verificar/{award.Id}", payload["id"]!.GetValue<string>());
        Assert.Equal(award.StatusIndex.ToString(System.Globalization.CultureInfo.InvariantCulture), payload["credentialStatus"]!["statusListIndex"]!.GetValue<string>());
        Assert.Equal("http://localhost:5080/insignias/estado/1", payload["credentialStatus"]!["statusListCredential"]!.GetValue<string>());

        var keys = await KeySetAsync();
        var node = await Ob3Verifier.RunAsync(award.Credential, keys);
        Assert.True(node.Verified, node.Output);
        Assert.Equal("RS256", node.Alg);
        Assert.Equal(BadgeVerdict.Valid, (await VerdictAsync(award.Credential)).Verdict);

        var tampered = Tamper(award.Credential);
        Assert.False((await Ob3Verifier.RunAsync(tampered, keys)).Verified);
        Assert.Equal(BadgeVerdict.Tampered, (await VerdictAsync(tampered)).Verdict);

        // Nothing is pending any more: running again issues nothing.
        Assert.Equal(new IssueBadges.Result(0, 0), await IssueAsync());
        Assert.Single(await AwardsAsync());
    }

    [Fact]
    public async Task ConcurrentIssuers_ProduceExactlyOneAwardPerPersonAndPath()
    {
        await EgresadoAsync();
        await EgresadoAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(IssueAsync)));

        var awards = await AwardsAsync();
        Assert.Equal(2, awards.Count);
        Assert.Equal(2, awards.Select(a => a.LearnerId).Distinct().Count());
        Assert.Equal(2, results.Sum(r => r.Issued));
        Assert.Equal(2, awards.Select(a => a.StatusIndex).Distinct().Count());
        await using var db = Database.NewDb();
        Assert.Equal(2, await db.BadgeSubjects.CountAsync());
        Assert.Single(await db.SigningKeys.ToListAsync());
    }

    [Fact]
    public async Task FirstUse_InManyScopesAtOnce_CreatesExactlyOneActiveKey()
    {
        var kids = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => RunAsync(async s =>
        {
            using var key = await s.GetRequiredService<SigningKeyStore>().ActiveAsync(default);
            return key.KeyId;
        }))));

        Assert.Single(kids.Distinct());
        await using var db = Database.NewDb();
        var key = Assert.Single(await db.SigningKeys.ToListAsync());
        Assert.Equal(kids[0], key.Kid);
        Assert.Equal("RS256", key.Algorithm);
        Assert.Null(key.RetiredAt);
        // Stored protected: the PKCS#8 bytes of the private key are not there in the clear.
        Assert.DoesNotContain("MII", key.ProtectedPrivateKey[..10], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rotation_RetiresTheKey_AndOldCredentialsKeepVerifyingThroughTheJwks()
    {
        await EgresadoAsync();
        await IssueAsync();
        var first = Assert.Single(await AwardsAsync());

        var rotated = Assert.IsType<RotateSigningKeyOutcome.Rotated>(
            await RunAsync(s => s.GetRequiredService<RotateSigningKey>().RunAsync("ES256", default)));
        await EgresadoAsync();
        await IssueAsync();

        var second = (await AwardsAsync()).Single(a => a.Id != first.Id);
        Assert.NotEqual(first.KeyId, rotated.Kid);
        Assert.Equal(rotated.Kid, second.KeyId);
        Assert.Equal("ES256", rotated.Algorithm);

        await using (var db = Database.NewDb())
        {
            var keys = await db.SigningKeys.AsNoTracking().ToListAsync();
            Assert.Equal(2, keys.Count);
            Assert.NotNull(keys.Single(k => k.Kid == first.KeyId).RetiredAt);
            Assert.Null(keys.Single(k => k.Kid == rotated.Kid).RetiredAt);
        }

        var jwks = await KeySetAsync();
        Assert.Equal(2, jwks.Keys.Count);
        foreach (var award in new[] { first, second })
        {
            var node = await Ob3Verifier.RunAsync(award.Credential, jwks);
            Assert.True(node.Verified, node.Output);
            Assert.Equal(BadgeVerdict.Valid, (await VerdictAsync(award.Credential)).Verdict);
        }

        Assert.IsType<RotateSigningKeyOutcome.Invalid>(await RunAsync(s => s.GetRequiredService<RotateSigningKey>().RunAsync("HS256", default)));
    }

    [Fact]
    public async Task Revocation_NeedsAReason_FlipsTheStatusListBit_AndTheVerdict_AndIsIdempotent()
    {
        await EgresadoAsync();
        await IssueAsync();
        var award = Assert.Single(await AwardsAsync());
        var before = await RunAsync(s => s.GetRequiredService<StatusListPublisher>().SignedAsync(default));
        Assert.False(StatusBit(before, award.StatusIndex));

        Assert.IsType<RevokeBadgeOutcome.Invalid>(await RevokeAsync(award.Id, "corto"));
        Assert.IsType<RevokeBadgeOutcome.NotFound>(await RevokeAsync(Guid.NewGuid(), "Evidencia duplicada por el proveedor"));
        var revoked = Assert.IsType<RevokeBadgeOutcome.Revoked>(await RevokeAsync(award.Id, "Evidencia duplicada por el proveedor"));
        Assert.Equal(("operador-1", "Evidencia duplicada por el proveedor"), (revoked.Revocation.RevokedBy, revoked.Revocation.Reason));

        // Same process: the cached list was dropped, so the next fetch shows the bit at once.
        var after = await RunAsync(s => s.GetRequiredService<StatusListPublisher>().SignedAsync(default));
        Assert.True(StatusBit(after, award.StatusIndex));
        Assert.IsType<CredentialVerification.Valid>(new CredentialVerifier(Clock).Verify(after, await KeySetAsync()));
        Assert.Equal(BadgeVerdict.Revoked, (await VerdictAsync(award.Credential)).Verdict);
        var page = await RunAsync(s => s.GetRequiredService<VerifyBadge>().ForAwardAsync(award.Id, default));
        Assert.Equal(BadgeVerdict.Revoked, page!.Result.Verdict);

        var again = Assert.IsType<RevokeBadgeOutcome.AlreadyRevoked>(await RevokeAsync(award.Id, "Otra razón distinta y larga"));
        Assert.Equal("Evidencia duplicada por el proveedor", again.Revocation.Reason);
        await using var db = Database.NewDb();
        var stored = await db.BadgeAwards.SingleAsync();
        Assert.Equal(("operador-1", "Evidencia duplicada por el proveedor"), (stored.RevokedBy, stored.RevokedReason));
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == "revocacion-insignia" && e.LearnerId == award.LearnerId));
    }

    [Fact]
    public async Task StoredCredentialAltered_ShowsAsTampered_AndTheLearnerListSaysWhatTheyHave()
    {
        var learner = await EgresadoAsync();
        await IssueAsync();
        var award = Assert.Single(await AwardsAsync());
        await using (var db = Database.NewDb())
        {
            await db.BadgeAwards.Where(a => a.Id == award.Id).ExecuteUpdateAsync(u => u.SetProperty(a => a.Credential, Tamper(award.Credential)));
        }

        var page = await RunAsync(s => s.GetRequiredService<VerifyBadge>().ForAwardAsync(award.Id, default));
        Assert.Equal(BadgeVerdict.Tampered, page!.Result.Verdict);
        Assert.Null(page.Result.Claims);

        var list = await RunAsync(s => s.GetRequiredService<ListLearnerBadges>().RunAsync(learner.Id, default));
        var badge = Assert.Single(list);
        Assert.Equal((award.Id, "nube-fundamentos", "Nube: fundamentos", false), (badge.AwardId, badge.PathCode, badge.PathNameEs, badge.Revoked));
        Assert.Empty(await RunAsync(s => s.GetRequiredService<ListLearnerBadges>().RunAsync(Guid.NewGuid(), default)));
    }

    private Task<RevokeBadgeOutcome> RevokeAsync(Guid awardId, string reason) =>
        RunAsync(s => s.GetRequiredService<RevokeBadge>().RunAsync(awardId, reason, Operator, default));

    private static bool StatusBit(string statusListJwt, int index)
    {
        var subject = Payload(statusListJwt)["credentialSubject"]!;
        Assert.Equal("revocation", subject["statusPurpose"]!.GetValue<string>());
        return BitstringStatusList.Decode(subject["encodedList"]!.GetValue<string>())[index];
    }
}
