using Microsoft.AspNetCore.Mvc;
using Semillero.Credits;
using Semillero.Organizations;
using Semillero.Web.Access;
using Semillero.Web.Forms;
using Semillero.Web.Organizations;

namespace Semillero.Web.Credits;

// GET/POST /organizacion/avales — an accelerator's or investment organisation's vouching codes
// (docs/credits.md, "Vouching"): its administrators accept the terms and generate codes (shown once,
// in the response to the form, never stored nor redirected through a cookie) and revoke unused ones;
// its staff see the list. The use cases check the organisation each time.
public sealed partial class AvalesModel(ReadOrganizations read, OrganizationAccess access, VouchingAccess vouching, ReadVouchingCodes codes,
    GenerateVouchingCodes generate, RevokeVouchingCode revoke, CreditProgramVersions programs, ILogger<AvalesModel> logger)
    : OrganizacionModelBase(read, access)
{
    public static class Fields
    {
        public const string Count = GenerateVouchingCodes.Fields.Count;
        public const string Notes = GenerateVouchingCodes.Fields.Notes;
        public const string AcceptTerms = GenerateVouchingCodes.Fields.AcceptTerms;
        public const string Code = "codigo";
    }

    [BindProperty(Name = Fields.Count)]
    public string? Count { get; set; }

    [BindProperty(Name = Fields.Notes)]
    public string? Notes { get; set; }

    [BindProperty(Name = Fields.AcceptTerms)]
    public int? AcceptTerms { get; set; }

    public VouchingScope? Scope { get; private set; }

    public IReadOnlyList<VouchingCodeView> Codes { get; private set; } = [];

    public IReadOnlyList<GeneratedVouchingCode> Generated { get; private set; } = [];

    public int CodeDays { get; private set; }

    public FormErrors Errors { get; } = new();

    public bool CanGenerate => Scope?.GenerateRefusal() is null && Scope is not null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadOrganizationAsync(ct) is not { } organization)
        {
            return RedirectToPage("/Organizations/Organizacion");
        }

        await LoadAsync(organization.Id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostGenerarAsync(CancellationToken ct)
    {
        if (await LoadOrganizationAsync(ct) is not { } organization)
        {
            return RedirectToPage("/Organizations/Organizacion");
        }

        var t = ProgramaCreditosTexts.Current;
        int? count = int.TryParse(Count, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
        var notes = (Notes ?? "").ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).ToList();
        while (notes.Count > 0 && notes[^1].Length == 0)
        {
            notes.RemoveAt(notes.Count - 1);
        }

        if (count is null)
        {
            Errors.Add(Fields.Count, ProgramaCreditosTexts.Format(t.FieldCountHint, GenerateVouchingCodes.MaxCodes));
        }
        else
        {
            switch (await generate.RunAsync(organization.Id, new GenerateVouchingCodesInput(count, notes, AcceptTerms), User.Actor(), ct))
            {
                case GenerateVouchingCodesOutcome.Generated g:
                    Log.Generated(logger, g.Codes.Count, organization.Id);
                    Generated = g.Codes;
                    Count = null;
                    Notes = null;
                    AcceptTerms = null;
                    break;
                case GenerateVouchingCodesOutcome.Invalid i:
                    Errors.AddAll(i.Errors);
                    Errors.OrderAs(Fields.Count, Fields.Notes, Fields.AcceptTerms);
                    break;
                case GenerateVouchingCodesOutcome.NotAllowed na:
                    TempData[FlashError] = t.English ? na.Reason.En : na.Reason.Es;
                    return RedirectToPage();
                default:
                    return NotFound();
            }
        }

        await LoadAsync(organization.Id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevocarAsync(Guid? codigo, CancellationToken ct)
    {
        if (await LoadOrganizationAsync(ct) is not { } organization)
        {
            return RedirectToPage("/Organizations/Organizacion");
        }

        var t = ProgramaCreditosTexts.Current;
        switch (codigo is { } id ? await revoke.RunAsync(organization.Id, id, User.Actor(), ct) : new RevokeVouchingCodeOutcome.NotFound())
        {
            case RevokeVouchingCodeOutcome.Revoked r:
                Log.Revoked(logger, r.CodeId, organization.Id);
                TempData[Flash] = ProgramaCreditosTexts.Format(t.Revoked, r.Hint);
                break;
            case RevokeVouchingCodeOutcome.AlreadyUsed:
                TempData[FlashError] = t.AlreadyUsed;
                break;
            case RevokeVouchingCodeOutcome.AlreadyRevoked:
                TempData[FlashError] = t.AlreadyRevoked;
                break;
            case RevokeVouchingCodeOutcome.NotAllowed na:
                TempData[FlashError] = t.English ? na.Reason.En : na.Reason.Es;
                break;
            default:
                // Another organisation's code, or none: as for any unknown address.
                return NotFound();
        }

        return RedirectToPage();
    }

    private async Task LoadAsync(Guid organizationId, CancellationToken ct)
    {
        var actor = User.Actor();
        Scope = await vouching.ScopeAsync(organizationId, actor, ct);
        Codes = await codes.ListAsync(organizationId, actor, ct) ?? [];
        CodeDays = (await programs.CurrentAsync(ct)).VouchingCodeDays;
    }

    public static string Day(DateTime utc) => Semillero.Calendar.Dates.Written(Semillero.Web.Operations.OperacionTime.ToLocal(utc));

    // Counts and ids only: never a code nor a note.
    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "{Count} vouching codes generated for organization {OrganizationId} from its page")]
        public static partial void Generated(ILogger logger, int count, Guid organizationId);

        [LoggerMessage(Level = LogLevel.Information, Message = "Vouching code {CodeId} of organization {OrganizationId} revoked from its page")]
        public static partial void Revoked(ILogger logger, Guid codeId, Guid organizationId);
    }
}
