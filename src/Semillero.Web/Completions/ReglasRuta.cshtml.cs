using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Catalog;
using Semillero.Completions;
using Semillero.Web.Catalog;
using Semillero.Web.Forms;

namespace Semillero.Web.Completions;

// GET/POST /operacion/catalogo/rutas/{code}/reglas — a path's graduation rule: the version in force
// in words, the history with each version's effect, and the form for a new version (Post/Redirect/
// Get to ?evaluacion=rule id, which shows the evaluation report).
public sealed class ReglasRutaModel(ReadCatalog read, PublishRule publish) : PageModel
{
    public const string MinCourses = "minCourses";
    public const string Reason = "reason";

    public sealed class RuleForm
    {
        public string? MinCourses { get; set; }

        public string? Reason { get; set; }
    }

    [BindProperty]
    public RuleForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "evaluacion")]
    public Guid? Evaluated { get; set; }

    public PathDetail Path { get; private set; } = null!;

    public IReadOnlyList<RuleVersion> History { get; private set; } = [];

    public RuleVersion? Report { get; private set; }

    public FormErrors Errors { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct))
        {
            return NotFound();
        }

        Report = History.FirstOrDefault(h => h.Rule.Id == Evaluated);
        Form = new RuleForm { MinCourses = Path.Rule?.MinCourses?.ToString(CultureInfo.InvariantCulture) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct))
        {
            return NotFound();
        }

        var k = CatalogoTexts.Current;
        int? min = null;
        if (!string.IsNullOrWhiteSpace(Form.MinCourses))
        {
            if (int.TryParse(Form.MinCourses.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
            {
                min = n;
            }
            else
            {
                Errors.Add(MinCourses, k.MinCoursesInvalid);
                return Page();
            }
        }

        switch (await publish.ForPathAsync(Path.Id, new PathRuleDraft(min), Form.Reason ?? "", CatalogEndpoints.Who(User), ct))
        {
            case PublishRuleOutcome.Published published:
                return Redirect($"/operacion/catalogo/rutas/{Path.Code}/reglas?evaluacion={published.Rule.Id}#informe");
            case PublishRuleOutcome.Invalid invalid:
                Errors.Add(invalid.Field == RuleField.Reason ? Reason : MinCourses, k.Pick(invalid.Es, invalid.En));
                return Page();
            default:
                return NotFound();
        }
    }

    private async Task<bool> LoadAsync(string code, CancellationToken ct)
    {
        if (await read.PathAsync(code, includeDrafts: true, ct) is not { } path)
        {
            return false;
        }

        Path = path;
        History = await read.RuleHistoryAsync(null, path.Id, ct);
        return true;
    }
}
