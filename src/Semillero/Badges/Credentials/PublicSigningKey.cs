using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Semillero.Badges.Credentials;

// The two algorithms OB 3.0 §8.2 names for VC-JWT: RS256 is required of every implementation,
// ES256 (P-256) is the compact alternative.
public enum JwsAlgorithm
{
    RS256,
    ES256,
}

// A verification key as published in the JWKS: only public parameters. It holds parameters rather
// than an RSA/ECDsa object so it needs no disposal and can live in caches and key sets.
public sealed class PublicSigningKey
{
    private const string P256Oid = "1.2.840.10045.3.1.7";

    private readonly RSAParameters _rsa;
    private readonly ECParameters _ec;

    private PublicSigningKey(JwsAlgorithm algorithm, RSAParameters rsa, ECParameters ec, string? keyId)
    {
        Algorithm = algorithm;
        _rsa = rsa;
        _ec = ec;
        Thumbprint = ComputeThumbprint();
        KeyId = string.IsNullOrEmpty(keyId) ? Thumbprint : keyId;
    }

    public JwsAlgorithm Algorithm { get; }

    // The JWS "kid". Our own keys use the thumbprint; a JWK read from elsewhere keeps its own kid.
    public string KeyId { get; }

    // RFC 7638 JWK thumbprint, base64url of SHA-256 over the required members in canonical form.
    public string Thumbprint { get; }

    public static string AlgorithmName(JwsAlgorithm algorithm) => algorithm switch
    {
        JwsAlgorithm.RS256 => "RS256",
        JwsAlgorithm.ES256 => "ES256",
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, null),
    };

    public static bool TryParseAlgorithm(string? name, out JwsAlgorithm algorithm)
    {
        // Ordinal on purpose: JOSE "alg" values are case-sensitive (RFC 7515 §4.1.1).
        switch (name)
        {
            case "RS256":
                algorithm = JwsAlgorithm.RS256;
                return true;
            case "ES256":
                algorithm = JwsAlgorithm.ES256;
                return true;
            default:
                algorithm = default;
                return false;
        }
    }

    internal static PublicSigningKey From(RSA rsa, string? keyId = null)
    {
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        return FromRsaParameters(parameters, keyId);
    }

    internal static PublicSigningKey From(ECDsa ecdsa, string? keyId = null)
    {
        var parameters = ecdsa.ExportParameters(includePrivateParameters: false);
        return FromEcParameters(parameters, keyId);
    }

    // RFC 7517 JWK → key. Throws FormatException for a JWK that is not an RS256 (2048+ bits) or ES256
    // (P-256) signing key: such a key is a configuration error, not a verification outcome.
    public static PublicSigningKey FromJwk(JsonObject jwk)
    {
        ArgumentNullException.ThrowIfNull(jwk);
        var kty = Member(jwk, "kty") ?? throw new FormatException("The JWK has no 'kty'.");
        var alg = Member(jwk, "alg");
        var use = Member(jwk, "use");
        var kid = Member(jwk, "kid");
        if (use is not null && use != "sig")
        {
            throw new FormatException($"The JWK '{kid}' is for '{use}', not for signatures.");
        }

        switch (kty)
        {
            case "RSA":
                if (alg is not null and not "RS256")
                {
                    throw new FormatException($"The RSA JWK '{kid}' is for '{alg}'; only RS256 is supported.");
                }

                return FromRsaParameters(
                    new RSAParameters { Modulus = RequiredBytes(jwk, "n"), Exponent = RequiredBytes(jwk, "e") },
                    kid);
            case "EC":
                if (alg is not null and not "ES256")
                {
                    throw new FormatException($"The EC JWK '{kid}' is for '{alg}'; only ES256 is supported.");
                }

                if (Member(jwk, "crv") != "P-256")
                {
                    throw new FormatException($"The EC JWK '{kid}' is not on curve P-256.");
                }

                return FromEcParameters(
                    new ECParameters
                    {
                        Curve = ECCurve.NamedCurves.nistP256,
                        Q = new ECPoint { X = RequiredBytes(jwk, "x"), Y = RequiredBytes(jwk, "y") },
                    },
                    kid);
            default:
                throw new FormatException($"The JWK '{kid}' has key type '{kty}'; only RSA and EC are supported.");
        }
    }

    // RFC 7517 §4 public JWK with kid, alg and use, as the JWKS publishes it.
    public JsonObject ToJwk()
    {
        var jwk = Algorithm switch
        {
            JwsAlgorithm.RS256 => new JsonObject
            {
                ["kty"] = "RSA",
                ["n"] = Base64UrlText.Encode(TrimLeadingZeros(_rsa.Modulus!)),
                ["e"] = Base64UrlText.Encode(TrimLeadingZeros(_rsa.Exponent!)),
            },
            JwsAlgorithm.ES256 => new JsonObject
            {
                ["kty"] = "EC",
                ["crv"] = "P-256",
                ["x"] = Base64UrlText.Encode(_ec.Q.X),
                ["y"] = Base64UrlText.Encode(_ec.Q.Y),
            },
            _ => throw new InvalidOperationException(),
        };
        jwk["kid"] = KeyId;
        jwk["alg"] = AlgorithmName(Algorithm);
        jwk["use"] = "sig";
        return jwk;
    }

    internal bool Verify(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        switch (Algorithm)
        {
            case JwsAlgorithm.RS256:
                using (var rsa = RSA.Create(_rsa))
                {
                    return rsa.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
                }

            case JwsAlgorithm.ES256:
                // RFC 7518 §3.4: the JWS signature is R || S, 64 bytes (IEEE P1363), .NET's default format.
                if (signature.Length != 64)
                {
                    return false;
                }

                using (var ecdsa = ECDsa.Create(_ec))
                {
                    return ecdsa.VerifyData(data, signature, HashAlgorithmName.SHA256);
                }

            default:
                return false;
        }
    }

    private static PublicSigningKey FromRsaParameters(RSAParameters parameters, string? keyId)
    {
        var modulus = TrimLeadingZeros(parameters.Modulus ?? []);
        // RFC 7518 §3.3: RS256 keys of 2048 bits or more.
        if (modulus.Length < 256)
        {
            throw new FormatException($"The RSA key has {modulus.Length * 8} bits; RS256 needs at least 2048.");
        }

        var exponent = TrimLeadingZeros(parameters.Exponent ?? []);
        if (exponent.Length == 0)
        {
            throw new FormatException("The RSA key has no public exponent.");
        }

        return new PublicSigningKey(JwsAlgorithm.RS256, new RSAParameters { Modulus = modulus, Exponent = exponent }, default, keyId);
    }

    private static PublicSigningKey FromEcParameters(ECParameters parameters, string? keyId)
    {
        var curve = parameters.Curve;
        var isP256 = curve.IsNamed
            && (curve.Oid.Value == P256Oid || curve.Oid.FriendlyName is "nistP256" or "ECDSA_P256" or "secp256r1" or "prime256v1");
        if (!isP256 || parameters.Q.X is not { Length: 32 } || parameters.Q.Y is not { Length: 32 })
        {
            throw new FormatException("The EC key is not a P-256 public key.");
        }

        // Rejects points that are not on the curve before anyone verifies with them.
        try
        {
            using var check = ECDsa.Create(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, Q = parameters.Q });
        }
        catch (CryptographicException e)
        {
            throw new FormatException("The EC key's point is not on P-256.", e);
        }

        return new PublicSigningKey(
            JwsAlgorithm.ES256,
            default,
            new ECParameters { Curve = ECCurve.NamedCurves.nistP256, Q = parameters.Q },
            keyId);
    }

    // RFC 7638 §3.2: the required members only, in lexicographic order, no whitespace. The values
    // are base64url, which never needs JSON escaping.
    private string ComputeThumbprint()
    {
        var canonical = Algorithm switch
        {
            JwsAlgorithm.RS256 =>
                $$"""{"e":"{{Base64UrlText.Encode(_rsa.Exponent!)}}","kty":"RSA","n":"{{Base64UrlText.Encode(_rsa.Modulus!)}}"}""",
            JwsAlgorithm.ES256 =>
                $$"""{"crv":"P-256","kty":"EC","x":"{{Base64UrlText.Encode(_ec.Q.X)}}","y":"{{Base64UrlText.Encode(_ec.Q.Y)}}"}""",
            _ => throw new InvalidOperationException(),
        };
        return Base64UrlText.Encode(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    private static byte[] TrimLeadingZeros(byte[] value)
    {
        var start = 0;
        while (start < value.Length && value[start] == 0)
        {
            start++;
        }

        return start == 0 ? value : value[start..];
    }

    private static string? Member(JsonObject jwk, string name) =>
        jwk[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static byte[] RequiredBytes(JsonObject jwk, string name) =>
        Member(jwk, name) is { } text && Base64UrlText.TryDecode(text, out var bytes) && bytes.Length > 0
            ? bytes
            : throw new FormatException($"The JWK's '{name}' is missing or not base64url.");
}
