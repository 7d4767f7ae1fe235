using System.IO.Compression;
using System.Text.Json.Nodes;

namespace Semillero.Badges.Credentials;

// The published revocation list: a W3C Bitstring Status List v1.0 bitstring, one bit per credential
// (1 = revoked). Index 0 is the left-most (most significant) bit of the first byte (§4.1 step 5).
public sealed class BitstringStatusList
{
    // §2.1: at least 16 KB uncompressed (131,072 entries), so one list hides which credential a
    // verifier is asking about among many.
    public const int MinimumLength = 131_072;

    // Decoding refuses anything that would expand past this (16 MiB, 134 million entries): a
    // gzip bomb must not exhaust the verifier.
    public const int MaximumLength = 16 * 1024 * 1024 * 8;

    public const string RevocationPurpose = "revocation";

    private readonly byte[] _bits;

    public BitstringStatusList(int length = MinimumLength)
    {
        if (length < MinimumLength || length > MaximumLength || length % 8 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length,
                $"A status list has a whole number of bytes, from {MinimumLength} to {MaximumLength} bits.");
        }

        _bits = new byte[length / 8];
    }

    private BitstringStatusList(byte[] bits) => _bits = bits;

    public int Length => _bits.Length * 8;

    public bool this[int index]
    {
        get
        {
            CheckIndex(index);
            return (_bits[index >> 3] & Mask(index)) != 0;
        }

        set
        {
            CheckIndex(index);
            if (value)
            {
                _bits[index >> 3] |= Mask(index);
            }
            else
            {
                _bits[index >> 3] &= (byte)~Mask(index);
            }
        }
    }

    public IEnumerable<int> SetIndices()
    {
        for (var i = 0; i < Length; i++)
        {
            if ((_bits[i >> 3] & Mask(i)) != 0)
            {
                yield return i;
            }
        }
    }

    // §2.1 encodedList: multibase base64url without padding ('u' prefix) of the GZIP (RFC 1952)
    // compressed bitstring.
    public string Encode()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(_bits);
        }

        return "u" + Base64UrlText.Encode(compressed.ToArray());
    }

    // §3.2 (Bitstring Expansion): throws FormatException for anything that is not a multibase
    // base64url GZIP of 16 KB or more.
    public static BitstringStatusList Decode(string encodedList)
    {
        ArgumentNullException.ThrowIfNull(encodedList);
        if (!encodedList.StartsWith('u') || !Base64UrlText.TryDecode(encodedList[1..], out var compressed))
        {
            throw new FormatException("encodedList is not multibase base64url (it must start with 'u').");
        }

        using var output = new MemoryStream();
        try
        {
            using var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
            var buffer = new byte[81_920];
            int read;
            while ((read = gzip.Read(buffer)) > 0)
            {
                if (output.Length + read > MaximumLength / 8)
                {
                    throw new FormatException($"encodedList expands past {MaximumLength} bits.");
                }

                output.Write(buffer, 0, read);
            }
        }
        catch (InvalidDataException e)
        {
            throw new FormatException("encodedList is not GZIP-compressed.", e);
        }

        if (output.Length * 8 < MinimumLength)
        {
            throw new FormatException($"The bitstring has {output.Length * 8} bits; the minimum is {MinimumLength}.");
        }

        return new BitstringStatusList(output.ToArray());
    }

    // §2.2 BitstringStatusListCredential, unsigned; CredentialSigner secures it like any credential.
    // The id is the URL the list is served at, the same URL every entry's statusListCredential names.
    public JsonObject ToCredential(string listUrl, string issuerId, DateTimeOffset validFrom, DateTimeOffset? validUntil = null)
    {
        OpenBadgeCredentialBuilder.RequireUri(listUrl, nameof(listUrl));
        OpenBadgeCredentialBuilder.RequireUri(issuerId, nameof(issuerId));
        var credential = new JsonObject
        {
            ["@context"] = new JsonArray(OpenBadgeCredentialBuilder.VcContext),
            ["id"] = listUrl,
            ["type"] = new JsonArray("VerifiableCredential", "BitstringStatusListCredential"),
            ["issuer"] = issuerId,
            ["validFrom"] = OpenBadgeCredentialBuilder.Timestamp(validFrom),
        };
        if (validUntil is { } until)
        {
            credential["validUntil"] = OpenBadgeCredentialBuilder.Timestamp(until);
        }

        credential["credentialSubject"] = new JsonObject
        {
            ["id"] = listUrl + "#list",
            ["type"] = "BitstringStatusList",
            ["statusPurpose"] = RevocationPurpose,
            ["encodedList"] = Encode(),
        };
        return credential;
    }

    private void CheckIndex(int index) => ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Length, nameof(index));

    private static byte Mask(int index) => (byte)(0x80 >> (index & 7));
}
