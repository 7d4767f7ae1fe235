using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Semillero.Email;
using Semillero.FollowUp;

namespace Semillero.Tests.FollowUp;

public sealed class FollowUpLinksTests
{
    private static readonly EphemeralDataProtectionProvider Keys = new();
    private static readonly FollowUpLinks Links = new(Keys, Options.Create(new SiteOptions { PublicUrl = "https://semillero.example/" }));
    private static readonly Guid Survey = Guid.Parse("0193f1a2-7c4e-7d2a-9b3c-5e6f7a8b9c0d");
    private static DateTime InAMonth => TimeProvider.System.GetUtcNow().UtcDateTime.AddDays(30);

    [Fact]
    public void Token_OpensItsSurvey()
    {
        var token = Links.Token(Survey, InAMonth);

        Assert.Equal(Survey, Links.Read(token));
        Assert.Matches("^[A-Za-z0-9_-]+$", token);
    }

    [Fact]
    public void Url_IsAbsolute_FromThePublicAddress() =>
        Assert.StartsWith("https://semillero.example/seguimiento/", Links.Url(Survey, InAMonth), StringComparison.Ordinal);

    [Fact]
    public void Token_DoesNotCarryTheSurveyIdInClear()
    {
        var token = Links.Token(Survey, InAMonth);
        var decoded = Encoding.Latin1.GetString(Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlDecode(token));

        Assert.DoesNotContain(Survey.ToString("N"), token, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Survey.ToString("N"), decoded, StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual(token, Links.Token(Survey, InAMonth));
    }

    [Fact]
    public void EveryAlteredCharacter_IsRejected()
    {
        var token = Links.Token(Survey, InAMonth);
        for (var i = 0; i < token.Length; i++)
        {
            var altered = token[..i] + (token[i] == 'a' ? 'b' : 'a') + token[(i + 1)..];
            Assert.Null(Links.Read(altered));
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("x")]
    [InlineData("0193f1a27c4e7d2a9b3c5e6f7a8b9c0d")]
    [InlineData("%%%")]
    public void Garbage_IsRejected(string? token) => Assert.Null(Links.Read(token));

    [Fact]
    public void ExpiredToken_IsRejected() =>
        Assert.Null(Links.Read(Links.Token(Survey, TimeProvider.System.GetUtcNow().UtcDateTime.AddMinutes(-1))));

    [Fact]
    public void TokenOfAnotherPurpose_OrAnotherKeyRing_IsRejected()
    {
        var otherPurpose = Keys.CreateProtector("Semillero.Otro").ToTimeLimitedDataProtector().Protect(Survey.ToString("N"), InAMonth);
        var otherRing = new FollowUpLinks(new EphemeralDataProtectionProvider(), Options.Create(new SiteOptions())).Token(Survey, InAMonth);

        Assert.Null(Links.Read(otherPurpose));
        Assert.Null(Links.Read(otherRing));
    }
}
