using System.IO.Compression;
using System.Text.Json.Nodes;

using Semillero.Badges.Credentials;
using Semillero.Tests.Infrastructure;

namespace Semillero.Tests.Badges;

public class BitstringStatusListTests
{
    // Bitstring Status List v1.0 §2.2, Example 3: the encodedList of an empty 131,072-entry list.
    private const string SpecExampleEncodedList = "uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA";

    private static BitstringStatusList WithBits(params int[] indices)
    {
        var list = new BitstringStatusList();
        foreach (var index in indices)
        {
            list[index] = true;
        }

        return list;
    }

    [Fact]
    public void New_IsSixteenKilobytesOfZeros()
    {
        var list = new BitstringStatusList();

        Assert.Equal(131_072, list.Length);
        Assert.Empty(list.SetIndices());
    }

    [Theory]
    [InlineData(131_071)]
    [InlineData(131_076)]
    [InlineData(0)]
    public void New_LengthBelowMinimumOrNotWholeBytes_Throws(int length)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BitstringStatusList(length));
    }

    [Fact]
    public void EncodeDecode_SetBits_RoundTripExactly()
    {
        var encoded = WithBits(0, 7, 8, 131_071).Encode();

        var decoded = BitstringStatusList.Decode(encoded);

        Assert.StartsWith("u", encoded, StringComparison.Ordinal);
        Assert.DoesNotContain('=', encoded);
        Assert.Equal(131_072, decoded.Length);
        Assert.Equal([0, 7, 8, 131_071], decoded.SetIndices());
    }

    [Fact]
    public void Encode_BitOrder_IndexZeroIsLeftMostBitOfFirstByte()
    {
        var encoded = WithBits(0, 7, 8, 131_071).Encode();

        // Unpack by hand, without the class under test: multibase 'u' + base64url + GZIP.
        using var gzip = new GZipStream(new MemoryStream(CredentialSamples.Base64Decode(encoded[1..])), CompressionMode.Decompress);
        using var raw = new MemoryStream();
        gzip.CopyTo(raw);
        var bytes = raw.ToArray();

        Assert.Equal(16_384, bytes.Length);
        Assert.Equal(0b1000_0001, bytes[0]);
        Assert.Equal(0b1000_0000, bytes[1]);
        Assert.Equal(0b0000_0001, bytes[^1]);
        Assert.Equal(4, bytes.Sum(b => System.Numerics.BitOperations.PopCount(b)));
    }

    [Fact]
    public void Decode_SpecExample_IsAnEmptyMinimumList()
    {
        var list = BitstringStatusList.Decode(SpecExampleEncodedList);

        Assert.Equal(131_072, list.Length);
        Assert.Empty(list.SetIndices());
    }

    [Fact]
    public void Clear_ABitSetEarlier_UnsetsOnlyIt()
    {
        var list = WithBits(3, 4);

        list[3] = false;

        Assert.Equal([4], list.SetIndices());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(131_072)]
    public void Index_OutOfRange_Throws(int index)
    {
        var list = new BitstringStatusList();

        Assert.Throws<ArgumentOutOfRangeException>(() => list[index]);
    }

    [Theory]
    [InlineData("H4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA")]
    [InlineData("zH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA")]
    [InlineData("uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA=")]
    [InlineData("uAAAA")]
    [InlineData("u")]
    public void Decode_NotMultibaseBase64UrlGzip_ThrowsFormatException(string encoded)
    {
        Assert.Throws<FormatException>(() => BitstringStatusList.Decode(encoded));
    }

    [Fact]
    public void Decode_ListShorterThan16Kilobytes_ThrowsFormatException()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(new byte[1024]);
        }

        Assert.Throws<FormatException>(() => BitstringStatusList.Decode("u" + CredentialSamples.Base64Encode(compressed.ToArray())));
    }

    [Fact]
    public void ToCredential_HasTheSpecShape()
    {
        var list = WithBits(42);

        var credential = list.ToCredential(CredentialSamples.StatusListUrl, CredentialSamples.Issuer.Id, TestClock.Now);

        Assert.Equal(CredentialSamples.StatusListUrl, (string?)credential["id"]);
        Assert.Equal(["VerifiableCredential", "BitstringStatusListCredential"], ((JsonArray)credential["type"]!).Select(t => (string)t!));
        Assert.Equal(CredentialSamples.Issuer.Id, (string?)credential["issuer"]);
        Assert.Equal("2026-11-23T18:00:00Z", (string?)credential["validFrom"]);
        var subject = (JsonObject)credential["credentialSubject"]!;
        Assert.Equal(CredentialSamples.StatusListUrl + "#list", (string?)subject["id"]);
        Assert.Equal("BitstringStatusList", (string?)subject["type"]);
        Assert.Equal("revocation", (string?)subject["statusPurpose"]);
        Assert.Equal([42], BitstringStatusList.Decode((string)subject["encodedList"]!).SetIndices());
    }

    [Fact]
    public void ToCredential_SignedAsVcJwt_VerifiesAndRevealsTheRevokedBit()
    {
        var credential = WithBits(42).ToCredential(CredentialSamples.StatusListUrl, CredentialSamples.Issuer.Id, TestClock.Now);
        var jwt = new CredentialSigner(TestClock.Create()).Sign(credential, CredentialSamples.Ec);

        var outcome = new CredentialVerifier(TestClock.Create()).Verify(jwt, CredentialSamples.Keys);

        var valid = Assert.IsType<CredentialVerification.Valid>(outcome);
        Assert.Equal(CredentialSamples.StatusListUrl + "#list", (string?)CredentialSamples.Payload(jwt)["sub"]);
        var list = BitstringStatusList.Decode((string)valid.Credential["credentialSubject"]!["encodedList"]!);
        Assert.True(list[42]);
        Assert.False(list[41]);
    }
}
