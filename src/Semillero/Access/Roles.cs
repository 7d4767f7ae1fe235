namespace Semillero.Access;

// The roles of the README's "Accounts and roles". Machine keys carry operador or aliado until people accounts
// arrive; the others are named here so authorization rules can already refer to them.
public static class Roles
{
    public const string Aprendiz = "aprendiz";
    public const string Empresa = "empresa";
    public const string Aliado = "aliado";
    public const string Operador = "operador";
    public const string Analista = "analista";

    // Empresa keys are bound to one company (ApiKey.CompanyId).
    public static IReadOnlyList<string> ForApiKeys { get; } = [Operador, Aliado, Empresa];

    public static IReadOnlyList<string> All { get; } = [Aprendiz, Empresa, Aliado, Operador, Analista];

    // Roles an operator can give by invitation; learners register themselves.
    public static IReadOnlyList<string> Invitable { get; } = [Empresa, Aliado, Operador, Analista];

    public static string Spanish(string role) => role switch
    {
        Aprendiz => "Aprendiz",
        Empresa => "Empresa",
        Aliado => "Aliado",
        Operador => "Operador del programa",
        Analista => "Analista de la Secretaría",
        _ => role,
    };

    public static string English(string role) => role switch
    {
        Aprendiz => "Learner",
        Empresa => "Employer",
        Aliado => "Partner",
        Operador => "Program operator",
        Analista => "Ministry analyst",
        _ => role,
    };
}
