using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;

namespace Semillero.LearningRecords.Attachments;

// Checks a signed statement's JWS (xAPI 1.0.3 Data §2.6): a compact JWS with RS256/384/512 whose
// payload is the statement as it was before the signature was attached. When the signer includes
// its certificate (x5c), the signature is verified against it; without one there is nothing to
// verify against, and the statement is still accepted with its signature stored for later checks.
public static class StatementSignature
{
    public const string UsageType = "http://adlnet.gov/expapi/attachments/signature";

    public static string? Check(JsonElement statement, byte[] jws)
    {
        var text = Encoding.ASCII.GetString(jws).Trim();
        var pieces = text.Split('.');
        if (pieces.Length != 3 || pieces.Any(p => p.Length == 0 && p != pieces[2]))
        {
            return "The signature is not a JWS in compact serialization.";
        }

        JsonDocument header;
        JsonDocument payload;
        try
        {
            header = JsonDocument.Parse(Base64Url(pieces[0]));
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return "The JWS header is not base64url-encoded JSON.";
        }

        using (header)
        {
            var alg = header.RootElement.ValueKind == JsonValueKind.Object && header.RootElement.TryGetProperty("alg", out var a) ? a.GetString() : null;
            var hash = alg switch
            {
                "RS256" => HashAlgorithmName.SHA256,
                "RS384" => HashAlgorithmName.SHA384,
                "RS512" => HashAlgorithmName.SHA512,
                _ => (HashAlgorithmName?)null,
            };
            if (hash is null)
            {
                return "The JWS must use RS256, RS384 or RS512.";
            }

            try
            {
                payload = JsonDocument.Parse(Base64Url(pieces[1]));
            }
            catch (Exception e) when (e is FormatException or JsonException)
            {
                return "The JWS payload is not a JSON serialization of the statement.";
            }

            using (payload)
            {
                if (payload.RootElement.ValueKind != JsonValueKind.Object
                    || StatementShape.ContentHash(payload.RootElement, ignoreAttachments: true) != StatementShape.ContentHash(statement, ignoreAttachments: true))
                {
                    return "The JWS payload does not match the statement it signs.";
                }
            }

            if (header.RootElement.TryGetProperty("x5c", out var chain) && chain.ValueKind == JsonValueKind.Array && chain.GetArrayLength() > 0)
            {
                try
                {
                    using var certificate = X509CertificateLoader.LoadCertificate(Convert.FromBase64String(chain[0].GetString() ?? ""));
                    using var rsa = certificate.GetRSAPublicKey();
                    var signed = Encoding.ASCII.GetBytes(pieces[0] + "." + pieces[1]);
                    if (rsa is null || !rsa.VerifyData(signed, Base64Url(pieces[2]), hash.Value, RSASignaturePadding.Pkcs1))
                    {
                        return "The JWS signature does not verify against the certificate in its x5c header.";
                    }
                }
                catch (Exception e) when (e is FormatException or CryptographicException)
                {
                    return "The certificate in the JWS x5c header cannot be read.";
                }
            }
        }

        return null;
    }

    private static byte[] Base64Url(string value)
    {
        var s = value.Replace('-', '+').Replace('_', '/');
        s += (s.Length % 4) switch { 2 => "==", 3 => "=", 0 => "", _ => throw new FormatException("bad base64url length") };
        return Convert.FromBase64String(s);
    }
}
