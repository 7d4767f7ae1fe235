using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Semillero.LearningRecords.Attachments;

namespace Semillero.Tests.LearningRecords.Attachments;

public sealed class StatementSignatureTests
{
    private const string Statement = """
        {"id":"4b9f6a1e-6a0a-4f5e-9a0b-0d5c3f6e7a81","actor":{"mbox":"mailto:ana@example.com"},"verb":{"id":"http://adlnet.gov/expapi/verbs/passed"},"object":{"id":"https://cursos.example/ia101"}}
        """;

    private static string B64(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] Sign(string payload, string alg = "RS256", RSA? key = null, X509Certificate2? certificate = null)
    {
        key ??= RSA.Create(2048);
        var header = certificate is null
            ? JsonSerializer.Serialize(new { alg })
            : JsonSerializer.Serialize(new { alg, x5c = new[] { Convert.ToBase64String(certificate.RawData) } });
        var signingInput = B64(Encoding.UTF8.GetBytes(header)) + "." + B64(Encoding.UTF8.GetBytes(payload));
        var hash = alg switch { "RS384" => HashAlgorithmName.SHA384, "RS512" => HashAlgorithmName.SHA512, _ => HashAlgorithmName.SHA256 };
        var signature = key.SignData(Encoding.ASCII.GetBytes(signingInput), hash, RSASignaturePadding.Pkcs1);
        return Encoding.ASCII.GetBytes(signingInput + "." + B64(signature));
    }

    private static JsonElement WithAttachment() =>
        JsonDocument.Parse(Statement.Trim()[..^1] + ""","attachments":[{"usageType":"http://adlnet.gov/expapi/attachments/signature","display":{"en-US":"sig"},"contentType":"application/octet-stream","length":1,"sha2":"ab"}]}""").RootElement;

    [Theory]
    [InlineData("RS256")]
    [InlineData("RS384")]
    [InlineData("RS512")]
    public void AcceptsAnRsaJwsOfTheStatementWithoutItsAttachments(string alg) =>
        Assert.Null(StatementSignature.Check(WithAttachment(), Sign(Statement, alg)));

    [Fact]
    public void RefusesOtherAlgorithms()
    {
        var header = B64(Encoding.UTF8.GetBytes("""{"alg":"HS256"}"""));
        var jws = Encoding.ASCII.GetBytes(header + "." + B64(Encoding.UTF8.GetBytes(Statement)) + ".c2ln");

        Assert.Contains("RS256", StatementSignature.Check(WithAttachment(), jws), StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesAPayloadThatIsNotTheStatement() =>
        Assert.Contains("does not match", StatementSignature.Check(WithAttachment(), Sign(Statement.Replace("passed", "failed", StringComparison.Ordinal))), StringComparison.Ordinal);

    [Fact]
    public void RefusesAPayloadThatIsNotJson() =>
        Assert.NotNull(StatementSignature.Check(WithAttachment(), Sign(Statement.Replace("\"", "'", StringComparison.Ordinal))));

    [Fact]
    public void RefusesSomethingThatIsNotACompactJws() =>
        Assert.NotNull(StatementSignature.Check(WithAttachment(), Encoding.ASCII.GetBytes("not a jws")));

    [Fact]
    public void VerifiesAgainstTheCertificateInX5c()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=Proveedor", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2028, 1, 1, 0, 0, 0, TimeSpan.Zero));
        using var otherKey = RSA.Create(2048);

        Assert.Null(StatementSignature.Check(WithAttachment(), Sign(Statement, key: key, certificate: certificate)));
        Assert.Contains("does not verify", StatementSignature.Check(WithAttachment(), Sign(Statement, key: otherKey, certificate: certificate)), StringComparison.Ordinal);
    }
}
