using System.Globalization;
using Semillero.Companies;
using Semillero.Diagnostics;

namespace Semillero.Web.Diagnostics;

// One result as the page and the PDF both show it, in one language: the same numbers, lines and
// radar axes, built once so the two can never disagree.
public sealed class ResultPresentation(AssessmentResult result, DiagnosticoTexts t)
{
    public AssessmentResult Result => result;

    public QuestionBank Bank => result.View.Bank;

    public MaturityLevel Level => Bank.Level(result.Result.Level!.Value);

    public string Title => t.ResultTitle(result.View.Summary.Sequence);

    public string ModeLine => t.Mode(result.View.Summary.Mode, result.View.Summary.OrganizationName);

    public string MetaLine => t.ResultMeta(result.View.Summary.SubmittedAt!.Value, result.View.Summary.BankVersion, result.View.Summary.Respondents);

    public string AdvancedLine => result.Result.AdvancedAi ? t.AdvancedYes : t.AdvancedNo;

    public string SectorName => ScianSectors.NameOf(result.SectorCode);

    public string? PeersLine => result.Peers.Shown
        ? t.PeersShown(result.Peers.Companies, t.Band(result.SizeBand), SectorName)
        : null;

    public string PeersHiddenLine => t.PeersHidden(t.Band(result.SizeBand), SectorName);

    public string? ChangeLine => result.T0 is { } t0 ? t.ChangeLine(t0.Overall, result.Result.Overall!.Value, t0.SubmittedAt) : null;

    public string DimensionName(string id) => Bank.FindDimension(id)!.Name(t.English);

    public int? Previous(string id) => result.T0?.Scores.GetValueOrDefault(id);

    public int? Peers(string id) => result.Peers.Shown && result.Peers.MedianByDimension.TryGetValue(id, out var m) ? MaturityScoring.RoundHalfAway(m) : null;

    public static string Spread(DimensionScore d) => d.LowestRespondent is { } lo && d.HighestRespondent is { } hi
        ? string.Create(CultureInfo.CurrentCulture, $"{lo}–{hi}")
        : "—";

    public string RadarSvg() => RadarChart.Svg(
        result.Result.Dimensions.Select(d => new RadarAxis(DimensionName(d.DimensionId), d.Score!.Value, Previous(d.DimensionId), Peers(d.DimensionId))).ToList(),
        t.RadarTitle,
        t.RadarDescription(string.Join("; ", result.Result.Dimensions.Select(d => string.Create(CultureInfo.CurrentCulture, $"{DimensionName(d.DimensionId)} {d.Score}")))),
        t.LegendCurrent(result.View.Summary.Sequence),
        result.T0 is null ? null : t.LegendT0,
        result.Peers.Shown ? t.LegendPeers : null,
        "radar-resultado");

    public ResultPdfInput Pdf(string publicUrl) => new(
        t.English,
        result.View.CompanyName,
        result.View.CompanyRfc,
        Title,
        ModeLine,
        MetaLine,
        result.View.Summary.SubmittedAt!.Value,
        result.Result.Overall!.Value,
        Level.Level,
        Level.Name(t.English),
        Level.Definition(t.English),
        result.Result.AdvancedAi,
        AdvancedLine + " " + Bank.AdvancedUse.Definition(t.English),
        result.Result.Dimensions.Select(d => new ResultPdfDimension(DimensionName(d.DimensionId), d.Score!.Value, Previous(d.DimensionId), Peers(d.DimensionId), Spread(d))).ToList(),
        result.Recommendations.Select(r => new ResultPdfRecommendation(DimensionName(r.DimensionId), r.Score,
            r.Paths.Count == 0 ? [t.NoPaths] : r.Paths.Select(p => p.Name(t.English)).ToList())).ToList(),
        PeersLine ?? PeersHiddenLine,
        ChangeLine,
        ResultPdfTexts.For(t.English),
        string.Join(" ", t.Step1, t.Step2, t.Step3, t.Step4, t.Step5),
        publicUrl);
}
