using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Access;
using Semillero.Catalog;
using Semillero.Web.Forms;
using Semillero.Web.Operations;
using Semillero.Web.Site;

namespace Semillero.Web.Catalog;

// GET/POST /operacion/catalogo/cursos/{id?} — creates a course (no id) or edits one; its activity
// IRIs are a textarea, one per line. An activity another course has is refused with a link to it.
public sealed class EditarCursoModel(ReadCatalog read, SaveCourse save, IPartnerDirectory partners) : PageModel
{
    public sealed class CourseForm
    {
        public string? Provider { get; set; }

        public string? Code { get; set; }

        public string? NameEs { get; set; }

        public string? NameEn { get; set; }

        public string? Url { get; set; }

        public string? Hours { get; set; }

        public string? Activities { get; set; }
    }

    [BindProperty]
    public CourseForm Form { get; set; } = new();

    public CourseDetail? Existing { get; private set; }

    public IReadOnlyList<string> Providers { get; private set; } = [];

    public FormErrors Errors { get; private set; } = new();

    // The course an activity clashed with, for the link next to the error.
    public Guid? OtherCourse { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (Existing is { } c)
        {
            Form = new CourseForm
            {
                Provider = c.Provider,
                Code = c.Code,
                NameEs = c.NameEs,
                NameEn = c.NameEn,
                Url = c.Url,
                Hours = c.Hours?.ToString(CultureInfo.InvariantCulture),
                Activities = string.Join('\n', c.Activities),
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var k = CatalogoTexts.Current;
        int? hours = null;
        var hoursText = Form.Hours?.Trim();
        if (!string.IsNullOrEmpty(hoursText))
        {
            if (int.TryParse(hoursText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var h))
            {
                hours = h;
            }
            else
            {
                Errors.Add(CatalogRules.Fields.Hours, k.HoursInvalid);
            }
        }

        var input = new CourseInput(Form.Provider, Form.Code, Form.NameEs, Form.NameEn, Form.Url, hours, CatalogRules.Lines(Form.Activities));
        if (!Errors.Any)
        {
            var outcome = Existing is null ? await save.CreateAsync(input, ct) : await save.UpdateAsync(Existing.Id, input, ct);
            switch (outcome)
            {
                case SaveCourseOutcome.Saved saved:
                    TempData[Aviso.Ok] = Texts.Format(saved.Created ? k.CourseCreated : k.CourseSaved, k.Pick(saved.Course.NameEs, saved.Course.NameEn));
                    return Redirect("/operacion/catalogo");
                case SaveCourseOutcome.Invalid invalid:
                    Errors.AddAll(invalid.Errors);
                    break;
                case SaveCourseOutcome.Conflict conflict:
                    Errors.Add(conflict.Error);
                    OtherCourse = conflict.OtherCourseId == Guid.Empty ? null : conflict.OtherCourseId;
                    break;
                default:
                    return NotFound();
            }
        }
        else if (CatalogRules.ValidateCourse(input with { Hours = null }).Errors is { Count: > 0 } more)
        {
            // Every problem at once, not the hours first and the rest on the next try.
            Errors.AddAll(more);
        }

        Errors.OrderAs(CatalogRules.Fields.Provider, CatalogRules.Fields.Code, CatalogRules.Fields.NameEs, CatalogRules.Fields.NameEn,
            CatalogRules.Fields.Url, CatalogRules.Fields.Hours, CatalogRules.Fields.Activities);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid? id, CancellationToken ct)
    {
        var known = (await read.CoursesAsync(ct)).Select(c => c.Provider);
        Providers = partners.Names().Concat(known).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (id is not { } courseId)
        {
            return true;
        }

        Existing = await read.CourseAsync(courseId, ct);
        return Existing is not null;
    }
}
