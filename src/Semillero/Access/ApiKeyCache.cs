using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Semillero.Access;

// xAPI clients authenticate on every request, often hundreds a second: a verified key is
// remembered for a minute (keyed by a hash of the whole token, so a wrong secret never matches), and
// the database is asked again after that, so a revoked key stops working within a minute.
public sealed class ApiKeyCache(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, (ApiCaller Caller, DateTimeOffset Expires)> _entries = new(StringComparer.Ordinal);

    public bool TryGet(string token, out ApiCaller caller)
    {
        if (_entries.TryGetValue(Key(token), out var entry) && entry.Expires > clock.GetUtcNow())
        {
            caller = entry.Caller;
            return true;
        }

        caller = null!;
        return false;
    }

    public void Remember(string token, ApiCaller caller)
    {
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        _entries[Key(token)] = (caller, clock.GetUtcNow() + Lifetime);
    }

    private static string Key(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
