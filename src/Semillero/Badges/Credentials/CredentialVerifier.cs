using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Semillero.Badges.Credentials;

// What checking a VC-JWT found. Each outcome carries a message for people in Spanish and English
// (the verify page shows them); Reason/Claim are technical detail in English for logs and support.
public abstract record CredentialVerification
{
    public abstract string MessageEs { get; }

    public abstract string MessageEn { get; }

    public sealed record Valid(JsonObject Credential, string KeyId, JwsAlgorithm Algorithm) : CredentialVerification
    {
        public override string MessageEs => "La credencial es auténtica: la firma y sus datos coinciden.";

        public override string MessageEn => "The credential is authentic: its signature and data match.";
    }

    public sealed record Malformed(string Reason) : CredentialVerification
    {
        public override string MessageEs => "El texto no es una credencial firmada válida (VC-JWT).";

        public override string MessageEn => "The text is not a well-formed signed credential (VC-JWT).";
    }

    public sealed record UnknownKey(string KeyId) : CredentialVerification
    {
        public override string MessageEs => "La credencial fue firmada con una llave que este emisor no publica.";

        public override string MessageEn => "The credential was signed with a key this issuer does not publish.";
    }

    public sealed record BadSignature(string Reason) : CredentialVerification
    {
        public override string MessageEs => "La firma no corresponde: la credencial fue alterada o no la emitió este emisor.";

        public override string MessageEn => "The signature does not match: the credential was altered or not issued by this issuer.";
    }

    // The signature is good but the JWT claims contradict the credential they wrap (OB 3.0 §8.2.4).
    public sealed record ClaimMismatch(string Claim, string Reason) : CredentialVerification
    {
        public override string MessageEs => "Los datos firmados de la credencial no son coherentes entre sí.";

        public override string MessageEn => "The credential's signed data is inconsistent.";
    }

    public sealed record Expired(DateTimeOffset ValidUntil) : CredentialVerification
    {
        public override string MessageEs => "La credencial venció.";

        public override string MessageEn => "The credential has expired.";
    }

    public sealed record NotYetValid(DateTimeOffset ValidFrom) : CredentialVerification
    {
        public override string MessageEs => "La credencial todavía no es válida.";

        public override string MessageEn => "The credential is not valid yet.";
    }
}

// Checks a VC-JWT credential (OB 3.0 §8.2.4 "Verify the proof") against the issuer's key set. The
// signature is checked before the payload is even parsed, so any change to a signed byte is
// BadSignature. Revocation is not checked here: the caller fetches the status list named in
// credentialStatus and reads the bit (BitstringStatusList).
public sealed class CredentialVerifier(TimeProvider clock)
{
    // Far above any credential we issue; stops a hostile paste from costing real memory.
    public const int MaxLength = 256 * 1024;

    // OB 3.0 §8.2.3 allows alg, kid, jwk and typ. A key embedded as jwk is never trusted (the
    // signer could embed its own); only the issuer's published keys count.
    private static readonly HashSet<string> AllowedHeaderMembers = new(StringComparer.Ordinal) { "alg", "kid", "jwk", "typ" };

    public CredentialVerification Verify(string jwt, JsonWebKeySet keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        jwt = jwt?.Trim() ?? "";
        if (jwt.Length == 0 || jwt.Length > MaxLength)
        {
            return new CredentialVerification.Malformed($"The JWT is empty or longer than {MaxLength} characters.");
        }

        var parts = jwt.Split('.');
        if (parts.Length != 3 || parts.Any(p => p.Length == 0))
        {
            return new CredentialVerification.Malformed("A compact JWS has three non-empty base64url parts separated by dots.");
        }

        if (ParseObject(parts[0]) is not { } header)
        {
            return new CredentialVerification.Malformed("The JOSE header is not base64url-encoded JSON.");
        }

        if (header.Select(p => p.Key).FirstOrDefault(k => !AllowedHeaderMembers.Contains(k)) is { } extra)
        {
            return new CredentialVerification.Malformed($"The JOSE header has '{extra}'; OB 3.0 allows only alg, kid, jwk and typ.");
        }

        if (header["typ"] is not null && Text(header["typ"]) != "JWT")
        {
            return new CredentialVerification.Malformed("The JOSE header's typ is not \"JWT\".");
        }

        var algName = Text(header["alg"]);
        if (!PublicSigningKey.TryParseAlgorithm(algName, out var alg))
        {
            return new CredentialVerification.BadSignature($"The algorithm '{algName}' is not RS256 or ES256.");
        }

        if (Text(header["kid"]) is not { } kid)
        {
            return new CredentialVerification.Malformed("The JOSE header has no kid, so no published key can be chosen.");
        }

        if (keys.Find(kid) is not { } key)
        {
            return new CredentialVerification.UnknownKey(kid);
        }

        // RFC 8725 §3.1: the key decides the algorithm; a header naming another one is refused.
        if (key.Algorithm != alg)
        {
            return new CredentialVerification.BadSignature(
                $"The header says {algName} but key '{kid}' is an {PublicSigningKey.AlgorithmName(key.Algorithm)} key.");
        }

        if (!Base64UrlText.TryDecode(parts[2], out var signature))
        {
            return new CredentialVerification.Malformed("The signature is not base64url.");
        }

        if (!key.Verify(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), signature))
        {
            return new CredentialVerification.BadSignature($"The signature does not verify with key '{kid}'.");
        }

        if (ParseObject(parts[1]) is not { } payload)
        {
            return new CredentialVerification.Malformed("The payload is not base64url-encoded JSON.");
        }

        return CheckClaims(payload, kid, alg);
    }

    private CredentialVerification CheckClaims(JsonObject payload, string kid, JwsAlgorithm alg)
    {
        if (payload["@context"] is not JsonArray context || context.Count == 0 || Text(context[0]) != OpenBadgeCredentialBuilder.VcContext)
        {
            return new CredentialVerification.Malformed("The payload is not a VC Data Model 2.0 credential (@context).");
        }

        if (payload["type"] is not JsonArray types || !types.Any(t => Text(t) == "VerifiableCredential"))
        {
            return new CredentialVerification.Malformed("The payload's type does not include VerifiableCredential.");
        }

        if (CredentialClaims.From(payload) is not { } expected)
        {
            return new CredentialVerification.Malformed("The credential lacks id, issuer, credentialSubject or a valid validFrom.");
        }

        if (Text(payload["iss"]) != expected.Issuer)
        {
            return new CredentialVerification.ClaimMismatch("iss", "iss does not equal issuer.id.");
        }

        if (Text(payload["sub"]) != expected.Subject)
        {
            return new CredentialVerification.ClaimMismatch("sub", "sub does not equal credentialSubject.id.");
        }

        if (Text(payload["jti"]) != expected.Id)
        {
            return new CredentialVerification.ClaimMismatch("jti", "jti does not equal the credential id.");
        }

        if (NumericDate(payload["nbf"]) != expected.ValidFrom.ToUnixTimeSeconds())
        {
            return new CredentialVerification.ClaimMismatch("nbf", "nbf does not equal validFrom.");
        }

        if (NumericDate(payload["exp"]) != expected.ValidUntil?.ToUnixTimeSeconds())
        {
            return new CredentialVerification.ClaimMismatch("exp", "exp does not equal validUntil (both or neither must be present).");
        }

        // No leeway: the clock that matters is ours, and validFrom is the moment of issue.
        var now = clock.GetUtcNow();
        if (now < expected.ValidFrom)
        {
            return new CredentialVerification.NotYetValid(expected.ValidFrom);
        }

        if (expected.ValidUntil is { } until && now >= until)
        {
            return new CredentialVerification.Expired(until);
        }

        return new CredentialVerification.Valid(payload, kid, alg);
    }

    private static JsonObject? ParseObject(string segment)
    {
        if (!Base64UrlText.TryDecode(segment, out var bytes))
        {
            return null;
        }

        try
        {
            // A duplicated member could be read one way here and another way by a different verifier.
            return JsonNode.Parse(bytes, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false }) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static long? NumericDate(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<long>(out var seconds) ? seconds : null;
}
