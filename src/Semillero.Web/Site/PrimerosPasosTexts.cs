using Semillero.Language;

namespace Semillero.Web.Site;

// The words of the "Primeros pasos" box every role's landing page uses (Site/_PrimerosPasos.cshtml);
// each role's steps are worded in its feature's texts.
public sealed class PrimerosPasosTexts
{
    public static PrimerosPasosTexts Current => UiLanguage.IsEnglish ? En : Es;

    public required string Title { get; init; }

    // {0}: steps done, {1}: steps the data can check.
    public required string Progress { get; init; }
    public required string AllDone { get; init; }
    public required string StepDone { get; init; }
    public required string StepPending { get; init; }

    public static PrimerosPasosTexts Es { get; } = new()
    {
        Title = "Primeros pasos",
        Progress = "{0} de {1} pasos listos",
        AllDone = "Primeros pasos: todo listo. Ábralo si quiere repasarlos.",
        StepDone = "Listo",
        StepPending = "Pendiente",
    };

    public static PrimerosPasosTexts En { get; } = new()
    {
        Title = "First steps",
        Progress = "{0} of {1} steps done",
        AllDone = "First steps: all done. Open it to review them.",
        StepDone = "Done",
        StepPending = "To do",
    };
}
