using Semillero.Badges.Credentials;

namespace Semillero.Tests.Badges;

// Interoperability: credentials our builder and signer produce pass an independent verifier (Node,
// jose, written from the OB 3.0 spec), and every tampered copy fails there and in our own verifier.
// The Node verifier checks against the real clock, so these credentials are issued "now".
public class Ob3VerifierTests
{
    private static readonly DateTimeOffset IssuedAt = TimeProvider.System.GetUtcNow().AddMinutes(-1);

    public static TheoryData<JwsAlgorithm> Algorithms => [JwsAlgorithm.RS256, JwsAlgorithm.ES256];

    private static SigningKeyMaterial Key(JwsAlgorithm algorithm) => algorithm == JwsAlgorithm.RS256 ? CredentialSamples.Rsa : CredentialSamples.Ec;

    private static string Issue(SigningKeyMaterial key, DateTimeOffset? validUntil = null) =>
        new CredentialSigner(TimeProvider.System).Sign(CredentialSamples.Credential(IssuedAt, validUntil), key);

    private static CredentialVerification VerifyHere(string jwt) =>
        new CredentialVerifier(TimeProvider.System).Verify(jwt, CredentialSamples.Keys);

    [Theory]
    [MemberData(nameof(Algorithms))]
    public async Task Issued_PassesTheIndependentVerifier(JwsAlgorithm algorithm)
    {
        var jwt = Issue(Key(algorithm), IssuedAt.AddYears(3));

        var result = await Ob3Verifier.RunAsync(jwt, CredentialSamples.Keys);

        Assert.True(result.Verified, result.Output);
        Assert.Equal(algorithm.ToString(), result.Alg);
        Assert.Empty(result.Errors);
        Assert.IsType<CredentialVerification.Valid>(VerifyHere(jwt));
    }

    [Fact]
    public async Task Issued_WithoutValidUntil_PassesTheIndependentVerifier()
    {
        var result = await Ob3Verifier.RunAsync(Issue(CredentialSamples.Rsa), CredentialSamples.Keys);

        Assert.True(result.Verified, result.Output);
    }

    [Theory]
    [MemberData(nameof(Algorithms))]
    public async Task OnePayloadCharacterChanged_FailsInBothVerifiers(JwsAlgorithm algorithm)
    {
        var jwt = CredentialSamples.TamperOneCharacter(Issue(Key(algorithm)));

        var result = await Ob3Verifier.RunAsync(jwt, CredentialSamples.Keys);

        Assert.False(result.Verified, result.Output);
        Assert.Contains(result.Errors, e => e.StartsWith("signature:", StringComparison.Ordinal));
        Assert.IsType<CredentialVerification.BadSignature>(VerifyHere(jwt));
    }

    [Fact]
    public async Task KidSwappedToAnotherPublishedKey_FailsInBothVerifiers()
    {
        var jwt = CredentialSamples.WithHeader(Issue(CredentialSamples.Rsa), h => h["kid"] = CredentialSamples.OldRsa.KeyId);

        var result = await Ob3Verifier.RunAsync(jwt, CredentialSamples.Keys);

        Assert.False(result.Verified, result.Output);
        Assert.IsType<CredentialVerification.BadSignature>(VerifyHere(jwt));
    }

    [Fact]
    public async Task KidSwappedToKeyOfOtherType_FailsInBothVerifiers()
    {
        var jwt = CredentialSamples.WithHeader(Issue(CredentialSamples.Ec), h => h["kid"] = CredentialSamples.Rsa.KeyId);

        var result = await Ob3Verifier.RunAsync(jwt, CredentialSamples.Keys);

        Assert.False(result.Verified, result.Output);
        Assert.IsType<CredentialVerification.BadSignature>(VerifyHere(jwt));
    }

    [Fact]
    public async Task SubChangedWithoutResigning_FailsInBothVerifiers()
    {
        var jwt = CredentialSamples.WithPayload(Issue(CredentialSamples.Ec), p => p["sub"] = "urn:uuid:00000000-0000-0000-0000-000000000000");

        var result = await Ob3Verifier.RunAsync(jwt, CredentialSamples.Keys);

        Assert.False(result.Verified, result.Output);
        Assert.Contains("sub does not equal credentialSubject.id", result.Errors);
        Assert.IsType<CredentialVerification.BadSignature>(VerifyHere(jwt));
    }

    [Fact]
    public async Task SubChangedAndResigned_FailsInBothVerifiersOnTheClaim()
    {
        var jwt = CredentialSamples.Resign(Issue(CredentialSamples.Rsa), CredentialSamples.Rsa, p => p["sub"] = "urn:uuid:00000000-0000-0000-0000-000000000000");

        var result = await Ob3Verifier.RunAsync(jwt, CredentialSamples.Keys);

        Assert.Equal(["sub does not equal credentialSubject.id"], result.Errors);
        Assert.Equal("sub", Assert.IsType<CredentialVerification.ClaimMismatch>(VerifyHere(jwt)).Claim);
    }

    [Fact]
    public async Task SignedByUnpublishedKey_FailsInBothVerifiers()
    {
        using var stranger = SigningKeyMaterial.Generate(JwsAlgorithm.ES256);
        var jwt = Issue(stranger);

        var result = await Ob3Verifier.RunAsync(jwt, CredentialSamples.Keys);

        Assert.False(result.Verified, result.Output);
        Assert.IsType<CredentialVerification.UnknownKey>(VerifyHere(jwt));
    }

    [Fact]
    public async Task Expired_FailsInBothVerifiers()
    {
        var issuedAt = IssuedAt.AddDays(-10);
        var credential = CredentialSamples.Credential(issuedAt, issuedAt.AddDays(1));
        var jwt = new CredentialSigner(TimeProvider.System).Sign(credential, CredentialSamples.Rsa);

        var result = await Ob3Verifier.RunAsync(jwt, CredentialSamples.Keys);

        Assert.False(result.Verified, result.Output);
        Assert.IsType<CredentialVerification.Expired>(VerifyHere(jwt));
    }

    [Fact]
    public async Task ExtraHeaderMemberSigned_FailsInBothVerifiers()
    {
        var jwt = CredentialSamples.Resign(Issue(CredentialSamples.Rsa), CredentialSamples.Rsa, _ => { }, h => h["x5u"] = "https://attacker.example/cert");

        var result = await Ob3Verifier.RunAsync(jwt, CredentialSamples.Keys);

        Assert.Contains("JOSE header member \"x5u\" is not allowed", result.Errors);
        Assert.IsType<CredentialVerification.Malformed>(VerifyHere(jwt));
    }
}
