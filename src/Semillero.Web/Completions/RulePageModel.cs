using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Catalog;
using Semillero.Completions;
using Semillero.Web.Catalog;
using Semillero.Web.Forms;

namespace Semillero.Web.Completions;

// What the course and the path rule pages share: the rule's version history, the evaluation report
// shown after publishing (Post/Redirect/Get to ?evaluacion=rule id), the form's errors, and how a
// publication's outcome becomes the response.
public abstract class RulePageModel : PageModel
{
    [BindProperty(SupportsGet = true, Name = "evaluacion")]
    public Guid? Evaluated { get; set; }

    public IReadOnlyList<RuleVersion> History { get; protected set; } = [];

    public RuleVersion? Report { get; private set; }

    public FormErrors Errors { get; } = new();

    protected void ShowReport() => Report = History.FirstOrDefault(h => h.Rule.Id == Evaluated);

    // rulesPage: the page's own address, where the new version's report is shown.
    protected IActionResult Answer(PublishRuleOutcome outcome, string rulesPage, Func<RuleField, string> fieldOf)
    {
        switch (outcome)
        {
            case PublishRuleOutcome.Published published:
                return Redirect($"{rulesPage}?evaluacion={published.Rule.Id}#informe");
            case PublishRuleOutcome.Invalid invalid:
                Errors.Add(fieldOf(invalid.Field), CatalogoTexts.Current.Pick(invalid.Es, invalid.En));
                return Page();
            default:
                return NotFound();
        }
    }
}
