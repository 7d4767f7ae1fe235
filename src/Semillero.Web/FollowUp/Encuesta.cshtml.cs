using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.FollowUp;
using Semillero.Web.Forms;

namespace Semillero.Web.FollowUp;

// GET/POST /seguimiento/{token} — the follow-up survey a graduate opens from the emailed link, with
// no sign-in: the signed, expiring token is the only key. Every state of the link (answered,
// closed, tampered) is a page that says so in words, never an error page.
public sealed class EncuestaModel(AnswerFollowUp answers) : PageModel
{
    [BindProperty(Name = FollowUpAnswerRules.Fields.Situacion)]
    public string? Situacion { get; set; }

    [BindProperty(Name = FollowUpAnswerRules.Fields.Sector)]
    public string? Sector { get; set; }

    [BindProperty(Name = FollowUpAnswerRules.Fields.Salario)]
    public string? Salario { get; set; }

    [BindProperty(Name = FollowUpAnswerRules.Fields.Ayudo)]
    public string? Ayudo { get; set; }

    [BindProperty(Name = FollowUpAnswerRules.Fields.Comentario)]
    public string? Comentario { get; set; }

    public FollowUpSurveyOutcome Outcome { get; private set; } = new FollowUpSurveyOutcome.NotFound();

    public FormErrors Errors { get; } = new();

    // Set after a successful submit (Post/Redirect/Get): the survey then reads as answered.
    public bool Thanks { get; private set; }

    public OpenSurvey? Survey => Outcome switch
    {
        FollowUpSurveyOutcome.Open open => open.Survey,
        FollowUpSurveyOutcome.Rejected rejected => rejected.Survey,
        _ => null,
    };

    public async Task<IActionResult> OnGetAsync(string token, [FromQuery(Name = "gracias")] string? gracias, CancellationToken ct)
    {
        Outcome = await answers.OpenAsync(token, ct);
        Thanks = gracias == "1" && Outcome is FollowUpSurveyOutcome.AlreadyAnswered;
        return Show();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct)
    {
        Outcome = await answers.RunAsync(token, new FollowUpAnswer(Situacion, Sector, Salario, Ayudo, Comentario), ct);
        if (Outcome is FollowUpSurveyOutcome.Answered)
        {
            return Redirect($"/seguimiento/{Uri.EscapeDataString(token)}?gracias=1");
        }

        if (Outcome is FollowUpSurveyOutcome.Rejected rejected)
        {
            Errors.AddAll(rejected.Errors);
            Errors.OrderAs(FollowUpAnswerRules.Fields.Situacion, FollowUpAnswerRules.Fields.Sector, FollowUpAnswerRules.Fields.Salario, FollowUpAnswerRules.Fields.Ayudo, FollowUpAnswerRules.Fields.Comentario);
        }

        return Show();
    }

    private PageResult Show()
    {
        // The token is a key: no caching, and it does not travel in a Referer to other sites.
        Response.Headers.CacheControl = "no-store";
        Response.Headers["Referrer-Policy"] = "no-referrer";
        Response.Headers["X-Robots-Tag"] = "noindex";
        Response.StatusCode = Outcome switch
        {
            FollowUpSurveyOutcome.NotFound => StatusCodes.Status404NotFound,
            FollowUpSurveyOutcome.Expired or FollowUpSurveyOutcome.Closed => StatusCodes.Status410Gone,
            _ => StatusCodes.Status200OK,
        };
        return Page();
    }
}
