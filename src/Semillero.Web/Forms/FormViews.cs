using Semillero.Learners;
using Semillero.Validation;
using Semillero.Language;

namespace Semillero.Web.Forms;

// Field-by-field problems of a form, in the person's language, for the error summary and for the
// message next to each field. Field names are the forms' input names (the API's wire names).
public sealed class FormErrors
{
    private readonly List<(string Field, string Message)> items = [];

    public bool Any => items.Count > 0;

    public IReadOnlyList<(string Field, string Message)> Items => items;

    public void Add(string field, string message) => items.Add((field, message));

    public void Add(FieldError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        Add(error.Field, UiLanguage.IsEnglish ? error.Reason.En : error.Reason.Es);
    }

    public void AddAll(IEnumerable<FieldError> errors)
    {
        foreach (var error in errors)
        {
            Add(error);
        }
    }

    // Lists the problems in the order the fields appear on the page (the product reports them in its own order).
    public void OrderAs(params string[] fields)
    {
        var sorted = items.OrderBy(i => Array.IndexOf(fields, i.Field) is var at && at < 0 ? int.MaxValue : at).ToList();
        items.Clear();
        items.AddRange(sorted);
    }

    public string? For(string field)
    {
        var messages = items.Where(i => i.Field == field).Select(i => i.Message).Distinct(StringComparer.Ordinal).ToList();
        return messages.Count == 0 ? null : string.Join(" ", messages);
    }

    public static string AnchorFor(string field) => "campo-" + field;
}

// One labelled text input with its hint and error (rendered by Forms/_Campo.cshtml).
public sealed record FieldView(
    string Name,
    string Label,
    string? Value = null,
    string Type = "text",
    string? Hint = null,
    string? Error = null,
    string? Autocomplete = null,
    bool Required = true,
    int? MaxLength = null,
    int? MinLength = null,
    string? CssClass = null,
    bool Code = false)
{
    public string Id => FormErrors.AnchorFor(Name);

    public string HintId => "ayuda-" + Name;

    public string ErrorId => "error-" + Name;

    public string? DescribedBy
    {
        get
        {
            var ids = new[] { Hint is null ? null : HintId, Error is null ? null : ErrorId }.Where(i => i is not null);
            var joined = string.Join(' ', ids);
            return joined.Length == 0 ? null : joined;
        }
    }
}

public sealed record ErrorSummaryView(FormErrors Errors, string? Title = null);

// One labelled <select> with its hint and error (rendered by Forms/_Seleccion.cshtml).
public sealed record SelectView(
    string Name,
    string Label,
    string Placeholder,
    IReadOnlyList<(string Value, string Text)> Options,
    string? Selected,
    string? Hint = null,
    string? Error = null)
{
    public string Id => FormErrors.AnchorFor(Name);

    public string HintId => "ayuda-" + Name;

    public string ErrorId => "error-" + Name;

    public string? DescribedBy
    {
        get
        {
            var joined = string.Join(' ', new[] { Hint is null ? null : HintId, Error is null ? null : ErrorId }.Where(i => i is not null));
            return joined.Length == 0 ? null : joined;
        }
    }

    // In the UI language ("Ciudad de México" / "Mexico City"), so built per request.
    public static IReadOnlyList<(string Value, string Text)> States => Geography.Entidades.All
        .Select(e => (e.Clave, Geography.Entidades.NameOf(e.Clave)))
        .OrderBy(e => e.Item2, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("es-MX"), ignoreCase: true))
        .ToList();

    public static IReadOnlyList<(string Value, string Text)> Segments() => SegmentNames.WireNames
        .Select(w => (w, SegmentNames.TryParse(w, out var segment) ? (UiLanguage.IsEnglish ? SegmentNames.English(segment) : SegmentNames.Spanish(segment)) : w))
        .ToList();
}
