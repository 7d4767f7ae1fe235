using System.Globalization;
using Semillero.Skills;
using Semillero.Vacancies;
using Semillero.Web.Forms;

namespace Semillero.Web.Vacancies;

// The vacancy form's fields as typed. Bound without a prefix: inputs are named as the API's fields
// (title, description, …) and each skill has `nivel[id]` (empty, 1, 2 or 3) and `tipo[id]`
// (requerida or deseable), so the picker is plain selects that work without JavaScript.
public sealed class VacancyForm
{
    public const string RequiredKind = "requerida";
    public const string NiceKind = "deseable";

    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? Modality { get; set; }

    public string? State { get; set; }

    public string? SalaryMin { get; set; }

    public string? SalaryMax { get; set; }

    public string? Openings { get; set; }

    public string? ClosesOn { get; set; }

    public Dictionary<string, string> Nivel { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Tipo { get; set; } = new(StringComparer.Ordinal);

    public string LevelOf(string skillId) => Nivel.GetValueOrDefault(skillId) ?? "";

    public bool IsNice(string skillId) => Tipo.GetValueOrDefault(skillId) == NiceKind;

    public int ChosenIn(string area) => SkillCatalog.All.Count(s => s.Area == area && LevelOf(s.Id).Length > 0);

    public VacancyInput ToInput() => new(
        Title,
        Description,
        Nivel.Where(n => !string.IsNullOrWhiteSpace(n.Value))
            .Select(n => new VacancySkillInput(n.Key, int.TryParse(n.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var level) ? level : 0, !IsNice(n.Key)))
            .ToList(),
        Modality,
        State,
        Number(SalaryMin),
        Number(SalaryMax),
        string.IsNullOrWhiteSpace(Openings) ? null : Number(Openings) ?? 0,
        DateOnly.TryParseExact(ClosesOn?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null);

    // An amount that does not parse becomes -1, which the rules report on its field.
    private static int? Number(string? text) => string.IsNullOrWhiteSpace(text)
        ? null
        : int.TryParse(text.Trim().Replace(",", "", StringComparison.Ordinal).Replace("$", "", StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : -1;

    public static VacancyForm Empty(DateOnly today) => new() { Openings = "1", ClosesOn = today.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };

    public static VacancyForm From(VacancyDetail v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return new()
        {
            Title = v.Title,
            Description = v.Description,
            Modality = VacancyRules.Wire(v.Modality),
            State = v.StateCode,
            SalaryMin = v.SalaryMin?.ToString(CultureInfo.InvariantCulture),
            SalaryMax = v.SalaryMax?.ToString(CultureInfo.InvariantCulture),
            Openings = v.Openings.ToString(CultureInfo.InvariantCulture),
            ClosesOn = v.ClosesOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Nivel = v.Skills.ToDictionary(s => s.SkillId, s => ((int)s.Level).ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal),
            Tipo = v.Skills.ToDictionary(s => s.SkillId, s => s.Required ? RequiredKind : NiceKind, StringComparer.Ordinal),
        };
    }

    public static readonly string[] FieldOrder =
    [
        VacancyRules.Fields.Title, VacancyRules.Fields.Description, VacancyRules.Fields.Skills, VacancyRules.Fields.Modality, VacancyRules.Fields.State,
        VacancyRules.Fields.SalaryMin, VacancyRules.Fields.SalaryMax, VacancyRules.Fields.Openings, VacancyRules.Fields.ClosesOn,
    ];
}

public sealed record VacancyFormView(VacancyForm Form, FormErrors Errors);
