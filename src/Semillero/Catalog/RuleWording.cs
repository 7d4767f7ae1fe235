using System.Globalization;
using Semillero.Language;

namespace Semillero.Catalog;

// A completion rule in plain words, for the public catalog and the operators' pages: what a
// person has to do, not how the rule is stored.
public static class RuleWording
{
    public static Words Course(CompletionRule? rule)
    {
        if (rule is null)
        {
            return new("Este curso aún no tiene regla de término: todavía no cuenta para nadie.",
                "This course has no completion rule yet: it does not count for anyone so far.");
        }

        var verbs = (rule.Verbs ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Verb).ToList();
        var score = rule.MinScaledScore is { } min ? Percent(min) : null;
        if (verbs.Count == 0)
        {
            return new("Cuenta como terminado cuando aparece en el reporte de terminación que envía el proveedor.",
                "It counts as completed when it appears in the completion report the provider sends.");
        }

        var es = $"Cuenta como terminado cuando la plataforma del proveedor registra que la persona {Join(verbs.Select(v => v.Es), "o")}";
        var en = $"It counts as completed when the provider's platform records that the person {Join(verbs.Select(v => v.En), "or")}";
        if (score is not null)
        {
            es += $", con una calificación de al menos {score.Es}";
            en += $", with a score of at least {score.En}";
        }

        if (rule.AcceptsReports)
        {
            es += "; también cuenta el reporte de terminación del proveedor";
            en += "; the provider's completion report counts too";
        }

        return new(es + ".", en + ".");
    }

    public static Words Path(CompletionRule? rule, int courses)
    {
        if (rule is null)
        {
            return new("Esta ruta aún no tiene regla de egreso: todavía nadie puede terminarla.",
                "This path has no completion rule yet: nobody can complete it so far.");
        }

        if (courses == 0)
        {
            return new("La ruta aún no tiene cursos.", "The path has no courses yet.");
        }

        var needed = Math.Min(rule.MinCourses ?? courses, courses);
        if (needed == courses)
        {
            return courses == 1
                ? new("Terminar el curso de la ruta.", "Complete the path's course.")
                : new($"Terminar los {courses} cursos de la ruta.", $"Complete all {courses} of the path's courses.");
        }

        return needed == 1
            ? new($"Terminar al menos uno de los {courses} cursos de la ruta.", $"Complete at least one of the path's {courses} courses.")
            : new($"Terminar al menos {needed} de los {courses} cursos de la ruta.", $"Complete at least {needed} of the path's {courses} courses.");
    }

    // The xAPI verbs providers send for finishing, in words; any other by the last part of its IRI.
    public static Words Verb(string iri)
    {
        var name = iri.TrimEnd('/');
        name = name[(name.LastIndexOfAny(['/', '#']) + 1)..];
        return name.ToLowerInvariant() switch
        {
            "completed" => new("lo completó", "completed it"),
            "passed" => new("lo aprobó", "passed it"),
            "mastered" => new("lo dominó", "mastered it"),
            "attempted" => new("lo intentó", "attempted it"),
            "scored" => new("obtuvo una calificación", "scored in it"),
            _ => new($"«{name}»", $"«{name}»"),
        };
    }

    // 0.6 → "60 %" (es-MX writes a space before the sign) and "60%".
    public static Words Percent(decimal scaled)
    {
        var number = (scaled * 100m).ToString("0.##", CultureInfo.InvariantCulture);
        return new($"{number} %", $"{number}%");
    }

    private static string Join(IEnumerable<string> items, string conjunction)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list.Take(list.Count - 1)) + $" {conjunction} " + list[^1];
    }
}
