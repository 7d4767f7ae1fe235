using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Semillero.Access;

// xAPI clients authenticate on every request, often hundreds a second: a verified key is
// remembered for a minute (keyed by a hash of the whole token, so a wrong secret never matches), and
// the database is asked again after that. A revocation made through this process (RevokeApiKey)
// evicts the key at once; one made by another process (the CLI, another web instance) is seen
// within a minute.
public sealed class ApiKeyCache(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, (ApiCaller Caller, DateTimeOffset Expires)> _entries = new(StringComparer.Ordinal);

    // Key ids evicted recently, until when. A verification that read the key just before the
    // revocation was committed may call Remember after Evict ran; this refuses it both ways.
    private readonly ConcurrentDictionary<string, DateTimeOffset> _evicted = new(StringComparer.Ordinal);

    public bool TryGet(string token, out ApiCaller caller)
    {
        var now = clock.GetUtcNow();
        if (_entries.TryGetValue(Key(token), out var entry) && entry.Expires > now && !RecentlyEvicted(entry.Caller.KeyId, now))
        {
            caller = entry.Caller;
            return true;
        }

        caller = null!;
        return false;
    }

    public void Remember(string token, ApiCaller caller)
    {
        var now = clock.GetUtcNow();
        if (RecentlyEvicted(caller.KeyId, now))
        {
            return;
        }

        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        _entries[Key(token)] = (caller, now + Lifetime);
    }

    // Forgets every verified token of the key, so its next request goes to the database.
    public void Evict(string keyId)
    {
        var now = clock.GetUtcNow();
        foreach (var (id, until) in _evicted)
        {
            if (until <= now)
            {
                _evicted.TryRemove(id, out _);
            }
        }

        // Twice the lifetime: an entry written by a verification racing with this eviction expires
        // before the refusal does.
        _evicted[keyId] = now + (2 * Lifetime);
        foreach (var (token, entry) in _entries)
        {
            if (string.Equals(entry.Caller.KeyId, keyId, StringComparison.Ordinal))
            {
                _entries.TryRemove(token, out _);
            }
        }
    }

    private bool RecentlyEvicted(string keyId, DateTimeOffset now) =>
        !_evicted.IsEmpty && _evicted.TryGetValue(keyId, out var until) && until > now;

    private static string Key(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
