using Semillero.Badges.Credentials;

namespace Semillero.Badges;

public abstract record RotateSigningKeyOutcome
{
    public sealed record Rotated(string Kid, string Algorithm) : RotateSigningKeyOutcome;

    public sealed record Invalid(string Es, string En) : RotateSigningKeyOutcome;
}

// Retires the active key and makes a new one active (new kid). Credentials already issued keep
// their kid and keep verifying: retired keys stay in the JWKS.
public sealed class RotateSigningKey(SigningKeyStore keys, StatusListPublisher statusList)
{
    public async Task<RotateSigningKeyOutcome> RunAsync(string? algorithm, CancellationToken ct)
    {
        JwsAlgorithm? chosen = null;
        if (!string.IsNullOrWhiteSpace(algorithm))
        {
            if (!PublicSigningKey.TryParseAlgorithm(algorithm.Trim().ToUpperInvariant(), out var parsed))
            {
                return new RotateSigningKeyOutcome.Invalid("El algoritmo debe ser RS256 o ES256.", "The algorithm must be RS256 or ES256.");
            }

            chosen = parsed;
        }

        using var key = await keys.RotateAsync(chosen, ct);
        // The status list is signed too; the next one is signed with the new key.
        statusList.Invalidate();
        return new RotateSigningKeyOutcome.Rotated(key.KeyId, PublicSigningKey.AlgorithmName(key.Algorithm));
    }
}
