using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Catalog;
using Semillero.Web.Forms;
using Semillero.Web.Operations;
using Semillero.Web.Site;

namespace Semillero.Web.Catalog;

// GET/POST /operacion/catalogo/rutas/{code?} — creates a path (no code) or edits one. Skills are
// checkboxes from the skills list; courses are checkboxes with an order number, so the form works
// without JavaScript. Errors are shown next to their fields; a save redirects to the catalog.
public sealed class EditarRutaModel(ReadCatalog read, SavePath save) : PageModel
{
    public sealed class PathForm
    {
        public string? Code { get; set; }

        public string? Area { get; set; }

        public string? Level { get; set; }

        public string? NameEs { get; set; }

        public string? NameEn { get; set; }

        public string? SummaryEs { get; set; }

        public string? SummaryEn { get; set; }

        public string? CriteriaEs { get; set; }

        public string? CriteriaEn { get; set; }

        public List<string> Skills { get; set; } = [];

        public List<Guid> Courses { get; set; } = [];

        // Course id → the order typed next to it.
        public Dictionary<string, string?> Order { get; set; } = [];
    }

    [BindProperty]
    public PathForm Form { get; set; } = new();

    public PathDetail? Existing { get; private set; }

    public IReadOnlyList<CourseRow> AllCourses { get; private set; } = [];

    public FormErrors Errors { get; private set; } = new();

    // The path's courses first, in the order given, then the rest of the catalog.
    public IEnumerable<CourseRow> CoursesInFormOrder => AllCourses
        .OrderBy(c => Form.Courses.IndexOf(c.Id) is var at && at < 0 ? int.MaxValue : at);

    public async Task<IActionResult> OnGetAsync(string? code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct))
        {
            return NotFound();
        }

        if (Existing is { } p)
        {
            Form = new PathForm
            {
                Code = p.Code,
                Area = CatalogRules.Wire(p.Area),
                Level = CatalogRules.Wire(p.Level),
                NameEs = p.NameEs,
                NameEn = p.NameEn,
                SummaryEs = p.SummaryEs,
                SummaryEn = p.SummaryEn,
                CriteriaEs = p.CriteriaEs,
                CriteriaEn = p.CriteriaEn,
                Skills = p.Skills.Select(s => s.Id).ToList(),
                Courses = p.Courses.Select(c => c.Id).ToList(),
                Order = p.Courses.ToDictionary(c => c.Id.ToString(), c => (string?)c.Position.ToString(CultureInfo.InvariantCulture)),
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct))
        {
            return NotFound();
        }

        var input = new PathInput(Form.Code, Form.Area, Form.Level, Form.NameEs, Form.NameEn, Form.SummaryEs, Form.SummaryEn,
            Form.CriteriaEs, Form.CriteriaEn, Form.Skills, Ordered());
        var outcome = Existing is null ? await save.CreateAsync(input, ct) : await save.UpdateAsync(Existing.Code, input, ct);
        var k = CatalogoTexts.Current;
        switch (outcome)
        {
            case SavePathOutcome.Saved saved:
                TempData[Aviso.Ok] = Texts.Format(saved.Created ? k.PathCreated : k.PathSaved, k.Pick(saved.Path.NameEs, saved.Path.NameEn));
                return Redirect("/operacion/catalogo");
            case SavePathOutcome.Invalid invalid:
                Errors = CatalogForms.Errors(invalid.Errors);
                break;
            case SavePathOutcome.Conflict conflict:
                Errors = CatalogForms.Errors([conflict.Error]);
                break;
            default:
                return NotFound();
        }

        Errors.OrderAs(CatalogRules.Fields.Code, CatalogRules.Fields.Area, CatalogRules.Fields.Level, CatalogRules.Fields.NameEs, CatalogRules.Fields.NameEn,
            CatalogRules.Fields.SummaryEs, CatalogRules.Fields.SummaryEn, CatalogRules.Fields.CriteriaEs, CatalogRules.Fields.CriteriaEn,
            CatalogRules.Fields.Skills, CatalogRules.Fields.Courses);
        return Page();
    }

    // The ticked courses by the number typed next to each; untyped ones after, in list order.
    private List<Guid> Ordered()
    {
        var index = AllCourses.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i);
        return Form.Courses.Distinct()
            .OrderBy(id => Form.Order.TryGetValue(id.ToString(), out var typed) && int.TryParse(typed, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue)
            .ThenBy(id => index.GetValueOrDefault(id, int.MaxValue))
            .ToList();
    }

    private async Task<bool> LoadAsync(string? code, CancellationToken ct)
    {
        AllCourses = await read.CoursesAsync(ct);
        if (string.IsNullOrEmpty(code))
        {
            return true;
        }

        Existing = await read.PathAsync(code, includeDrafts: true, ct);
        return Existing is not null;
    }
}
