using System.Text.Json;
using System.Text.Json.Nodes;

namespace Semillero.Badges.Credentials;

// The issuer's published verification keys (RFC 7517 §5). On rotation the retired keys stay in the
// set: every credential they signed must keep verifying.
public sealed class JsonWebKeySet
{
    private readonly Dictionary<string, PublicSigningKey> _byKeyId;

    public JsonWebKeySet(IEnumerable<PublicSigningKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        Keys = [.. keys];
        _byKeyId = new Dictionary<string, PublicSigningKey>(StringComparer.Ordinal);
        foreach (var key in Keys)
        {
            if (!_byKeyId.TryAdd(key.KeyId, key))
            {
                throw new ArgumentException($"Two keys share the kid '{key.KeyId}'.", nameof(keys));
            }
        }
    }

    public IReadOnlyList<PublicSigningKey> Keys { get; }

    public static JsonWebKeySet From(IEnumerable<SigningKeyMaterial> keys) =>
        new(keys.Select(k => k.PublicKey));

    // kid values are compared exactly (RFC 7515 §4.1.4 leaves matching to the application; a
    // case-insensitive match could pick a key the signer never named).
    public PublicSigningKey? Find(string keyId) => _byKeyId.GetValueOrDefault(keyId);

    public JsonObject ToJsonObject() => new()
    {
        ["keys"] = new JsonArray([.. Keys.Select(k => (JsonNode)k.ToJwk())]),
    };

    public string ToJson() => ToJsonObject().ToJsonString();

    // Keys of other types or uses (encryption keys, Ed25519) are skipped, as RFC 7517 §5 asks of
    // implementations that meet members they do not support; a malformed RSA/EC signing key throws.
    public static JsonWebKeySet Parse(string json)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            throw new FormatException("The JWKS is not JSON.", e);
        }

        if (root is not JsonObject { } set || set["keys"] is not JsonArray keys)
        {
            throw new FormatException("The JWKS has no 'keys' array.");
        }

        var parsed = new List<PublicSigningKey>();
        foreach (var node in keys)
        {
            if (node is not JsonObject jwk)
            {
                throw new FormatException("A JWKS entry is not an object.");
            }

            var kty = jwk["kty"]?.GetValueKind() == JsonValueKind.String ? jwk["kty"]!.GetValue<string>() : null;
            var use = jwk["use"]?.GetValueKind() == JsonValueKind.String ? jwk["use"]!.GetValue<string>() : null;
            var crv = jwk["crv"]?.GetValueKind() == JsonValueKind.String ? jwk["crv"]!.GetValue<string>() : null;
            if (kty is not ("RSA" or "EC") || use is not (null or "sig") || (kty == "EC" && crv != "P-256"))
            {
                continue;
            }

            parsed.Add(PublicSigningKey.FromJwk(jwk));
        }

        return new JsonWebKeySet(parsed);
    }
}
