using System.Globalization;
using Semillero.Cohorts;
using Semillero.Learners;
using Semillero.Web.Forms;

namespace Semillero.Web.Cohorts;

// The cohort form's fields as typed, named as the API's fields so errors land on the same names.
// Lists (paths, states, segments) are checkboxes: plain HTML that works without JavaScript.
public sealed class CohortForm
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public List<string> Paths { get; set; } = [];

    public string? Modality { get; set; }

    public List<string> States { get; set; } = [];

    public string? StartsOn { get; set; }

    public string? EndsOn { get; set; }

    public string? EnrolmentOpensOn { get; set; }

    public string? EnrolmentClosesOn { get; set; }

    public string? Capacity { get; set; }

    public List<string> Segments { get; set; } = [];

    public string? MinAge { get; set; }

    public string? MaxAge { get; set; }

    public string? EnrolmentMode { get; set; } = "abierta";

    public CohortInput ToInput() => new(Name, Description, Paths, Modality, States, Day(StartsOn), Day(EndsOn), Day(EnrolmentOpensOn), Day(EnrolmentClosesOn),
        Number(Capacity), Segments, Number(MinAge), Number(MaxAge), EnrolmentMode);

    public static CohortForm From(CohortDetail c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new()
        {
            Name = c.Name,
            Description = c.Description,
            Paths = [.. c.Paths.Select(p => p.Code)],
            Modality = CohortRules.Wire(c.Modality),
            States = [.. c.States],
            StartsOn = Text(c.StartsOn),
            EndsOn = Text(c.EndsOn),
            EnrolmentOpensOn = Text(c.EnrolmentOpensOn),
            EnrolmentClosesOn = Text(c.EnrolmentClosesOn),
            Capacity = c.Capacity.ToString(CultureInfo.InvariantCulture),
            Segments = [.. c.Segments.Select(SegmentNames.ToWire)],
            MinAge = c.MinAge?.ToString(CultureInfo.InvariantCulture),
            MaxAge = c.MaxAge?.ToString(CultureInfo.InvariantCulture),
            EnrolmentMode = CohortRules.Wire(c.EnrolmentMode),
        };
    }

    public static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    // A number that does not parse becomes -1, which the rules report on its field.
    private static int? Number(string? text) => string.IsNullOrWhiteSpace(text)
        ? null
        : int.TryParse(text.Trim().Replace(",", "", StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : -1;

    public static readonly string[] FieldOrder =
    [
        CohortRules.Fields.Name, CohortRules.Fields.Description, CohortRules.Fields.Paths, CohortRules.Fields.Modality, CohortRules.Fields.States,
        CohortRules.Fields.StartsOn, CohortRules.Fields.EndsOn, CohortRules.Fields.EnrolmentOpensOn, CohortRules.Fields.EnrolmentClosesOn,
        CohortRules.Fields.Capacity, CohortRules.Fields.Segments, CohortRules.Fields.MinAge, CohortRules.Fields.MaxAge, CohortRules.Fields.EnrolmentMode,
    ];
}

public sealed record CohortFormView(CohortForm Form, FormErrors Errors, IReadOnlyList<(string Code, string Name)> Paths);
