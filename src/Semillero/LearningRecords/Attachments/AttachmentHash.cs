using System.Security.Cryptography;

namespace Semillero.LearningRecords.Attachments;

// Whether bytes are what an attachment's `sha2` says they are (xAPI 1.0.3 Data §2.4.11: sha2 is
// the SHA-2 hash of the attachment data). The algorithm follows from the length of the hex value:
// SHA-256, SHA-384 or SHA-512. SHA-224 (56 digits) is a valid `sha2` for an attachment sent by
// fileUrl, but .NET cannot compute it, so a part declared that way cannot be verified and is refused.
public static class AttachmentHash
{
    public static bool Matches(string sha2, ReadOnlySpan<byte> content)
    {
        Span<byte> computed = stackalloc byte[64];
        var length = sha2.Length switch
        {
            64 => SHA256.HashData(content, computed),
            96 => SHA384.HashData(content, computed),
            128 => SHA512.HashData(content, computed),
            _ => 0,
        };
        if (length == 0)
        {
            return false;
        }

        Span<byte> declared = stackalloc byte[64];
        return Convert.FromHexString(sha2, declared, out _, out var written) == System.Buffers.OperationStatus.Done
            && written == length
            && CryptographicOperations.FixedTimeEquals(declared[..written], computed[..length]);
    }
}
