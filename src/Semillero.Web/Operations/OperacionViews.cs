using System.Globalization;
using System.Text.RegularExpressions;
using Semillero.Web.Hosting;

namespace Semillero.Web.Operations;

// Times in the database are UTC; the operation pages show them in Mexico City time (UTC when the
// server has no time zone data, and then say so).
public static class OperacionTime
{
    // "Due soon" in the ARCO request queue: the answer is due within this many days.
    public const int DueSoonDays = 5;

    public static bool InMexicoCity => MexicoCityTime.Available;

    public static DateTime ToLocal(DateTime utc) => MexicoCityTime.Local(utc).DateTime;

    public static string Iso(DateTime utc) => MexicoCityTime.Iso(utc);

    public static DateOnly LocalToday(TimeProvider clock) => MexicoCityTime.Today(clock);

    public static DateTime StartOfLocalDayUtc(DateOnly day) => MexicoCityTime.StartOfDayUtc(day);

    public static bool TryParseDate(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}

// One page of a list: what is shown ("1–50 of 1,234") and the links to the neighbours.
public sealed record Paging(int Page, int PageSize, int Total)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public int From => Total == 0 ? 0 : Math.Min(Total, ((Page - 1) * PageSize) + 1);

    public int To => Math.Min(Total, Page * PageSize);

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < Pages;

    public bool OutOfRange => Total > 0 && Page > Pages;
}

// The model of _Paginacion: the page and the addresses of the first, previous and next pages.
public sealed record PagerView(Paging Paging, string? FirstUrl, string? PreviousUrl, string? NextUrl, string? LastUrl, string Label)
{
    public static PagerView For(Paging paging, Func<int, string?> urlFor, string label) => new(
        paging,
        urlFor(1),
        urlFor(Math.Min(paging.Page, paging.Pages + 1) - 1),
        urlFor(paging.Page + 1),
        urlFor(paging.Pages),
        label);
}

// A text cut into plain runs and web addresses, so a view can link the addresses and encode
// everything (the text is never trusted as HTML).
public sealed record TextPart(string Text, bool IsLink);

public static partial class OperacionText
{
    [GeneratedRegex(@"https?://[^\s<>""'«»]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Url();

    public static IReadOnlyList<TextPart> Linkify(string text)
    {
        var parts = new List<TextPart>();
        var at = 0;
        foreach (Match match in Url().Matches(text))
        {
            // Sentence punctuation after an address is not part of it.
            var url = match.Value.TrimEnd('.', ',', ';', ':', '!', '?', ')', ']');
            if (match.Index > at)
            {
                parts.Add(new(text[at..match.Index], false));
            }

            parts.Add(new(url, Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)));
            at = match.Index + url.Length;
        }

        if (at < text.Length)
        {
            parts.Add(new(text[at..], false));
        }

        return parts;
    }

    // "Corregir nombre a: X | Y | Z", as RectifyMyData writes a change of name; null otherwise.
    public static (string Nombre, string PrimerApellido, string SegundoApellido)? RequestedName(string? details)
    {
        const string prefix = "Corregir nombre a:";
        if (details is null || !details.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var parts = details[prefix.Length..].Split('|');
        return parts.Length == 3 ? (parts[0].Trim(), parts[1].Trim(), parts[2].Trim()) : null;
    }

    // The last eight hex digits: ids are UUIDv7, whose leading digits are a timestamp shared by
    // everything created in the same moment; the tail is random.
    public static string ShortId(Guid id) => "…" + id.ToString("N", CultureInfo.InvariantCulture)[^8..];
}

// The head of every operation page: where it sits in the tabs, its title and lead, and an optional
// way back (detail pages).
public sealed record OperacionHead(string Nav, string Title, string? Lead = null, string? BackPage = null, string? BackLabel = null);

// The keys of the one-time messages a page leaves for the next one after Post/Redirect/Get.
public static class Aviso
{
    public const string Ok = "op.aviso";
    public const string Error = "op.error";

    // A link to show with the message (the invitation's set-password link).
    public const string Enlace = "op.enlace";

    // An address whose messages in the outbox the message points to.
    public const string Correo = "op.correo";
}
