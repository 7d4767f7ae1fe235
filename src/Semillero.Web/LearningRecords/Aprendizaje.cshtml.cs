using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Caching.Memory;
using Semillero.LearningRecords.Ingestion;
using Semillero.Web.Operations;
using Semillero.Web.Site;

namespace Semillero.Web.LearningRecords;

// GET /operacion/aprendizaje?aliado=&pagina= — recent xAPI ingestion per partner: statements per
// Mexico City day for the last two weeks, refusals with their reasons, and what waits in the
// resolution queue. Partners see only their own organisation's.
public sealed class AprendizajeModel(SummarizeIngestion summarize, IMemoryCache cache, TimeProvider clock) : PageModel
{
    public const int WindowDays = 14;
    public const int PageSize = 20;

    // The figures scan the window's statements (seconds at a million a fortnight): kept this long so
    // paging the refusals or choosing a partner does not scan again. The page says when they were
    // computed.
    public static readonly TimeSpan FiguresFor = TimeSpan.FromSeconds(30);

    [BindProperty(SupportsGet = true, Name = "aliado")]
    public string? PartnerFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int PageNumber { get; set; } = 1;

    public PartnerScope Scope { get; private set; } = new(false, null);

    // Every partner the viewer may see (all of them for operators).
    public IngestionSummary Summary { get; private set; } = null!;

    // The operator's chosen partner, when one is chosen and has activity.
    public PartnerIngestion? Selected { get; private set; }

    // The days of the window, oldest first (Mexico City calendar days; the last is today).
    public IReadOnlyList<DateOnly> Days { get; private set; } = [];

    // The days of everyone the viewer sees, or of the chosen partner (zeros when it sent nothing).
    public IReadOnlyList<IngestionDay> ShownDays => ChosenPartner is null
        ? Summary.Days
        : Selected?.Days ?? Summary.Days.Select(d => new IngestionDay(d.Index, 0, 0, 0)).ToList();

    public DateTime ComputedAt { get; private set; }

    public IReadOnlyList<RejectionView> Rejections { get; private set; } = [];

    public Paging Paging { get; private set; } = new(1, PageSize, 0);

    public string? ChosenPartner => Scope.IsOperator ? Scope.Filter(PartnerFilter) : null;

    // A partner's first steps: only the connection can be checked here (statements received in the
    // window), so the box folds once they arrive. Operators have theirs on /operacion.
    public FirstSteps? PartnerSteps()
    {
        if (Scope.IsOperator)
        {
            return null;
        }

        var a = AprendizajeTexts.Current;
        var lrs = $"{Request.Scheme}://{Request.Host}{Request.PathBase}/xapi";
        return new FirstSteps("primeros-pasos", PrimerosPasosTexts.Current.Title, a.StepsPartnerLead,
        [
            new("credencial", a.StepKeyTitle, a.StepKeyText, null, null, null),
            new("conectar", a.StepConnectTitle, Texts.Format(a.StepConnectText, lrs), "/referencia-api#autenticacion", a.StepConnectLink, Summary.Statements > 0,
                Texts.Format(a.StepConnectSeen, Texts.Number(WindowDays))),
            new("personas", a.StepPeopleTitle, a.StepPeopleText, "/referencia-api#importacion", a.StepPeopleLink, null),
            new("sin-vincular", a.StepQueueTitle, a.StepQueueText, "/operacion/aprendizaje/sin-vincular", a.StepQueueLink, null),
        ]);
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Scope = PartnerScope.Of(User);
        PageNumber = Math.Max(1, PageNumber);
        var today = OperacionTime.LocalToday(clock);
        Days = Enumerable.Range(0, WindowDays).Select(i => today.AddDays(i - WindowDays + 1)).ToList();
        var bounds = Days.Append(today.AddDays(1)).Select(OperacionTime.StartOfLocalDayUtc).ToList();

        // Operators always get every partner's row; the choice narrows the days and the refusals.
        if (!Scope.HasOrganization)
        {
            Summary = new IngestionSummary([], Days.Select((_, i) => new IngestionDay(i, 0, 0, 0)).ToList(), 0, 0, 0, 0, 0, 0);
            ComputedAt = clock.GetUtcNow().UtcDateTime;
            return;
        }

        var partner = Scope.IsOperator ? null : Scope.Partner;
        var key = $"semillero:ingestion:{partner}:{bounds[0]:O}";
        if (!cache.TryGetValue(key, out (IngestionSummary Summary, DateTime At) figures))
        {
            figures = (await summarize.RunAsync(new IngestionQuery(bounds, partner), ct), clock.GetUtcNow().UtcDateTime);
            cache.Set(key, figures, FiguresFor);
        }

        (Summary, ComputedAt) = figures;
        if (ChosenPartner is { } chosen)
        {
            Selected = Summary.Partners.FirstOrDefault(p => p.Partner == chosen);
        }

        var (items, total) = await summarize.RejectionsAsync(Scope.Filter(PartnerFilter), null, PageNumber, PageSize, ct);
        Rejections = items;
        Paging = new Paging(PageNumber, PageSize, total);
    }

    public string? PageUrl(int page) => Url.Page(null, new { aliado = ChosenPartner, pagina = page > 1 ? page : (int?)null });

    public string? PartnerUrl(string? partner) => Url.Page(null, new { aliado = partner });

    public string? QueueUrl(string? partner) => Url.Page("/LearningRecords/SinVincular", new { aliado = Scope.IsOperator ? partner : null });

    public string LrsEndpoint => $"{Request.Scheme}://{Request.Host}{Request.PathBase}/xapi/";
}
