using System.Text;
using System.Text.Json.Nodes;

using Semillero.Badges.Credentials;

namespace Semillero.Tests.Badges;

// One credential as Semillero would issue it, shared keys (generated once: RSA generation is slow on
// a shared machine), and the JWS surgery the tamper tests need.
internal static class CredentialSamples
{
    public const string BaseUrl = "https://semillero.example.org";
    public const string CredentialId = BaseUrl + "/verificar/5b0f9c4e-3c1a-4d47-9a55-0d6f2f1e8a11";
    public const string SubjectId = "urn:uuid:0f8e2c9a-6b7d-4e1f-8a3b-2c5d7e9f1a2b";
    public const string StatusListUrl = BaseUrl + "/estado/revocacion/1";

    public static readonly SigningKeyMaterial Rsa = SigningKeyMaterial.Generate(JwsAlgorithm.RS256, 2048);
    public static readonly SigningKeyMaterial Ec = SigningKeyMaterial.Generate(JwsAlgorithm.ES256);
    // A retired key that stays published (rotation).
    public static readonly SigningKeyMaterial OldRsa = SigningKeyMaterial.Generate(JwsAlgorithm.RS256, 2048);

    public static JsonWebKeySet Keys => JsonWebKeySet.From([Rsa, Ec, OldRsa]);

    public static readonly CredentialIssuer Issuer = new(
        BaseUrl + "/emisor",
        "Semillero — Programa Nacional de Habilidades en IA y Nube",
        BaseUrl,
        "Programa de formación gratuita en nube, IA e innovación.");

    public static OpenBadgeCredentialInput Input(DateTimeOffset issuedAt, DateTimeOffset? validUntil = null) => new(
        CredentialId,
        Issuer,
        SubjectId,
        new CredentialAchievement(
            BaseUrl + "/logros/fundamentos-de-la-nube",
            "Fundamentos de la nube",
            "Completó la ruta de aprendizaje Fundamentos de la nube.",
            "Completar los cinco módulos de la ruta y su evaluación final.",
            "LearningProgram",
            [
                new CredentialSkill("NUBE-01", BaseUrl + "/habilidades/NUBE-01", "Cómputo en la nube", "Cloud computing"),
                new CredentialSkill("IA-02", BaseUrl + "/habilidades/IA-02", "Aprendizaje automático", "Machine learning"),
            ],
            BaseUrl + "/insignias/fundamentos-de-la-nube.png"),
        issuedAt,
        new CredentialStatusEntry(StatusListUrl, 42),
        validUntil);

    public static JsonObject Credential(DateTimeOffset issuedAt, DateTimeOffset? validUntil = null) =>
        OpenBadgeCredentialBuilder.Build(Input(issuedAt, validUntil));

    public static JsonObject Header(string jwt) => Decode(jwt.Split('.')[0]);

    public static JsonObject Payload(string jwt) => Decode(jwt.Split('.')[1]);

    // Changes one character of the signed payload and re-encodes it, keeping the old signature.
    public static string TamperOneCharacter(string jwt)
    {
        var parts = jwt.Split('.');
        var json = Encoding.UTF8.GetString(Base64Decode(parts[1]));
        var at = json.IndexOf("Fundamentos de la nube", StringComparison.Ordinal);
        Assert.True(at >= 0);
        var tampered = string.Concat(json.AsSpan(0, at), "F", "U", json.AsSpan(at + 2));
        return parts[0] + "." + Base64Encode(Encoding.UTF8.GetBytes(tampered)) + "." + parts[2];
    }

    public static string WithHeader(string jwt, Action<JsonObject> change)
    {
        var parts = jwt.Split('.');
        var header = Header(jwt);
        change(header);
        return Base64Encode(Encoding.UTF8.GetBytes(header.ToJsonString())) + "." + parts[1] + "." + parts[2];
    }

    public static string WithPayload(string jwt, Action<JsonObject> change)
    {
        var parts = jwt.Split('.');
        var payload = Payload(jwt);
        change(payload);
        return parts[0] + "." + Base64Encode(Encoding.UTF8.GetBytes(payload.ToJsonString())) + "." + parts[2];
    }

    // Builds a JWS from any header and payload, properly signed: for claims that are wrong but signed.
    public static string SignRaw(JsonObject header, JsonObject payload, SigningKeyMaterial key)
    {
        var input = Base64Encode(Encoding.UTF8.GetBytes(header.ToJsonString())) + "." + Base64Encode(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        return input + "." + Base64Encode(key.Sign(Encoding.ASCII.GetBytes(input)));
    }

    public static string Resign(string jwt, SigningKeyMaterial key, Action<JsonObject> changePayload, Action<JsonObject>? changeHeader = null)
    {
        var header = Header(jwt);
        changeHeader?.Invoke(header);
        var payload = Payload(jwt);
        changePayload(payload);
        return SignRaw(header, payload, key);
    }

    public static byte[] Base64Decode(string text) => System.Buffers.Text.Base64Url.DecodeFromChars(text);

    public static string Base64Encode(byte[] bytes) => System.Buffers.Text.Base64Url.EncodeToString(bytes);

    private static JsonObject Decode(string segment) => (JsonObject)JsonNode.Parse(Base64Decode(segment))!;
}
