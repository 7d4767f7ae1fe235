using Semillero.Diagnostics;
using Semillero.Web.Forms;

namespace Semillero.Web.Diagnostics;

// One dimension's questions as a form (rendered by _Dimension.cshtml): the answers saved so far are
// checked; "Todavía no sé" clears one.
public sealed record DimensionForm(Dimension Dimension, int Number, int Of, IReadOnlyDictionary<string, int> Answers, FormErrors Errors, bool English);

// The step list beside the questionnaire (_Pasos.cshtml).
public sealed record StepsView(QuestionBank Bank, IReadOnlyDictionary<string, int> Answers, string Current, string BaseUrl, bool WithReview);

// The questionnaire's steps: one per dimension, then the review. Shared by the company's pages and
// a colleague's link, which post the same fields.
public static class QuestionnaireSteps
{
    public const string Review = "enviar";

    public const string FieldPrefix = "p-";

    public static Dimension? Find(QuestionBank bank, string? step) =>
        step is null ? bank.Dimensions[0] : bank.FindDimension(step);

    public static string? Next(QuestionBank bank, Dimension current)
    {
        ArgumentNullException.ThrowIfNull(bank);
        var index = bank.Dimensions.ToList().IndexOf(current);
        return index + 1 < bank.Dimensions.Count ? bank.Dimensions[index + 1].Id : null;
    }

    public static string? Previous(QuestionBank bank, Dimension current)
    {
        ArgumentNullException.ThrowIfNull(bank);
        var index = bank.Dimensions.ToList().IndexOf(current);
        return index > 0 ? bank.Dimensions[index - 1].Id : null;
    }

    // The dimension's answers as posted: "0".."4" sets, "" clears, absent leaves alone. Anything
    // else is passed on as an out-of-range score, for the use case to refuse with the field named.
    public static Dictionary<string, int?> Read(Dimension dimension, IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        ArgumentNullException.ThrowIfNull(form);
        var answers = new Dictionary<string, int?>(StringComparer.Ordinal);
        foreach (var question in dimension.Questions)
        {
            if (!form.TryGetValue(FieldPrefix + question.Id, out var value))
            {
                continue;
            }

            var text = value.ToString();
            answers[question.Id] = text.Length == 0 ? null
                : int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var score) ? score : -1;
        }

        return answers;
    }

    public static int Answered(Dimension dimension, IReadOnlyDictionary<string, int> answers) =>
        dimension.Questions.Count(q => answers.ContainsKey(q.Id));
}
