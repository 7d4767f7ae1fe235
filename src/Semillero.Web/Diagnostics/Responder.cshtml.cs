using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Diagnostics;
using Semillero.Web.Forms;

namespace Semillero.Web.Diagnostics;

// GET/POST /diagnostico/responder/{token}?paso= — a colleague answers through the link the company
// emailed, without an account: the token names their respondent row and nothing else.
public sealed class ResponderModel(RespondentLinks links, ReadAssessments read, SaveAnswers save) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Paso { get; set; }

    public RespondentSheet? Sheet { get; private set; }

    public Dimension? Current { get; private set; }

    public FormErrors Errors { get; } = new();

    public string BaseUrl => "/diagnostico/responder/" + RouteData.Values["token"];

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        await LoadAsync(token, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, string? seguir, CancellationToken ct)
    {
        if (!await LoadAsync(token, ct) || Sheet!.Closed || Current is null)
        {
            return Page();
        }

        switch (await save.AsRespondentAsync(Sheet.RespondentId, QuestionnaireSteps.Read(Current, Request.Form), ct))
        {
            case SaveAnswersOutcome.Saved:
                var next = seguir is null ? Current.Id : QuestionnaireSteps.Next(Sheet.Bank, Current) ?? QuestionnaireSteps.Review;
                return Redirect($"{BaseUrl}?paso={next}");
            case SaveAnswersOutcome.Invalid invalid:
                Errors.AddAll(invalid.Errors);
                return Page();
            default:
                await LoadAsync(token, ct);
                return Page();
        }
    }

    private async Task<bool> LoadAsync(string token, CancellationToken ct)
    {
        if (links.Read(token) is not { } respondentId || await read.SheetAsync(respondentId, ct) is not { } sheet)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return false;
        }

        Sheet = sheet;
        Current = Paso == QuestionnaireSteps.Review ? null : QuestionnaireSteps.Find(sheet.Bank, Paso) ?? sheet.Bank.Dimensions[0];
        return true;
    }
}
