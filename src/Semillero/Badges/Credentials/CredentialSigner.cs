using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Semillero.Badges.Credentials;

// Secures a credential as VC-JWT (OB 3.0 §8.2.3 "Create the proof"): a compact JWS whose JOSE header
// is exactly {alg, kid, typ:"JWT"} and whose payload is the credential itself plus the JWT claims
// the spec maps from it (iss = issuer.id, sub = credentialSubject.id, jti = id, nbf = validFrom,
// exp = validUntil when there is one). Written on System.Security.Cryptography alone; see
// docs/adr/0004-vc-jwt-signing.md for why no JWT library.
public sealed class CredentialSigner(TimeProvider clock)
{
    // The payload is base64url-wrapped, never embedded in HTML, so accented text can stay literal.
    internal static readonly JsonSerializerOptions PayloadJson = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public string Sign(JsonObject credential, SigningKeyMaterial key)
    {
        ArgumentNullException.ThrowIfNull(credential);
        ArgumentNullException.ThrowIfNull(key);
        var claims = CredentialClaims.From(credential)
            ?? throw new ArgumentException(
                "The credential needs id, issuer (id), credentialSubject (object) and validFrom to be signed as VC-JWT.",
                nameof(credential));

        var header = new JsonObject
        {
            ["alg"] = PublicSigningKey.AlgorithmName(key.Algorithm),
            ["kid"] = key.KeyId,
            ["typ"] = "JWT",
        };

        var payload = (JsonObject)credential.DeepClone();
        payload["iss"] = claims.Issuer;
        if (claims.Subject is { } subject)
        {
            payload["sub"] = subject;
        }

        payload["jti"] = claims.Id;
        payload["nbf"] = claims.ValidFrom.ToUnixTimeSeconds();
        payload["iat"] = clock.GetUtcNow().ToUnixTimeSeconds();
        if (claims.ValidUntil is { } validUntil)
        {
            payload["exp"] = validUntil.ToUnixTimeSeconds();
        }

        var signingInput = Base64UrlText.Encode(JsonSerializer.SerializeToUtf8Bytes(header, PayloadJson))
            + "."
            + Base64UrlText.Encode(JsonSerializer.SerializeToUtf8Bytes(payload, PayloadJson));
        var signature = key.Sign(Encoding.ASCII.GetBytes(signingInput));
        return signingInput + "." + Base64UrlText.Encode(signature);
    }
}

// The values of a credential that VC-JWT repeats as registered claims; shared by signer and verifier
// so both read the credential the same way.
internal sealed record CredentialClaims(string Id, string Issuer, string? Subject, DateTimeOffset ValidFrom, DateTimeOffset? ValidUntil)
{
    public static CredentialClaims? From(JsonObject credential)
    {
        var id = Text(credential["id"]);
        // VC Data Model 2.0 §4.7: issuer is a URL or an object whose id is that URL.
        var issuer = credential["issuer"] is JsonObject profile ? Text(profile["id"]) : Text(credential["issuer"]);
        if (id is null || issuer is null || credential["credentialSubject"] is not JsonObject subject)
        {
            return null;
        }

        if (!TryDate(credential["validFrom"], out var validFrom))
        {
            return null;
        }

        DateTimeOffset? validUntil = null;
        if (credential["validUntil"] is not null)
        {
            if (!TryDate(credential["validUntil"], out var until))
            {
                return null;
            }

            validUntil = until;
        }

        return new CredentialClaims(id, issuer, Text(subject["id"]), validFrom, validUntil);
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;

    private static bool TryDate(JsonNode? node, out DateTimeOffset at)
    {
        at = default;
        // VC Data Model 2.0 requires a time zone (dateTimeStamp); a bare local time is not accepted.
        return Text(node) is { } text
            && (text.EndsWith('Z') || text.LastIndexOfAny(['+', '-']) > text.IndexOf('T', StringComparison.Ordinal))
            && text.Contains('T', StringComparison.Ordinal)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out at);
    }
}
