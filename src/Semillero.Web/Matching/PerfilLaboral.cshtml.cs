using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Matching;
using Semillero.Skills;
using Semillero.Web.Access;

namespace Semillero.Web.Matching;

// GET/POST /mi-aprendizaje/perfil-laboral — the learner's work profile: visibility to employers
// (the visible_empleadores consent, with its history), availability, modalities, summary and
// declared skills. A plain form: one select per skill of the list.
public sealed class PerfilLaboralModel(SaveTalentProfile profiles) : PageModel
{
    public TalentProfileView? Profile { get; private set; }

    public IReadOnlyList<Semillero.Validation.FieldError> Errors { get; private set; } = [];

    [BindProperty]
    public bool Visible { get; set; }

    [BindProperty]
    public Availability Availability { get; set; } = Availability.Abierta;

    [BindProperty]
    public bool Presencial { get; set; }

    [BindProperty]
    public bool Hibrido { get; set; }

    [BindProperty]
    public bool Remoto { get; set; }

    [BindProperty]
    public string? Summary { get; set; }

    // skill id → level 0–3 (0: not declared).
    [BindProperty]
    public Dictionary<string, int> Levels { get; set; } = [];

    [TempData]
    public string? SavedMessage { get; set; }

    public string? ErrorOf(string field) => Errors.FirstOrDefault(e => e.Field == field) is { } e
        ? (Web.Matching.MatchingTexts.Current.English ? e.Reason.En : e.Reason.Es)
        : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        if (User.Actor().LearnerId is not { } learnerId || await profiles.ReadAsync(learnerId, ct) is not { } profile)
        {
            return NotFound();
        }

        Fill(profile);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        if (User.Actor().LearnerId is not { } learnerId)
        {
            return NotFound();
        }

        var skills = Levels.Where(l => l.Value > 0 && SkillCatalog.Find(l.Key) is not null)
            .Select(l => new DeclaredSkillInput(l.Key, l.Value)).ToList();
        var input = new TalentProfileInput(Visible, Availability, Presencial, Hibrido, Remoto, Summary, skills);
        switch (await profiles.RunAsync(learnerId, input, ct))
        {
            case SaveTalentProfileOutcome.Saved saved:
                var t = Web.Matching.MatchingTexts.Current;
                SavedMessage = saved.Profile.Visible ? t.SavedVisible : t.SavedHidden;
                return RedirectToPage();
            case SaveTalentProfileOutcome.Invalid invalid:
                Errors = invalid.Errors;
                Profile = await profiles.ReadAsync(learnerId, ct);
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            default:
                return NotFound();
        }
    }

    private void Fill(TalentProfileView profile)
    {
        Profile = profile;
        Visible = profile.Visible;
        Availability = profile.Availability;
        Presencial = profile.Presencial;
        Hibrido = profile.Hibrido;
        Remoto = profile.Remoto;
        Summary = profile.Summary;
        Levels = profile.Declared.ToDictionary(d => d.SkillId, d => d.Level, StringComparer.Ordinal);
    }
}
