using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Semillero.Language;
using Semillero.Validation;

namespace Semillero.Web.Hosting;

// RFC 9457 bodies for the outcomes the API returns on purpose. Messages follow the request
// culture (es-MX unless the caller asks for English); `reasons` always carries both languages.
public static class Problems
{
    public static string Pick(string es, string en) => UiLanguage.IsEnglish ? en : es;

    public static ValidationProblem Validation(IEnumerable<FieldError> errors, Func<string, string>? fieldName = null)
    {
        fieldName ??= f => f;
        var list = errors.ToList();
        var byField = list
            .GroupBy(e => fieldName(e.Field), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => Pick(e.Reason.Es, e.Reason.En)).ToArray(), StringComparer.Ordinal);
        return TypedResults.ValidationProblem(
            byField,
            detail: Pick("Revise los campos señalados.", "Check the fields listed."),
            title: Pick("Datos no válidos", "Invalid data"),
            extensions: new Dictionary<string, object?>
            {
                ["reasons"] = list.Select(e => new { field = fieldName(e.Field), code = e.Reason.Code, es = e.Reason.Es, en = e.Reason.En }).ToArray(),
            });
    }

    public static ProblemHttpResult Status(int status, string titleEs, string titleEn, string? detailEs = null, string? detailEn = null, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(new ProblemDetails
        {
            Status = status,
            Title = Pick(titleEs, titleEn),
            Detail = detailEs is null ? null : Pick(detailEs, detailEn ?? detailEs),
            Extensions = extensions ?? new Dictionary<string, object?>(),
        });
}
