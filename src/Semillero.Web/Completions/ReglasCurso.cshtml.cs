using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Semillero.Catalog;
using Semillero.Completions;
using Semillero.Web.Catalog;

namespace Semillero.Web.Completions;

// GET/POST /operacion/catalogo/cursos/{id}/reglas — a course's completion rule: the version in
// force in words, every version with what publishing it changed, and the form for a new version.
// After publishing, the page (GET ?evaluacion=rule id) shows that version's evaluation report.
public sealed class ReglasCursoModel(ReadCatalog read, PublishRule publish) : RulePageModel
{
    public const string Verbs = "verbs";
    public const string MinScore = "minScore";
    public const string Reason = "reason";

    public sealed class RuleForm
    {
        public bool Completed { get; set; }

        public bool Passed { get; set; }

        public string? OtherVerbs { get; set; }

        public string? MinScore { get; set; }

        public bool AcceptsReports { get; set; }

        public string? Reason { get; set; }
    }

    [BindProperty]
    public RuleForm Form { get; set; } = new();

    public CourseDetail Course { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        ShowReport();
        var current = Course.Rule;
        var verbs = (current?.Verbs ?? $"{PublishRule.Completed} {PublishRule.Passed}").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Form = new RuleForm
        {
            Completed = verbs.Contains(PublishRule.Completed),
            Passed = verbs.Contains(PublishRule.Passed),
            OtherVerbs = string.Join('\n', verbs.Where(v => v is not PublishRule.Completed and not PublishRule.Passed)),
            MinScore = current?.MinScaledScore is { } min ? (min * 100m).ToString("0.##", CultureInfo.InvariantCulture) : null,
            AcceptsReports = current?.AcceptsReports ?? true,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var k = CatalogoTexts.Current;
        decimal? min = null;
        if (!string.IsNullOrWhiteSpace(Form.MinScore))
        {
            if (decimal.TryParse(Form.MinScore.Trim().TrimEnd('%').Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var percent) && percent is >= 0 and <= 100)
            {
                min = percent / 100m;
            }
            else
            {
                Errors.Add(MinScore, k.MinScoreInvalid);
                return Page();
            }
        }

        var verbs = new List<string>();
        if (Form.Completed)
        {
            verbs.Add(PublishRule.Completed);
        }

        if (Form.Passed)
        {
            verbs.Add(PublishRule.Passed);
        }

        verbs.AddRange(CatalogRules.Lines(Form.OtherVerbs));
        var outcome = await publish.ForCourseAsync(id, new CourseRuleDraft(verbs, min, Form.AcceptsReports), Form.Reason ?? "", CatalogEndpoints.Who(User), ct);
        return Answer(outcome, $"/operacion/catalogo/cursos/{id}/reglas", FieldOf);
    }

    private static string FieldOf(RuleField field) => field switch
    {
        RuleField.Reason => Reason,
        RuleField.MinScore => MinScore,
        _ => Verbs,
    };

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await read.CourseAsync(id, ct) is not { } course)
        {
            return false;
        }

        Course = course;
        History = await read.RuleHistoryAsync(id, null, ct);
        return true;
    }
}
