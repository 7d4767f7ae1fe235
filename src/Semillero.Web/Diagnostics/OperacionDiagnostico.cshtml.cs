using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Companies;
using Semillero.Data;
using Semillero.Diagnostics;
using Semillero.Disclosure;
using Semillero.Web.Access;
using Semillero.Web.Companies;
using Semillero.Web.Forms;
using Semillero.Web.Operations;
using Semillero.Web.Site;

namespace Semillero.Web.Diagnostics;

// GET/POST /operacion/diagnostico[?version=N] — the diagnostic's program figures for analysts and
// operators (docs/diagnostic.md, "Program figures"), one question bank version at a time, small cells
// withheld as ReadDiagnosticFigures decides; operators also see the bank's versions and publish one.
public sealed partial class OperacionDiagnosticoModel(
    ReadDiagnosticFigures read, BankVersions banks, PublishBankVersion publish, SemilleroDb db, ILogger<OperacionDiagnosticoModel> logger) : PageModel
{
    // The form's field names are the API's (POST /api/diagnostic/versions).
    public static class Fields
    {
        public const string Bank = "bank";
        public const string Reason = "reason";
    }

    [BindProperty(SupportsGet = true, Name = "version")]
    public int? Version { get; set; }

    [BindProperty(Name = Fields.Bank)]
    public string? BankJson { get; set; }

    [BindProperty(Name = Fields.Reason)]
    public string? Reason { get; set; }

    public DiagnosticFigures Figures { get; private set; } = null!;

    public IReadOnlyList<BankVersionView> Versions { get; private set; } = [];

    // Who published each version, as operators read it (an account's name, a key's name).
    public IReadOnlyDictionary<string, string> Publishers { get; private set; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public FormErrors Errors { get; } = new();

    // Analysts read the figures; only operators publish (the access table lets both open the page).
    public bool CanPublish => User.Actor().Role == Roles.Operador;

    public int NextVersion => Versions.Count == 0 ? QuestionBanks.Shipped.Version + 1 : Versions.Max(v => v.Version) + 1;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanPublish)
        {
            return Forbid();
        }

        var t = CifrasDiagnosticoTexts.Current;
        if (string.IsNullOrWhiteSpace(Reason) || Reason.Trim().Length > PublishBankVersion.MaxReasonLength)
        {
            // The same rule as PublishBankVersion's, checked here so the message sits by its field;
            // the bank's own problems are listed with it, so one round trip shows them all.
            foreach (var error in QuestionBanks.Parse(BankJson).Errors)
            {
                Errors.Add(Fields.Bank, InLanguage(error, t.English));
            }

            Errors.Add(Fields.Reason, CifrasDiagnosticoTexts.Format(t.ReasonMissing, PublishBankVersion.MaxReasonLength.ToString("N0", CultureInfo.CurrentCulture)));
        }
        else
        {
            switch (await publish.RunAsync(BankJson, Reason, User.Actor(), ct))
            {
                case PublishBankVersionOutcome.Published p:
                    Log.Published(logger, p.Version);
                    TempData[Aviso.Ok] = CifrasDiagnosticoTexts.Format(t.Published, p.Version);
                    return RedirectToPage();
                case PublishBankVersionOutcome.Invalid i:
                    // With a valid reason every remaining problem is the bank's (parse, checks, number).
                    foreach (var error in i.Errors)
                    {
                        Errors.Add(Fields.Bank, InLanguage(error, t.English));
                    }

                    break;
            }
        }

        Version = null;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Versions = await banks.ListAsync(ct);
        Figures = await read.RunAsync(Version, ct);
        if (CanPublish)
        {
            Publishers = await PublishersAsync(ct);
        }
    }

    // PublishBankVersion keeps the actor's id: an account's id, "llave:{key id}" or "cli".
    private async Task<Dictionary<string, string>> PublishersAsync(CancellationToken ct)
    {
        const string KeyPrefix = "llave:";
        var ids = Versions.Select(v => v.PublishedBy).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var userIds = ids.Select(id => Guid.TryParse(id, out var g) ? g : (Guid?)null).OfType<Guid>().ToList();
        var keyIds = ids.Where(id => id.StartsWith(KeyPrefix, StringComparison.Ordinal)).Select(id => id[KeyPrefix.Length..]).ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName }).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var keys = await db.ApiKeys.AsNoTracking().Where(k => keyIds.Contains(k.Id)).Select(k => new { k.Id, k.Name }).ToDictionaryAsync(k => k.Id, k => k.Name, StringComparer.Ordinal, ct);
        var names = new Dictionary<string, string>(StringComparer.Ordinal) { ["cli"] = CifrasDiagnosticoTexts.Current.ByCli };
        foreach (var id in ids)
        {
            if (Guid.TryParse(id, out var user) && users.TryGetValue(user, out var name))
            {
                names[id] = name;
            }
            else if (id.StartsWith(KeyPrefix, StringComparison.Ordinal) && keys.TryGetValue(id[KeyPrefix.Length..], out var key))
            {
                names[id] = key;
            }
        }

        return names;
    }

    public string PublisherOf(BankVersionView v) => v.PublishedBy is null ? "—" : Publishers.GetValueOrDefault(v.PublishedBy) ?? v.PublishedBy;

    // REVIEW: PublishBankVersion and QuestionBanks word each problem in both languages as
    // "español / English"; the page shows the reader's half. Ids the operator wrote appear on both
    // sides, so the cut is the middle " / " (the last one when their number is even: the JSON
    // parser's message appears only in the Spanish half). Typed bilingual errors in the product
    // would make this unnecessary.
    internal static string InLanguage(string message, bool english)
    {
        var cuts = new List<int>();
        for (var at = message.IndexOf(" / ", StringComparison.Ordinal); at >= 0; at = message.IndexOf(" / ", at + 3, StringComparison.Ordinal))
        {
            cuts.Add(at);
        }

        if (cuts.Count == 0)
        {
            return message;
        }

        var cut = cuts[cuts.Count % 2 == 1 ? cuts.Count / 2 : cuts.Count - 1];
        return english ? message[(cut + 3)..].Trim() : message[..cut].Trim();
    }

    public static IHtmlContent Cell(CompanyCell cell) => SuppressedCell.Html(cell.Value.ToString("N0", CultureInfo.CurrentCulture), cell.Suppression);

    // The share is not a count: a "<5" beside a percent would read as "under 5 %", so a hidden share
    // is always "Reservado" (docs/texts.md: any hidden figure whose kind the page does not show).
    public static IHtmlContent Share(decimal? share) =>
        share is { } s ? new HtmlString(System.Net.WebUtility.HtmlEncode(CifrasDiagnosticoTexts.Format(CifrasDiagnosticoTexts.Current.Percent, Number(s)))) : SuppressedCell.Html(Suppression.Withheld);

    public static string Number(decimal value) => value.ToString("#,0.#", CultureInfo.CurrentCulture);

    // A change in points with its sign; "−" (minus sign) so it is not read as a hyphen.
    public static string Points(decimal value) => value.ToString("+#,0.0;−#,0.0;0.0", CultureInfo.CurrentCulture);

    public static string StateName(string code) => EmpresasTexts.StateName(code);

    public static string SizeName(string key) => Enum.TryParse<SizeBand>(key, out var band) ? EmpresasTexts.Current.Size(band) : key;

    public static string SectorName(string code) => $"{code} · {EmpresasTexts.SectorName(code)}";

    public static string When(DateTime utc) => Semillero.Calendar.Dates.CompactWithTime(OperacionTime.ToLocal(utc));

    // Version numbers and counts only.
    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Question bank version {Version} published from the operation page")]
        public static partial void Published(ILogger logger, int version);
    }
}
