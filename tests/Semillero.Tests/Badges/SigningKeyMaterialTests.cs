using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

using Semillero.Badges.Credentials;

namespace Semillero.Tests.Badges;

public class SigningKeyMaterialTests
{
    // RFC 7638 §3.1: the example RSA key and its published thumbprint.
    private const string Rfc7638Modulus =
        "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw";

    private const string Rfc7638Thumbprint = "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs";

    [Fact]
    public void Thumbprint_Rfc7638Example_MatchesPublishedValue()
    {
        var key = PublicSigningKey.FromJwk(new JsonObject { ["kty"] = "RSA", ["n"] = Rfc7638Modulus, ["e"] = "AQAB", ["alg"] = "RS256", ["kid"] = "2011-04-29" });

        Assert.Equal(Rfc7638Thumbprint, key.Thumbprint);
        Assert.Equal("2011-04-29", key.KeyId);
    }

    [Fact]
    public void Generate_Rs256Default_Is3072BitsWithThumbprintKid()
    {
        using var key = SigningKeyMaterial.Generate(JwsAlgorithm.RS256);

        var jwk = key.PublicKey.ToJwk();
        Assert.Equal(384, CredentialSamples.Base64Decode((string)jwk["n"]!).Length);
        Assert.Equal(key.PublicKey.Thumbprint, key.KeyId);
        Assert.Equal(43, key.KeyId.Length);
    }

    [Fact]
    public void Generate_Rs256Below2048_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SigningKeyMaterial.Generate(JwsAlgorithm.RS256, 1024));
    }

    [Fact]
    public void PublicJwk_Rsa_HasExactlyTheJwksMembers()
    {
        var jwk = CredentialSamples.Rsa.PublicKey.ToJwk();

        Assert.Equal(["kty", "n", "e", "kid", "alg", "use"], jwk.Select(p => p.Key));
        Assert.Equal("RSA", (string?)jwk["kty"]);
        Assert.Equal("AQAB", (string?)jwk["e"]);
        Assert.Equal("RS256", (string?)jwk["alg"]);
        Assert.Equal("sig", (string?)jwk["use"]);
        Assert.Equal(CredentialSamples.Rsa.KeyId, (string?)jwk["kid"]);
    }

    [Fact]
    public void PublicJwk_Ec_HasExactlyTheJwksMembers()
    {
        var jwk = CredentialSamples.Ec.PublicKey.ToJwk();

        Assert.Equal(["kty", "crv", "x", "y", "kid", "alg", "use"], jwk.Select(p => p.Key));
        Assert.Equal("P-256", (string?)jwk["crv"]);
        Assert.Equal(32, CredentialSamples.Base64Decode((string)jwk["x"]!).Length);
        Assert.Equal(32, CredentialSamples.Base64Decode((string)jwk["y"]!).Length);
        Assert.Equal("ES256", (string?)jwk["alg"]);
    }

    [Fact]
    public void Thumbprint_OfOwnKey_IsSha256OfCanonicalJwk()
    {
        var jwk = CredentialSamples.Ec.PublicKey.ToJwk();
        var canonical = $$"""{"crv":"P-256","kty":"EC","x":"{{jwk["x"]}}","y":"{{jwk["y"]}}"}""";

        var expected = CredentialSamples.Base64Encode(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));

        Assert.Equal(expected, CredentialSamples.Ec.KeyId);
    }

    [Theory]
    [InlineData(JwsAlgorithm.RS256)]
    [InlineData(JwsAlgorithm.ES256)]
    public void Pkcs8_RoundTrip_KeepsAlgorithmKidAndSigns(JwsAlgorithm algorithm)
    {
        var original = algorithm == JwsAlgorithm.RS256 ? CredentialSamples.Rsa : CredentialSamples.Ec;

        using var imported = SigningKeyMaterial.ImportPkcs8(original.ExportPkcs8());

        Assert.Equal(algorithm, imported.Algorithm);
        Assert.Equal(original.KeyId, imported.KeyId);
        var data = "semillero"u8.ToArray();
        Assert.True(original.PublicKey.Verify(data, imported.Sign(data)));
    }

    [Fact]
    public void Pkcs8_Garbage_ThrowsCryptographicException()
    {
        Assert.ThrowsAny<CryptographicException>(() => SigningKeyMaterial.ImportPkcs8([1, 2, 3, 4]));
    }

    [Fact]
    public void Pkcs8_Rsa1024_IsRefused()
    {
        using var small = RSA.Create(1024);

        Assert.ThrowsAny<CryptographicException>(() => SigningKeyMaterial.ImportPkcs8(small.ExportPkcs8PrivateKey()));
    }

    [Fact]
    public void Pkcs8_P384_IsRefused()
    {
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);

        Assert.ThrowsAny<CryptographicException>(() => SigningKeyMaterial.ImportPkcs8(p384.ExportPkcs8PrivateKey()));
    }

    [Fact]
    public void Jwks_SeveralKeys_RoundTripsAndFindsByKid()
    {
        var json = CredentialSamples.Keys.ToJson();

        var parsed = JsonWebKeySet.Parse(json);

        Assert.StartsWith("""{"keys":[""", json, StringComparison.Ordinal);
        Assert.Equal(3, parsed.Keys.Count);
        Assert.Equal(JwsAlgorithm.ES256, parsed.Find(CredentialSamples.Ec.KeyId)!.Algorithm);
        Assert.Equal(CredentialSamples.OldRsa.PublicKey.Thumbprint, parsed.Find(CredentialSamples.OldRsa.KeyId)!.Thumbprint);
        Assert.Null(parsed.Find("no-such-kid"));
        Assert.Null(parsed.Find(CredentialSamples.Rsa.KeyId.ToUpperInvariant()));
    }

    [Fact]
    public void Jwks_EncryptionAndUnknownKeys_AreSkipped()
    {
        var json = """
            {"keys":[
              {"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo","kid":"ed"},
              {"kty":"RSA","use":"enc","n":"AQAB","e":"AQAB","kid":"enc"}
            ]}
            """;

        Assert.Empty(JsonWebKeySet.Parse(json).Keys);
    }

    [Fact]
    public void Jwks_DuplicateKid_Throws()
    {
        Assert.Throws<ArgumentException>(() => JsonWebKeySet.From([CredentialSamples.Rsa, CredentialSamples.Rsa]));
    }

    [Theory]
    [InlineData("""{"kty":"RSA","n":"AQAB","e":"AQAB"}""")]
    [InlineData("""{"kty":"EC","crv":"P-256","x":"AAAA","y":"AAAA"}""")]
    [InlineData("""{"kty":"RSA","alg":"RS512","n":"AQAB","e":"AQAB"}""")]
    public void FromJwk_WeakOrWrongKey_ThrowsFormatException(string json)
    {
        Assert.Throws<FormatException>(() => PublicSigningKey.FromJwk((JsonObject)JsonNode.Parse(json)!));
    }
}
