using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Semillero.Credits;
using Semillero.Data;
using Semillero.Web.Access;
using Semillero.Web.Diagnostics;
using Semillero.Web.Forms;
using Semillero.Web.Operations;

namespace Semillero.Web.Credits;

// GET/POST /operacion/creditos/programa — the credit program's rules in force, readable, with the
// versions' history; operators publish a new version either from a form over the main fields (the
// page builds the JSON from the version in force) or from the full JSON (docs/credits.md, "The
// program's rules").
public sealed partial class ProgramaModel(CreditProgramVersions programs, PublishCreditProgram publish, SemilleroDb db, TimeProvider clock, ILogger<ProgramaModel> logger)
    : PageModel
{
    public static class Fields
    {
        public const string Cap = "tope";
        public const string Validity = "vigencia";
        public const string CodeDays = "diasCodigo";
        public const string MaxAge = "antiguedad";
        public const string Stages = "etapas";
        public const string Graduate = "egresado";
        public const string Margin = "margen";
        public const string Reason = "motivo";
        public const string Json = "programa";
        public const string File = "archivo";
        public const string JsonReason = "motivoJson";

        public static string TierAmount(string key) => $"nivel-{key}-monto";

        public static string TierReviewed(string key) => $"nivel-{key}-revision";

        public static string TierVouching(string key) => $"nivel-{key}-aval";
    }

    public CreditProgram Program { get; private set; } = CreditPrograms.Shipped;

    public IReadOnlyList<CreditProgramVersionView> Versions { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Publishers { get; private set; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public int NextVersion { get; private set; }

    // What the edit form shows: the version in force, or what the operator typed when refused.
    public Dictionary<string, string?> Form { get; } = new(StringComparer.Ordinal);

    public HashSet<StartupStage> FormStages { get; private set; } = [];

    public FormErrors EditErrors { get; } = new();

    public FormErrors JsonErrors { get; } = new();

    [BindProperty(Name = Fields.Json)]
    public string? Json { get; set; }

    [BindProperty(Name = Fields.JsonReason)]
    public string? JsonReason { get; set; }

    [BindProperty(Name = Fields.File)]
    public IFormFile? Upload { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        FillForm();
        Json = NextJson();
    }

    public async Task<IActionResult> OnPostEditarAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var t = ProgramaCreditosTexts.Current;
        var form = Request.Form;
        foreach (var key in new[] { Fields.Cap, Fields.Validity, Fields.CodeDays, Fields.MaxAge, Fields.Margin, Fields.Reason }
            .Concat(Program.Tiers.Select(tier => Fields.TierAmount(tier.Key))))
        {
            Form[key] = form[key].ToString();
        }

        FormStages = [.. form[Fields.Stages].Select(s => Enum.TryParse<StartupStage>(s, out var stage) && Enum.IsDefined(stage) ? stage : (StartupStage?)null).OfType<StartupStage>()];
        Form[Fields.Graduate] = form[Fields.Graduate].ToString();
        foreach (var tier in Program.Tiers)
        {
            Form[Fields.TierReviewed(tier.Key)] = form[Fields.TierReviewed(tier.Key)].ToString();
            Form[Fields.TierVouching(tier.Key)] = form[Fields.TierVouching(tier.Key)].ToString();
        }

        var cap = Amount(Fields.Cap, t);
        var validity = Whole(Fields.Validity, t);
        var codeDays = Whole(Fields.CodeDays, t);
        var maxAge = Whole(Fields.MaxAge, t);
        var margin = Whole(Fields.Margin, t);
        var tiers = Program.Tiers.Select(tier => tier with
        {
            MaxCents = Amount(Fields.TierAmount(tier.Key), t),
            Reviewed = Checked(Fields.TierReviewed(tier.Key)),
            RequiresVouching = Checked(Fields.TierVouching(tier.Key)),
        }).ToList();
        var reason = Form[Fields.Reason];
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > PublishCreditProgram.MaxReasonLength)
        {
            EditErrors.Add(Fields.Reason, ProgramaCreditosTexts.Format(t.ReasonMissing, PublishCreditProgram.MaxReasonLength.ToString("N0", CultureInfo.CurrentCulture)));
        }

        if (!EditErrors.Any)
        {
            var revised = Program with
            {
                Version = NextVersion,
                PublishedOn = OperacionTime.LocalToday(clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                LifetimeCapCents = cap,
                AwardValidityMonths = validity,
                VouchingCodeDays = codeDays,
                Eligibility = Program.Eligibility with
                {
                    MaxAgeYears = maxAge,
                    Stages = [.. Enum.GetValues<StartupStage>().Where(FormStages.Contains)],
                    RequireGraduateFounder = Checked(Fields.Graduate),
                },
                Tiers = tiers,
                Review = Program.Review with { ThirdReviewerMargin = margin },
            };
            switch (await publish.RunAsync(CreditPrograms.ToJson(revised), reason, User.Actor(), ct))
            {
                case PublishCreditProgramOutcome.Published p:
                    return Done(p.Version);
                case PublishCreditProgramOutcome.Invalid i:
                    foreach (var error in i.Errors)
                    {
                        EditErrors.Add(FieldOf(error), OperacionDiagnosticoModel.InLanguage(error, t.English));
                    }

                    break;
            }
        }

        Json = NextJson();
        return Page();
    }

    public async Task<IActionResult> OnPostJsonAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var t = ProgramaCreditosTexts.Current;
        var json = Json;
        if (Upload is { Length: > 0 } file)
        {
            if (file.Length > CreditPrograms.MaxJsonLength * 4L)
            {
                json = new string('x', CreditPrograms.MaxJsonLength + 1);
            }
            else
            {
                using var reader = new StreamReader(file.OpenReadStream());
                json = await reader.ReadToEndAsync(ct);
            }
        }

        if (string.IsNullOrWhiteSpace(JsonReason) || JsonReason.Trim().Length > PublishCreditProgram.MaxReasonLength)
        {
            // The reason's message sits by its field; the program's own problems are listed with it.
            foreach (var error in CreditPrograms.Parse(json).Errors)
            {
                JsonErrors.Add(Fields.Json, OperacionDiagnosticoModel.InLanguage(error, t.English));
            }

            JsonErrors.Add(Fields.JsonReason, ProgramaCreditosTexts.Format(t.ReasonMissing, PublishCreditProgram.MaxReasonLength.ToString("N0", CultureInfo.CurrentCulture)));
        }
        else
        {
            switch (await publish.RunAsync(json, JsonReason, User.Actor(), ct))
            {
                case PublishCreditProgramOutcome.Published p:
                    return Done(p.Version);
                case PublishCreditProgramOutcome.Invalid i:
                    foreach (var error in i.Errors)
                    {
                        JsonErrors.Add(Fields.Json, OperacionDiagnosticoModel.InLanguage(error, t.English));
                    }

                    break;
            }
        }

        Json = json;
        FillForm();
        return Page();
    }

    private RedirectToPageResult Done(int version)
    {
        Log.Published(logger, version);
        TempData[Aviso.Ok] = ProgramaCreditosTexts.Format(ProgramaCreditosTexts.Current.Published, version);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Program = await programs.CurrentAsync(ct);
        Versions = await programs.ListAsync(ct);
        NextVersion = await publish.NextVersionAsync(ct);
        Publishers = await PublishersAsync(ct);
    }

    private void FillForm()
    {
        Form[Fields.Cap] = Dollars(Program.LifetimeCapCents);
        Form[Fields.Validity] = Program.AwardValidityMonths.ToString(CultureInfo.InvariantCulture);
        Form[Fields.CodeDays] = Program.VouchingCodeDays.ToString(CultureInfo.InvariantCulture);
        Form[Fields.MaxAge] = Program.Eligibility.MaxAgeYears.ToString(CultureInfo.InvariantCulture);
        Form[Fields.Margin] = Program.Review.ThirdReviewerMargin.ToString(CultureInfo.InvariantCulture);
        Form[Fields.Graduate] = Program.Eligibility.RequireGraduateFounder ? "true" : null;
        FormStages = [.. Program.Eligibility.Stages];
        foreach (var tier in Program.Tiers)
        {
            Form[Fields.TierAmount(tier.Key)] = Dollars(tier.MaxCents);
            Form[Fields.TierReviewed(tier.Key)] = tier.Reviewed ? "true" : null;
            Form[Fields.TierVouching(tier.Key)] = tier.RequiresVouching ? "true" : null;
        }
    }

    public bool IsChecked(string field) => Form.GetValueOrDefault(field) == "true";

    private bool Checked(string field) => IsChecked(field);

    private string NextJson() => CreditPrograms.ToJson(Program with { Version = NextVersion });

    // "100,000" or "5,000.50": what TryParseUsd reads back.
    private static string Dollars(long cents) => (cents / 100m).ToString(cents % 100 == 0 ? "#,##0" : "#,##0.00", CultureInfo.InvariantCulture);

    private long Amount(string field, ProgramaCreditosTexts t)
    {
        if (CreditRules.TryParseUsd(Form[field], out var cents))
        {
            return cents;
        }

        EditErrors.Add(field, t.NotAnAmount);
        return 0;
    }

    private int Whole(string field, ProgramaCreditosTexts t)
    {
        if (int.TryParse(Form[field], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        EditErrors.Add(field, t.NotAWholeNumber);
        return 0;
    }

    // Places a rule's refusal by the field it concerns where the form has one.
    private static string FieldOf(string error) =>
        error.Contains("tope por empresa", StringComparison.Ordinal) && !error.Contains("nivel", StringComparison.Ordinal) ? Fields.Cap
        : error.Contains("vigencia", StringComparison.Ordinal) ? Fields.Validity
        : error.Contains("código de aval", StringComparison.Ordinal) ? Fields.CodeDays
        : error.Contains("antigüedad", StringComparison.Ordinal) ? Fields.MaxAge
        : error.Contains("etapa", StringComparison.Ordinal) ? Fields.Stages
        : error.Contains("margen", StringComparison.Ordinal) ? Fields.Margin
        : error.Contains("motivo", StringComparison.Ordinal) ? Fields.Reason
        : Fields.Cap;

    // PublishCreditProgram keeps the actor's id: an account's id, "llave:{key id}" or "cli".
    private async Task<Dictionary<string, string>> PublishersAsync(CancellationToken ct)
    {
        const string KeyPrefix = "llave:";
        var ids = Versions.Select(v => v.PublishedBy).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var userIds = ids.Select(id => Guid.TryParse(id, out var g) ? g : (Guid?)null).OfType<Guid>().ToList();
        var keyIds = ids.Where(id => id.StartsWith(KeyPrefix, StringComparison.Ordinal)).Select(id => id[KeyPrefix.Length..]).ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName }).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var keys = await db.ApiKeys.AsNoTracking().Where(k => keyIds.Contains(k.Id)).Select(k => new { k.Id, k.Name }).ToDictionaryAsync(k => k.Id, k => k.Name, StringComparer.Ordinal, ct);
        var names = new Dictionary<string, string>(StringComparer.Ordinal) { ["cli"] = ProgramaCreditosTexts.Current.ByCli };
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

    public string PublisherOf(CreditProgramVersionView v) => v.PublishedBy is null ? "—" : Publishers.GetValueOrDefault(v.PublishedBy) ?? v.PublishedBy;

    public static string When(DateTime utc) => Semillero.Calendar.Dates.CompactWithTime(OperacionTime.ToLocal(utc));

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Credit program version {Version} published from the operation page")]
        public static partial void Published(ILogger logger, int version);
    }
}
