using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Semillero.Language;

namespace Semillero.Web.Site;

// The header's "Español / English" links. Each is a plain link to /idioma, which stores the choice
// in the culture cookie and sends the person back to the page they were on.
public static class LanguageSwitch
{
    public sealed record Choice(string Culture, string Label, bool IsCurrent);

    // Query keys that pick a culture for one request; dropped from the return URL so the stored
    // choice is not overridden on the way back.
    private static readonly string[] CultureKeys = ["culture", "ui-culture"];

    public static IReadOnlyList<Choice> Choices() =>
    [
        new("es-MX", "Español", !UiLanguage.IsEnglish),
        new("en", "English", UiLanguage.IsEnglish),
    ];

    // The local URL of the page being shown. On a re-executed error page (status code pages) it
    // is the address the person asked for, so switching language there shows the same error again.
    public static string ReturnUrl(HttpContext context)
    {
        var request = context.Request;
        var reExecute = context.Features.Get<IStatusCodeReExecuteFeature>();
        var path = reExecute is null
            ? request.PathBase + request.Path
            : new PathString(reExecute.OriginalPathBase) + new PathString(reExecute.OriginalPath);
        IEnumerable<KeyValuePair<string, StringValues>> query = reExecute is null
            ? request.Query
            : QueryHelpers.ParseQuery(reExecute.OriginalQueryString);

        var kept = new QueryBuilder();
        foreach (var (key, values) in query)
        {
            if (CultureKeys.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var value in values)
            {
                kept.Add(key, value ?? "");
            }
        }

        var url = (path.HasValue ? path.Value : "/") + kept.ToQueryString().Value;
        return url.StartsWith('/') ? url : "/";
    }
}
