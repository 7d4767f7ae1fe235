using System.Text;
using System.Text.Json.Nodes;

using Microsoft.Extensions.Time.Testing;

using Semillero.Badges.Credentials;
using Semillero.Tests.Infrastructure;

namespace Semillero.Tests.Badges;

public class CredentialSignerTests
{
    private static readonly DateTimeOffset IssuedAt = TestClock.Now;

    private static string Sign(SigningKeyMaterial key, DateTimeOffset? validUntil = null) =>
        new CredentialSigner(new FakeTimeProvider(IssuedAt.AddSeconds(5))).Sign(CredentialSamples.Credential(IssuedAt, validUntil), key);

    private static CredentialVerification Verify(string jwt, DateTimeOffset? at = null) =>
        new CredentialVerifier(new FakeTimeProvider(at ?? IssuedAt.AddDays(1))).Verify(jwt, CredentialSamples.Keys);

    public static TheoryData<JwsAlgorithm> Algorithms => [JwsAlgorithm.RS256, JwsAlgorithm.ES256];

    private static SigningKeyMaterial Key(JwsAlgorithm algorithm) => algorithm == JwsAlgorithm.RS256 ? CredentialSamples.Rsa : CredentialSamples.Ec;

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void Sign_Header_IsExactlyAlgKidTyp(JwsAlgorithm algorithm)
    {
        var key = Key(algorithm);

        var jwt = Sign(key);

        var header = Encoding.UTF8.GetString(CredentialSamples.Base64Decode(jwt.Split('.')[0]));
        Assert.Equal($$"""{"alg":"{{algorithm}}","kid":"{{key.KeyId}}","typ":"JWT"}""", header);
    }

    [Fact]
    public void Sign_Payload_IsTheCredentialPlusRegisteredClaims()
    {
        var credential = CredentialSamples.Credential(IssuedAt);

        var payload = CredentialSamples.Payload(Sign(CredentialSamples.Rsa));

        foreach (var (name, value) in credential)
        {
            Assert.True(JsonNode.DeepEquals(value, payload[name]), name);
        }

        Assert.Equal(CredentialSamples.Issuer.Id, (string?)payload["iss"]);
        Assert.Equal(CredentialSamples.SubjectId, (string?)payload["sub"]);
        Assert.Equal(CredentialSamples.CredentialId, (string?)payload["jti"]);
        Assert.Equal(IssuedAt.ToUnixTimeSeconds(), (long)payload["nbf"]!);
        Assert.Equal(IssuedAt.AddSeconds(5).ToUnixTimeSeconds(), (long)payload["iat"]!);
        Assert.False(payload.ContainsKey("exp"));
        Assert.False(payload.ContainsKey("vc"));
    }

    [Fact]
    public void Sign_WithValidUntil_AddsExp()
    {
        var payload = CredentialSamples.Payload(Sign(CredentialSamples.Ec, IssuedAt.AddYears(2)));

        Assert.Equal(IssuedAt.AddYears(2).ToUnixTimeSeconds(), (long)payload["exp"]!);
    }

    [Fact]
    public void Sign_Es256_SignatureIsP1363With64Bytes()
    {
        var jwt = Sign(CredentialSamples.Ec);

        Assert.Equal(64, CredentialSamples.Base64Decode(jwt.Split('.')[2]).Length);
    }

    [Fact]
    public void Sign_CredentialWithoutValidFrom_Throws()
    {
        var credential = CredentialSamples.Credential(IssuedAt);
        credential.Remove("validFrom");

        Assert.Throws<ArgumentException>(() => new CredentialSigner(TimeProvider.System).Sign(credential, CredentialSamples.Rsa));
    }

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void Verify_FreshCredential_IsValid(JwsAlgorithm algorithm)
    {
        var outcome = Verify(Sign(Key(algorithm)));

        var valid = Assert.IsType<CredentialVerification.Valid>(outcome);
        Assert.Equal(algorithm, valid.Algorithm);
        Assert.Equal(Key(algorithm).KeyId, valid.KeyId);
        Assert.Equal("Fundamentos de la nube", (string?)valid.Credential["name"]);
    }

    [Fact]
    public void Verify_AtTheInstantOfIssue_IsValid()
    {
        Assert.IsType<CredentialVerification.Valid>(Verify(Sign(CredentialSamples.Rsa), IssuedAt));
    }

    [Fact]
    public void Verify_SignedWithRetiredKeyStillPublished_IsValid()
    {
        Assert.IsType<CredentialVerification.Valid>(Verify(Sign(CredentialSamples.OldRsa)));
    }

    [Fact]
    public void Verify_BeforeValidFrom_IsNotYetValid()
    {
        var outcome = Verify(Sign(CredentialSamples.Rsa), IssuedAt.AddSeconds(-1));

        Assert.Equal(IssuedAt, Assert.IsType<CredentialVerification.NotYetValid>(outcome).ValidFrom);
    }

    [Fact]
    public void Verify_AtValidUntil_IsExpired()
    {
        var until = IssuedAt.AddDays(30);

        var outcome = Verify(Sign(CredentialSamples.Ec, until), until);

        Assert.Equal(until, Assert.IsType<CredentialVerification.Expired>(outcome).ValidUntil);
    }

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void Verify_OnePayloadCharacterChanged_IsBadSignature(JwsAlgorithm algorithm)
    {
        var outcome = Verify(CredentialSamples.TamperOneCharacter(Sign(Key(algorithm))));

        Assert.IsType<CredentialVerification.BadSignature>(outcome);
    }

    [Fact]
    public void Verify_SubChangedWithoutResigning_IsBadSignature()
    {
        var jwt = CredentialSamples.WithPayload(Sign(CredentialSamples.Rsa), p => p["sub"] = "urn:uuid:00000000-0000-0000-0000-000000000000");

        Assert.IsType<CredentialVerification.BadSignature>(Verify(jwt));
    }

    [Fact]
    public void Verify_SubChangedAndResigned_IsClaimMismatchOnSub()
    {
        var jwt = CredentialSamples.Resign(Sign(CredentialSamples.Rsa), CredentialSamples.Rsa, p => p["sub"] = "urn:uuid:00000000-0000-0000-0000-000000000000");

        Assert.Equal("sub", Assert.IsType<CredentialVerification.ClaimMismatch>(Verify(jwt)).Claim);
    }

    [Theory]
    [InlineData("iss")]
    [InlineData("jti")]
    [InlineData("nbf")]
    public void Verify_ClaimRemovedAndResigned_IsClaimMismatch(string claim)
    {
        var jwt = CredentialSamples.Resign(Sign(CredentialSamples.Ec), CredentialSamples.Ec, p => p.Remove(claim));

        Assert.Equal(claim, Assert.IsType<CredentialVerification.ClaimMismatch>(Verify(jwt)).Claim);
    }

    [Fact]
    public void Verify_ExpWithoutValidUntil_IsClaimMismatch()
    {
        var jwt = CredentialSamples.Resign(Sign(CredentialSamples.Rsa), CredentialSamples.Rsa, p => p["exp"] = IssuedAt.AddYears(1).ToUnixTimeSeconds());

        Assert.Equal("exp", Assert.IsType<CredentialVerification.ClaimMismatch>(Verify(jwt)).Claim);
    }

    [Fact]
    public void Verify_KidSwappedToAnotherRsaKey_IsBadSignature()
    {
        var jwt = CredentialSamples.WithHeader(Sign(CredentialSamples.Rsa), h => h["kid"] = CredentialSamples.OldRsa.KeyId);

        Assert.IsType<CredentialVerification.BadSignature>(Verify(jwt));
    }

    [Fact]
    public void Verify_KidSwappedToKeyOfOtherType_IsBadSignature()
    {
        var jwt = CredentialSamples.WithHeader(Sign(CredentialSamples.Rsa), h => h["kid"] = CredentialSamples.Ec.KeyId);

        var outcome = Assert.IsType<CredentialVerification.BadSignature>(Verify(jwt));
        Assert.Contains("ES256 key", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_KidNotPublished_IsUnknownKey()
    {
        using var stranger = SigningKeyMaterial.Generate(JwsAlgorithm.ES256);

        var outcome = Verify(Sign(stranger));

        Assert.Equal(stranger.KeyId, Assert.IsType<CredentialVerification.UnknownKey>(outcome).KeyId);
    }

    [Fact]
    public void Verify_AlgNone_IsBadSignature()
    {
        var jwt = CredentialSamples.WithHeader(Sign(CredentialSamples.Rsa), h => h["alg"] = "none");

        Assert.IsType<CredentialVerification.BadSignature>(Verify(jwt));
    }

    [Fact]
    public void Verify_ExtraHeaderMemberEvenIfSigned_IsMalformed()
    {
        var jwt = CredentialSamples.Resign(Sign(CredentialSamples.Rsa), CredentialSamples.Rsa, _ => { }, h => h["x5u"] = "https://attacker.example/cert");

        Assert.IsType<CredentialVerification.Malformed>(Verify(jwt));
    }

    [Fact]
    public void Verify_EmbeddedJwkOfAnotherKey_IsIgnored()
    {
        using var attacker = SigningKeyMaterial.Generate(JwsAlgorithm.ES256);
        var jwt = CredentialSamples.Resign(Sign(CredentialSamples.Ec), attacker, _ => { }, h => h["jwk"] = attacker.PublicKey.ToJwk());

        Assert.IsType<CredentialVerification.BadSignature>(Verify(jwt));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a jwt")]
    [InlineData("a.b")]
    [InlineData("a..c")]
    [InlineData("e30.e30.e30.e30")]
    [InlineData("!!!.e30.AAAA")]
    public void Verify_NotACompactJws_IsMalformed(string jwt)
    {
        Assert.IsType<CredentialVerification.Malformed>(Verify(jwt));
    }

    [Fact]
    public void Verify_DuplicateMemberInSignedPayload_IsMalformed()
    {
        var header = CredentialSamples.Header(Sign(CredentialSamples.Rsa));
        var payloadJson = CredentialSamples.Payload(Sign(CredentialSamples.Rsa)).ToJsonString();
        payloadJson = payloadJson[..^1] + ",\"sub\":\"urn:uuid:other\"}";
        var input = CredentialSamples.Base64Encode(Encoding.UTF8.GetBytes(header.ToJsonString())) + "." + CredentialSamples.Base64Encode(Encoding.UTF8.GetBytes(payloadJson));
        var jwt = input + "." + CredentialSamples.Base64Encode(CredentialSamples.Rsa.Sign(Encoding.ASCII.GetBytes(input)));

        Assert.IsType<CredentialVerification.Malformed>(Verify(jwt));
    }

    [Fact]
    public void Outcomes_AllHaveSpanishAndEnglishMessages()
    {
        CredentialVerification[] outcomes =
        [
            new CredentialVerification.Valid(new JsonObject(), "k", JwsAlgorithm.RS256),
            new CredentialVerification.Malformed("x"),
            new CredentialVerification.UnknownKey("k"),
            new CredentialVerification.BadSignature("x"),
            new CredentialVerification.ClaimMismatch("sub", "x"),
            new CredentialVerification.Expired(IssuedAt),
            new CredentialVerification.NotYetValid(IssuedAt),
        ];

        Assert.All(outcomes, o => Assert.False(string.IsNullOrWhiteSpace(o.MessageEs) || string.IsNullOrWhiteSpace(o.MessageEn)));
        Assert.Equal(outcomes.Length, outcomes.Select(o => o.MessageEs).Distinct(StringComparer.Ordinal).Count());
    }
}
