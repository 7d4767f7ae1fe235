using Semillero.Badges.Credentials;

namespace Semillero.Badges;

public sealed class BadgeOptions
{
    public const string Section = "Badges";

    // The algorithm of the key generated on first use and by rotation without --algorithm.
    // RS256 is the one OB 3.0 requires every verifier to support; ES256 is optional.
    public string Algorithm { get; set; } = "RS256";

    // The issuer Profile's name and description, as every credential carries them.
    public string IssuerName { get; set; } = "Semillero — Programa nacional de habilidades en nube e IA";

    public string IssuerDescription { get; set; } =
        "Registro de aprendizaje del programa nacional de habilidades en nube, IA e innovación. Sus insignias reconocen trayectos completados; no constituyen certificación oficial.";

    // How long the signed status list is served from memory. Revoking here invalidates it at once;
    // a revocation made by another process (the CLI, a second server) shows within this time.
    public int StatusListCacheSeconds { get; set; } = 60;

    public JwsAlgorithm DefaultAlgorithm() =>
        PublicSigningKey.TryParseAlgorithm(Algorithm, out var algorithm)
            ? algorithm
            : throw new InvalidOperationException($"Badges:Algorithm must be RS256 or ES256 (got '{Algorithm}').");
}
