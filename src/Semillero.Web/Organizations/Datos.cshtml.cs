using Microsoft.AspNetCore.Mvc;
using Semillero.Organizations;
using Semillero.Web.Access;
using Semillero.Web.Forms;

namespace Semillero.Web.Organizations;

// GET/POST /organizacion/datos — the organisation's administrators correct its data (not its RFC,
// unless it has none yet); staff read that they cannot.
public sealed partial class DatosModel(ReadOrganizations read, OrganizationAccess access, UpdateOrganization update, ILogger<DatosModel> logger)
    : OrganizacionModelBase(read, access)
{
    [BindProperty]
    public OrganizationForm Form { get; set; } = new();

    public FormErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadOrganizationAsync(ct) is not { } organization)
        {
            return RedirectToPage("/Organizations/Organizacion");
        }

        Form = OrganizationForm.From(organization);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadOrganizationAsync(ct) is not { } organization)
        {
            return RedirectToPage("/Organizations/Organizacion");
        }

        var t = AliadosTexts.Current;
        switch (await update.RunAsync(organization.Id, Form.ToInput(), User.Actor(), ct))
        {
            case UpdateOrganizationOutcome.Updated updated:
                var actorId = User.Actor().Id;
                Log.Updated(logger, organization.Id, actorId);
                TempData[Flash] = updated.BackToReview ? t.SavedBackToReview : t.Saved;
                return RedirectToPage("/Organizations/Organizacion");
            case UpdateOrganizationOutcome.Invalid invalid:
                Errors.AddAll(invalid.Errors);
                Errors.OrderAs(OrganizationForm.FieldOrder);
                break;
            case UpdateOrganizationOutcome.Taken taken:
                Errors.Add(new Semillero.Validation.FieldError(taken.Field, taken.Reason));
                break;
            case UpdateOrganizationOutcome.NotAllowed:
                TempData[FlashError] = t.OnlyAdmins;
                return RedirectToPage("/Organizations/Organizacion");
            default:
                return RedirectToPage("/Organizations/Organizacion");
        }

        Form.Rfc = organization.Rfc ?? Form.Rfc;
        return Page();
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Organization {OrganizationId} data updated by {ActorId}")]
        public static partial void Updated(ILogger logger, Guid organizationId, string actorId);
    }
}
