using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;

namespace Semillero.Badges.Credentials;

// RFC 7515 §2 base64url without padding. Decoding is strict (no padding, no whitespace, no
// non-alphabet characters): a JWS segment that decodes only after "repair" is not the segment
// that was signed.
internal static class Base64UrlText
{
    public static string Encode(ReadOnlySpan<byte> bytes) => Base64Url.EncodeToString(bytes);

    public static bool TryDecode(string text, [NotNullWhen(true)] out byte[]? bytes)
    {
        bytes = null;
        if (text.Length % 4 == 1)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_'))
            {
                return false;
            }
        }

        try
        {
            bytes = Base64Url.DecodeFromChars(text);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
