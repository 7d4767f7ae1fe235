using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Semillero.Catalog;
using Semillero.Completions;
using Semillero.Web.Catalog;

namespace Semillero.Web.Completions;

// GET/POST /operacion/catalogo/rutas/{code}/reglas — a path's graduation rule: the version in force
// in words, the history with each version's effect, and the form for a new version (Post/Redirect/
// Get to ?evaluacion=rule id, which shows the evaluation report).
public sealed class ReglasRutaModel(ReadCatalog read, PublishRule publish) : RulePageModel
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

    public PathDetail Path { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct))
        {
            return NotFound();
        }

        ShowReport();
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

        var outcome = await publish.ForPathAsync(Path.Id, new PathRuleDraft(min), Form.Reason ?? "", CatalogEndpoints.Who(User), ct);
        return Answer(outcome, $"/operacion/catalogo/rutas/{Path.Code}/reglas", field => field == RuleField.Reason ? Reason : MinCourses);
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
