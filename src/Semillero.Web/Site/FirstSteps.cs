namespace Semillero.Web.Site;

// One step of a role's "Primeros pasos": what to do, where to do it, and whether the data shows it
// done (null: the data cannot tell, and the step shows no mark). Progress is an optional count
// ("2 cuentas vinculadas") that says where the person stands on it.
public sealed record FirstStep(string Id, string Title, string Text, string? Href, string? LinkText, bool? Done, string? Progress = null);

// The "Primeros pasos" box a role's landing page opens with (Site/_PrimerosPasos.cshtml). Once every
// step the data can check is done, it folds into one closed line so it stops taking the page.
public sealed record FirstSteps(string Id, string Title, string? Lead, IReadOnlyList<FirstStep> Steps)
{
    public int Done => Steps.Count(s => s.Done == true);

    public int Checkable => Steps.Count(s => s.Done is not null);

    public bool AllDone => Checkable > 0 && Done == Checkable;
}
