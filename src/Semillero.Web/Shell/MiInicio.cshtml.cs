using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Badges;
using Semillero.LearningRecords.Linking;
using Semillero.LearningRecords.Timeline;
using Semillero.Matching;
using Semillero.Web.Access;
using Semillero.Web.Site;

namespace Semillero.Web.Shell;

// GET /mi-aprendizaje/inicio — where a learner lands after signing in: the steps from choosing a
// path to being found by employers, each marked done from the person's own data (paths started,
// activity recorded, accounts linked, courses and badges, the work profile's visibility). The
// learner comes from the sign-in only.
public sealed class MiInicioModel(
    ReadLearnerAchievements achievements, ReadLearningTimeline timeline, LearnerAccounts accounts, SaveTalentProfile profiles) : PageModel
{
    public FirstSteps Steps { get; private set; } = new("primeros-pasos", "", null, []);

    public string Name { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        var actor = User.Actor();
        if (actor.LearnerId is not { } learnerId)
        {
            return NotFound();
        }

        Name = actor.Name;
        var achieved = await achievements.RunAsync(learnerId, ct);
        var records = (await timeline.RunAsync(learnerId, 1, 1, ct)).Summary.Records;
        var links = await accounts.LinksAsync(learnerId, ct);
        var visible = (await profiles.ReadAsync(learnerId, ct))?.Visible ?? false;
        var badges = achieved.Paths.Count(p => p.AwardId is not null && p.RevokedAt is null);
        var started = achieved.InProgress.Count + achieved.Paths.Count;

        var t = InicioTexts.Current;
        Steps = new FirstSteps("primeros-pasos", PrimerosPasosTexts.Current.Title, t.StepsLead,
        [
            new("ruta", t.PathTitle, t.PathText, "/catalogo", t.PathLink, started > 0, Texts.Format(t.PathProgress, Texts.Number(started), Texts.Number(achieved.Paths.Count))),
            new("aprender", t.LearnTitle, t.LearnText, "/mi-aprendizaje", t.LearnLink, records > 0, Texts.Format(t.LearnProgress, Texts.Number(records))),
            new("vincular", t.LinkTitle, t.LinkText, "/mi-aprendizaje/vincular", t.LinkLink, links.Count > 0, Texts.Format(t.LinkProgress, Texts.Number(links.Count))),
            new("insignias", t.BadgeTitle, t.BadgeText, "/mi-aprendizaje/insignias", t.BadgeLink, badges > 0, Texts.Format(t.BadgeProgress, Texts.Number(achieved.Courses.Count), Texts.Number(badges))),
            new("perfil", t.ProfileTitle, t.ProfileText, "/mi-aprendizaje/perfil-laboral", t.ProfileLink, visible, visible ? t.ProfileVisible : t.ProfileHidden),
        ]);
        return Page();
    }
}
