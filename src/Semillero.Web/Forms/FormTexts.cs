using Semillero.Language;

namespace Semillero.Web.Forms;

// The words of the form partials every feature uses (field, choice, text area, error summary).
public sealed class FormTexts
{
    public static FormTexts Current => UiLanguage.IsEnglish ? En : Es;

    public required string Optional { get; init; }

    // Read before each field's error by screen readers.
    public required string ErrorPrefix { get; init; }

    public required string ErrorSummaryTitle { get; init; }

    public static readonly FormTexts Es = new()
    {
        Optional = "opcional",
        ErrorPrefix = "Error:",
        ErrorSummaryTitle = "Revise lo siguiente",
    };

    public static readonly FormTexts En = new()
    {
        Optional = "optional",
        ErrorPrefix = "Error:",
        ErrorSummaryTitle = "Please check the following",
    };
}
