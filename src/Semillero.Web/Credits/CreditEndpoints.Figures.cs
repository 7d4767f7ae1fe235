using Microsoft.AspNetCore.Http.HttpResults;
using Semillero.Credits;
using Semillero.Disclosure;

namespace Semillero.Web.Credits;

// The program's figures through the API (docs/credits.md, "Figures"): anyone reads the startups
// supported and the USD awarded by state and sector, small groups withheld; operators read the
// pipeline, the reviewers' load, the awards by tier, state, sector and stage, and the pools.
public static partial class CreditEndpoints
{
    // A withheld figure is null, with the reason in "suppressed" (pequena: 1–4 startups; reservada:
    // hidden so a small one cannot be worked out).
    public sealed record CreditCellView(long? Value, string? Suppressed);

    public sealed record PublicAwardRowView(string Key, CreditCellView Startups, CreditCellView Cents);

    public sealed record CreditSummaryView(CreditCellView Startups, CreditCellView Cents, IReadOnlyList<PublicAwardRowView> ByState, IReadOnlyList<PublicAwardRowView> BySector);

    public sealed record PipelineLineView(string Status, int Applications, double? MedianAgeDays, int? OldestAgeDays);

    public sealed record ReviewerLoadView(Guid ReviewerId, string DisplayName, bool Active, int OpenReviews);

    public sealed record AwardLineView(string Key, int Awards, int Companies, long GrantedCents);

    public sealed record PoolLineView(Guid Id, string Name, DateOnly StartsOn, DateOnly EndsOn, long AmountCents, long AwardedCents, long LeftCents);

    public sealed record CreditPipelineView(IReadOnlyList<PipelineLineView> Pipeline, IReadOnlyList<ReviewerLoadView> Reviewers, int Awards, int Companies, long GrantedCents,
        IReadOnlyList<AwardLineView> ByTier, IReadOnlyList<AwardLineView> ByState, IReadOnlyList<AwardLineView> BySector, IReadOnlyList<AwardLineView> ByStage,
        IReadOnlyList<PoolLineView> Pools);

    private static void MapCreditFigures(this IEndpointRouteBuilder app)
    {
        const string Tag = "Créditos: cifras / Credits: figures";
        app.MapGet("/api/credits/summary", CreditSummary).WithTags(Tag).WithName("CreditSummary")
            .WithSummary("Cifras públicas: startups apoyadas y USD otorgados, por entidad y sector SCIAN; grupos de 1 a 4 startups reservados.");
        app.MapGet("/api/credits/pipeline", CreditPipeline).WithTags(Tag).WithName("CreditPipeline")
            .WithSummary("Cifras del equipo del programa: solicitudes por estado (antigüedad mediana y máxima), carga de revisores, premios por nivel, entidad, sector y etapa, y bolsas.");
    }

    private static async Task<Ok<CreditSummaryView>> CreditSummary(ReadCreditFigures read, CancellationToken ct)
    {
        var f = await read.PublicAsync(ct);
        return TypedResults.Ok(new CreditSummaryView(CreditCellOf(f.Startups), CreditCellOf(f.Cents), f.ByState.Select(PublicRowOf).ToList(), f.BySector.Select(PublicRowOf).ToList()));
    }

    private static async Task<Ok<CreditPipelineView>> CreditPipeline(ReadCreditFigures read, CancellationToken ct)
    {
        var f = await read.PipelineAsync(ct);
        return TypedResults.Ok(new CreditPipelineView(
            f.Pipeline.Select(p => new PipelineLineView(p.Status.ToString(), p.Applications, p.MedianAgeDays, p.OldestAgeDays)).ToList(),
            f.Reviewers.Select(r => new ReviewerLoadView(r.ReviewerId, r.DisplayName, r.Active, r.OpenReviews)).ToList(),
            f.Awards, f.Companies, f.GrantedCents,
            f.ByTier.Select(AwardLineOf).ToList(), f.ByState.Select(AwardLineOf).ToList(), f.BySector.Select(AwardLineOf).ToList(), f.ByStage.Select(AwardLineOf).ToList(),
            f.Pools.Select(p => new PoolLineView(p.Id, p.Name, p.StartsOn, p.EndsOn, p.AmountCents, p.AwardedCents, p.LeftCents)).ToList()));
    }

    private static AwardLineView AwardLineOf(AwardLine l) => new(l.Key, l.Awards, l.Companies, l.GrantedCents);

    private static CreditCellView CreditCellOf(CreditCell c) => new(c.Shown, c.Suppression switch
    {
        Suppression.Small => "pequena",
        Suppression.Withheld => "reservada",
        _ => null,
    });

    private static PublicAwardRowView PublicRowOf(PublicAwardRow r) => new(r.Key, CreditCellOf(r.Startups), CreditCellOf(r.Cents));
}
