using System.Net;

namespace Semillero.Access;

public abstract record AuthenticateApiKeyOutcome
{
    public sealed record Authenticated(ApiCaller Caller) : AuthenticateApiKeyOutcome;

    // KeyId is the id the token named when it is well formed (never the secret). Throttling says that
    // this failure made the address or the key reach its limit.
    public sealed record Refused(string? KeyId, ApiKeyRefusal Reason, bool Throttling) : AuthenticateApiKeyOutcome;

    public sealed record Throttled(string? KeyId, TimeSpan RetryAfter) : AuthenticateApiKeyOutcome;
}

// An API key presented by a client at an address: the verified-token cache first, then the
// throttle (ApiKeyThrottle says what is refused unchecked and why), then the database.
public sealed class AuthenticateApiKey(ApiKeyVerifier verifier, ApiKeyCache cache, ApiKeyThrottle throttle)
{
    public async Task<AuthenticateApiKeyOutcome> RunAsync(string token, IPAddress? client, CancellationToken ct)
    {
        var address = ClientAddress.Partition(client);
        string? id = ApiKeySecret.TrySplit(token, out var named, out _) && ApiKeyVerifier.IsWellFormedId(named) ? named : null;
        if (id is not null && cache.TryGet(token, out var known))
        {
            return new AuthenticateApiKeyOutcome.Authenticated(known);
        }

        if (throttle.RetryAfter(address, id) is { } wait)
        {
            return new AuthenticateApiKeyOutcome.Throttled(id, wait);
        }

        switch (await verifier.CheckAsync(token, ct))
        {
            case ApiKeyCheck.Verified v:
                throttle.Succeeded(address, v.Caller.KeyId);
                return new AuthenticateApiKeyOutcome.Authenticated(v.Caller);
            case ApiKeyCheck.Refused r:
                var throttling = throttle.Failed(address, r.KeyExists ? r.KeyId : null);
                return new AuthenticateApiKeyOutcome.Refused(r.KeyId, r.Reason, throttling);
            default:
                throw new InvalidOperationException("unexpected check");
        }
    }
}
