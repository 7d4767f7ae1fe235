using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Catalog;
using Semillero.Completions;
using Semillero.Learners;
using Semillero.Privacy;
using Semillero.Web.Access;
using Semillero.Web.Catalog;
using Semillero.Web.Forms;
using Semillero.Web.Operations;
using Semillero.Web.Site;

namespace Semillero.Web.Completions;

// GET/POST /operacion/catalogo/otorgar?curso= — an operator records that a person completed a
// course without xAPI or report evidence (AwardCourse), the person found by CURP or id.
public sealed class OtorgarModel(ReadCatalog read, AwardCourse award, FindLearners find, AuditLog audit, TimeProvider clock) : PageModel
{
    public const string Person = "person";
    public const string CourseField = "courseId";
    public const string CompletedOn = "completedOn";
    public const string Reason = "reason";

    public sealed class AwardForm
    {
        public string? Person { get; set; }

        public Guid? CourseId { get; set; }

        public string? CompletedOn { get; set; }

        public string? Reason { get; set; }
    }

    [BindProperty]
    public AwardForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "curso")]
    public Guid? Preselected { get; set; }

    public IReadOnlyList<CourseRow> Courses { get; private set; } = [];

    public FormErrors Errors { get; private set; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Courses = await read.CoursesAsync(ct);
        Form = new AwardForm
        {
            CourseId = Courses.Any(c => c.Id == Preselected) ? Preselected : null,
            CompletedOn = OperacionTime.LocalToday(clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Courses = await read.CoursesAsync(ct);
        var k = CatalogoTexts.Current;
        var course = Courses.FirstOrDefault(c => c.Id == Form.CourseId);
        if (course is null)
        {
            Errors.Add(CourseField, Form.CourseId is null ? k.CourseRequired : k.CourseGone);
        }

        if (!OperacionTime.TryParseDate(Form.CompletedOn, out var on))
        {
            Errors.Add(CompletedOn, k.DateInvalid);
        }

        Guid? learner = null;
        if (string.IsNullOrWhiteSpace(Form.Person))
        {
            Errors.Add(Person, k.PersonRequired);
        }
        else if (Guid.TryParse(Form.Person.Trim(), out var id))
        {
            learner = id;
        }
        else if (await find.SearchAsync(new LearnerSearch(Form.Person, null, 1, 1), LearnerScope.Everyone, ct) is FindLearnersOutcome.Found { Page.Items: [var found] })
        {
            // Finding a person by CURP reads their record: audited like any other lookup.
            learner = found.Id;
            await audit.RecordAsync(User.Actor(), [found.Id], "busqueda", "Otorgar un curso manualmente: búsqueda por CURP", null, ct);
        }
        else
        {
            Errors.Add(Person, k.PersonNotFound);
        }

        if (Errors.Any)
        {
            return Page();
        }

        switch (await award.RunAsync(learner!.Value, course!.Id, on, Form.Reason ?? "", CatalogEndpoints.Who(User), ct))
        {
            case AwardCourseOutcome.Awarded awarded:
                TempData[Aviso.Ok] = Texts.Format(k.Awarded, k.Pick(course.NameEs, course.NameEn), OperacionText.ShortId(awarded.Completion.Id));
                return RedirectToPage();
            case AwardCourseOutcome.AlreadyCompleted:
                TempData[Aviso.Error] = Texts.Format(k.AlreadyHas, k.Pick(course.NameEs, course.NameEn));
                return RedirectToPage();
            case AwardCourseOutcome.Invalid invalid:
                var message = k.Pick(invalid.Es, invalid.En);
                // AwardCourse's reasons: the date, the written reason, or the course's missing rule.
                Errors.Add(invalid.Es.Contains("fecha", StringComparison.Ordinal) ? CompletedOn : invalid.Es.Contains("regla", StringComparison.Ordinal) ? CourseField : Reason, message);
                return Page();
            default:
                Errors.Add(Person, k.PersonNotFound);
                return Page();
        }
    }
}
