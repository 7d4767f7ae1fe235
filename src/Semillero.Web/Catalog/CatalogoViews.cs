using Semillero.Validation;
using Semillero.Web.Forms;

namespace Semillero.Web.Catalog;

// One labelled input or textarea of the catalog forms, with its hint and the errors for its field
// next to it (rendered by _CampoCatalogo.cshtml). Field is the wire name errors are keyed by.
public sealed record CatalogField(
    string Field,
    string Name,
    string Label,
    string? Value,
    string? Hint = null,
    string? Error = null,
    bool Multiline = false,
    bool Required = true,
    int? MaxLength = null,
    bool ReadOnly = false,
    string Type = "text",
    int Rows = 4,
    bool Code = false)
{
    public string Id => FormErrors.AnchorFor(Field);

    public string HintId => Id + "-ayuda";

    public string ErrorId => Id + "-error";

    public string? DescribedBy
    {
        get
        {
            var joined = string.Join(' ', new[] { Hint is null ? null : HintId, Error is null ? null : ErrorId }.Where(i => i is not null));
            return joined.Length == 0 ? null : joined;
        }
    }
}

public static class CatalogForms
{
    // The product's field errors, in the person's language, keyed by wire name.
    public static FormErrors Errors(IEnumerable<FieldError> errors)
    {
        var form = new FormErrors();
        form.AddAll(errors);
        return form;
    }
}

// The model of _InformeRegla: a version just published and what evaluating it did.
public sealed record RuleReportView(Semillero.Catalog.RuleVersion Version, bool IsPath);
