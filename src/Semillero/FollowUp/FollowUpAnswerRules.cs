using Semillero.Companies;
using Semillero.Hiring;
using Semillero.Validation;

namespace Semillero.FollowUp;

// What a graduate may answer, as the form and any client send it: wire names in Spanish, checked
// field by field. Pure.
public sealed record FollowUpAnswer(string? Situacion, string? Sector, string? Salario, string? Ayudo, string? Comentario);

public sealed record ValidFollowUpAnswer(EmploymentStatus Employment, string? SectorCode, SalaryBand? SalaryBand, TrainingHelped Helped, string? Comment);

public static class FollowUpAnswerRules
{
    public const int MaxComment = 2000;

    public static class Fields
    {
        public const string Situacion = "situacion";
        public const string Sector = "sector";
        public const string Salario = "salario";
        public const string Ayudo = "ayudo";
        public const string Comentario = "comentario";
    }

    // "Prefiero no decir" is an answer, stored as no band.
    public const string NoSalary = "no_decir";

    public static IReadOnlyList<(string Wire, EmploymentStatus Value)> Employment { get; } =
    [
        ("empleado", EmploymentStatus.Empleado),
        ("por_cuenta_propia", EmploymentStatus.PorCuentaPropia),
        ("buscando", EmploymentStatus.Buscando),
        ("estudiando", EmploymentStatus.Estudiando),
        ("no_busca", EmploymentStatus.NoBusca),
    ];

    public static IReadOnlyList<(string Wire, SalaryBand Value)> Salary { get; } =
    [
        ("hasta_10k", SalaryBand.Hasta10k),
        ("10k_20k", SalaryBand.De10kA20k),
        ("20k_35k", SalaryBand.De20kA35k),
        ("35k_50k", SalaryBand.De35kA50k),
        ("mas_50k", SalaryBand.Mas50k),
    ];

    public static IReadOnlyList<(string Wire, TrainingHelped Value)> Helped { get; } =
    [
        ("mucho", TrainingHelped.Mucho),
        ("algo", TrainingHelped.Algo),
        ("nada", TrainingHelped.Nada),
    ];

    // Employed by someone else or on their own account: the "employed" of the outcome rates.
    public static bool IsWorking(EmploymentStatus status) => status is EmploymentStatus.Empleado or EmploymentStatus.PorCuentaPropia;

    public static string Wire(EmploymentStatus status) => Employment.First(e => e.Value == status).Wire;

    public static string Wire(SalaryBand band) => Salary.First(e => e.Value == band).Wire;

    public static string Wire(TrainingHelped helped) => Helped.First(e => e.Value == helped).Wire;

    public static (ValidFollowUpAnswer? Answer, IReadOnlyList<FieldError> Errors) Validate(FollowUpAnswer input)
    {
        var errors = new List<FieldError>();
        var situacion = input.Situacion?.Trim();
        var employment = Parse(Employment, situacion);
        if (employment is null)
        {
            errors.Add(new(Fields.Situacion, string.IsNullOrEmpty(situacion)
                ? new IdRejection("requerido", "Elija su situación laboral actual.", "Choose your current employment status.")
                : new IdRejection("desconocido", "Elija una de las opciones de situación laboral.", "Choose one of the employment options.")));
        }

        var working = employment is { } e && IsWorking(e);
        string? sector = null;
        if (working)
        {
            sector = ScianSectors.Find(input.Sector)?.Code;
            if (sector is null)
            {
                errors.Add(new(Fields.Sector, string.IsNullOrWhiteSpace(input.Sector)
                    ? new IdRejection("requerido", "Elija el sector en el que trabaja.", "Choose the sector you work in.")
                    : new IdRejection("desconocido", "Elija un sector de la lista.", "Choose a sector from the list.")));
            }
        }

        SalaryBand? salary = null;
        var salario = input.Salario?.Trim();
        if (!string.IsNullOrEmpty(salario) && salario != NoSalary)
        {
            var band = Parse(Salary, salario);
            if (band is null)
            {
                errors.Add(new(Fields.Salario, new IdRejection("desconocido", "Elija un rango de ingreso de la lista o «Prefiero no decir».", "Choose an income band from the list or \"I'd rather not say\".")));
            }
            else if (working)
            {
                // An income band only describes work; without work it is not kept.
                salary = band;
            }
        }

        var ayudo = input.Ayudo?.Trim();
        var helped = Parse(Helped, ayudo);
        if (helped is null)
        {
            errors.Add(new(Fields.Ayudo, string.IsNullOrEmpty(ayudo)
                ? new IdRejection("requerido", "Díganos si la capacitación le ayudó: mucho, algo o nada.", "Tell us whether the training helped: a lot, somewhat or not at all.")
                : new IdRejection("desconocido", "Elija mucho, algo o nada.", "Choose a lot, somewhat or not at all.")));
        }

        // Browsers send line breaks as CRLF and count them as one character.
        var comment = input.Comentario?.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (comment is { Length: > MaxComment })
        {
            errors.Add(new(Fields.Comentario, new IdRejection("muy_largo",
                $"El comentario admite hasta {MaxComment} caracteres; el suyo tiene {comment.Length}.",
                $"The comment takes up to {MaxComment} characters; yours has {comment.Length}.")));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new ValidFollowUpAnswer(employment!.Value, working ? sector : null, salary, helped!.Value, string.IsNullOrEmpty(comment) ? null : comment), []);
    }

    public static T? Parse<T>(IReadOnlyList<(string Wire, T Value)> options, string? wire)
        where T : struct
    {
        foreach (var (w, value) in options)
        {
            if (string.Equals(w, wire, StringComparison.Ordinal))
            {
                return value;
            }
        }

        return null;
    }
}
