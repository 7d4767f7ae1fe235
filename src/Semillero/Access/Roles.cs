namespace Semillero.Access;

// The roles of PRODUCT.md, "Users". Machine keys carry operador or aliado until people accounts
// arrive; the others are named here so authorization rules can already refer to them.
public static class Roles
{
    public const string Aprendiz = "aprendiz";
    public const string Empresa = "empresa";
    public const string Aliado = "aliado";
    public const string Operador = "operador";
    public const string Analista = "analista";

    public static IReadOnlyList<string> ForApiKeys { get; } = [Operador, Aliado];
}
