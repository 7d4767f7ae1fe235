using System.Formats.Asn1;
using System.Security.Cryptography;

namespace Semillero.Badges.Credentials;

// A private signing key for credentials. The caller stores ExportPkcs8() protected (ASP.NET Data
// Protection) and brings it back with ImportPkcs8; the kid is derived from the public key, so it
// survives the round trip without being stored separately.
public sealed class SigningKeyMaterial : IDisposable
{
    public const int DefaultRsaKeySize = 3072;

    private const string RsaEncryptionOid = "1.2.840.113549.1.1.1";
    private const string EcPublicKeyOid = "1.2.840.10045.2.1";

    private readonly RSA? _rsa;
    private readonly ECDsa? _ecdsa;

    private SigningKeyMaterial(RSA rsa)
    {
        _rsa = rsa;
        Algorithm = JwsAlgorithm.RS256;
        PublicKey = PublicSigningKey.From(rsa);
    }

    private SigningKeyMaterial(ECDsa ecdsa)
    {
        _ecdsa = ecdsa;
        Algorithm = JwsAlgorithm.ES256;
        PublicKey = PublicSigningKey.From(ecdsa);
    }

    public JwsAlgorithm Algorithm { get; }

    public PublicSigningKey PublicKey { get; }

    public string KeyId => PublicKey.KeyId;

    // RSA 3072 by default: NIST SP 800-57 rates 2048 only through 2030, and badges outlive that.
    public static SigningKeyMaterial Generate(JwsAlgorithm algorithm, int rsaKeySize = DefaultRsaKeySize)
    {
        switch (algorithm)
        {
            case JwsAlgorithm.RS256:
                ArgumentOutOfRangeException.ThrowIfLessThan(rsaKeySize, 2048);
                return new SigningKeyMaterial(RSA.Create(rsaKeySize));
            case JwsAlgorithm.ES256:
                return new SigningKeyMaterial(ECDsa.Create(ECCurve.NamedCurves.nistP256));
            default:
                throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, null);
        }
    }

    // PKCS#8 PrivateKeyInfo (RFC 5208). The algorithm is read from the key itself, so the caller
    // needs to store nothing beside the bytes. Throws CryptographicException for anything that is
    // not an RSA 2048+ or P-256 private key.
    public static SigningKeyMaterial ImportPkcs8(ReadOnlySpan<byte> pkcs8)
    {
        switch (KeyAlgorithmOid(pkcs8))
        {
            case RsaEncryptionOid:
            {
                var rsa = RSA.Create();
                try
                {
                    rsa.ImportPkcs8PrivateKey(pkcs8, out _);
                    return new SigningKeyMaterial(rsa);
                }
                catch (FormatException e)
                {
                    rsa.Dispose();
                    throw new CryptographicException("The PKCS#8 RSA key is too small for RS256.", e);
                }
                catch
                {
                    rsa.Dispose();
                    throw;
                }
            }

            case EcPublicKeyOid:
            {
                var ecdsa = ECDsa.Create();
                try
                {
                    ecdsa.ImportPkcs8PrivateKey(pkcs8, out _);
                    return new SigningKeyMaterial(ecdsa);
                }
                catch (FormatException e)
                {
                    ecdsa.Dispose();
                    throw new CryptographicException("The PKCS#8 EC key is not on P-256.", e);
                }
                catch
                {
                    ecdsa.Dispose();
                    throw;
                }
            }

            case var other:
                throw new CryptographicException($"The PKCS#8 key's algorithm {other} is neither RSA nor EC.");
        }
    }

    public byte[] ExportPkcs8() =>
        _rsa?.ExportPkcs8PrivateKey() ?? _ecdsa!.ExportPkcs8PrivateKey();

    // RS256 = RSASSA-PKCS1-v1_5 with SHA-256; ES256 = ECDSA P-256 SHA-256 as R || S (RFC 7518 §3.4),
    // which is .NET's default IEEE P1363 signature format.
    internal byte[] Sign(ReadOnlySpan<byte> data) =>
        _rsa is not null
            ? _rsa.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            : _ecdsa!.SignData(data, HashAlgorithmName.SHA256);

    public void Dispose()
    {
        _rsa?.Dispose();
        _ecdsa?.Dispose();
    }

    private static string? KeyAlgorithmOid(ReadOnlySpan<byte> pkcs8)
    {
        try
        {
            // PrivateKeyInfo ::= SEQUENCE { version INTEGER, privateKeyAlgorithm AlgorithmIdentifier, ... }
            var reader = new AsnReader(pkcs8.ToArray(), AsnEncodingRules.DER);
            var info = reader.ReadSequence();
            info.ReadInteger();
            return info.ReadSequence().ReadObjectIdentifier();
        }
        catch (AsnContentException e)
        {
            throw new CryptographicException("The key is not PKCS#8 DER.", e);
        }
    }
}
