using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Semillero.Data;
using Semillero.Privacy;
using Semillero.Web.Operations;

namespace Semillero.Web.Privacy;

// GET /operacion/auditoria?curp=&quien=&desde=&hasta=&persona=&pagina= — who read or changed whose
// personal data, when and why. Dates are Mexico City calendar days, both ends included.
public sealed class AuditoriaModel(AuditLog audit, SemilleroDb db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "curp")]
    public string? Curp { get; set; }

    [BindProperty(SupportsGet = true, Name = "quien")]
    public string? Who { get; set; }

    [BindProperty(SupportsGet = true, Name = "desde")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "hasta")]
    public string? To { get; set; }

    // A learner id, from a link in the results ("this person's entries").
    [BindProperty(SupportsGet = true, Name = "persona")]
    public Guid? Person { get; set; }

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditView> Items { get; private set; } = [];

    public Paging Paging { get; private set; } = new(1, PageSize, 0);

    // Problems with the search, by field (curp, desde, hasta).
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    // The CURP searched for is not in the registry (or the person cancelled): nothing to show.
    public bool CurpNotFound { get; private set; }

    public bool Filtered => !string.IsNullOrWhiteSpace(Curp) || !string.IsNullOrWhiteSpace(Who)
        || !string.IsNullOrWhiteSpace(From) || !string.IsNullOrWhiteSpace(To) || Person is not null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var t = OperacionTexts.Current;
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        PageNumber = Math.Max(1, PageNumber);

        DateTime? fromUtc = null;
        DateTime? toUtc = null;
        DateOnly fromDay = default;
        if (!string.IsNullOrWhiteSpace(From))
        {
            if (OperacionTime.TryParseDate(From, out fromDay))
            {
                fromUtc = OperacionTime.StartOfLocalDayUtc(fromDay);
            }
            else
            {
                errors["desde"] = t.AuditDateInvalid;
            }
        }

        if (!string.IsNullOrWhiteSpace(To))
        {
            if (OperacionTime.TryParseDate(To, out var toDay))
            {
                if (fromUtc is not null && toDay < fromDay)
                {
                    errors["hasta"] = t.AuditDateOrder;
                }

                toUtc = OperacionTime.StartOfLocalDayUtc(toDay.AddDays(1));
            }
            else
            {
                errors["hasta"] = t.AuditDateInvalid;
            }
        }

        var curp = Curp?.Trim().ToUpperInvariant();
        if (!string.IsNullOrEmpty(curp) && curp.Length != 18)
        {
            errors["curp"] = t.AuditCurpLength;
        }

        Errors = errors;
        if (errors.Count > 0)
        {
            return;
        }

        var learnerId = Person;
        if (!string.IsNullOrEmpty(curp))
        {
            var found = await db.Learners.AsNoTracking().Where(l => l.Curp == curp).Select(l => (Guid?)l.Id).FirstOrDefaultAsync(ct);
            if (found is null || (Person is not null && Person != found))
            {
                CurpNotFound = found is null;
                return;
            }

            learnerId = found;
        }

        var (items, total) = await audit.SearchAsync(
            new AuditSearch(learnerId, string.IsNullOrWhiteSpace(Who) ? null : Who.Trim(), fromUtc, toUtc, PageNumber, PageSize), ct);
        Items = items;
        Paging = new Paging(PageNumber, PageSize, total);
    }

    public string? PageUrl(int page) => Url.Page(null, Query(page, Person, Blank(Curp)));

    // The same search narrowed to one person (the CURP is dropped: the id says who).
    public string? PersonUrl(Guid learnerId) => Url.Page(null, Query(1, learnerId, null));

    // The same search for everyone.
    public string? EveryoneUrl() => Url.Page(null, Query(1, null, Blank(Curp)));

    private RouteValueDictionary Query(int page, Guid? person, string? curp) => new()
    {
        ["curp"] = curp,
        ["quien"] = Blank(Who),
        ["desde"] = Blank(From),
        ["hasta"] = Blank(To),
        ["persona"] = person,
        ["pagina"] = page > 1 ? page : null,
    };

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
