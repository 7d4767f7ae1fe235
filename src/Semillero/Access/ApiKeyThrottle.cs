using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Semillero.Access;

public sealed class ApiKeyThrottleOptions
{
    public const string Section = "RateLimits:ApiKeys";

    // Wrong or unknown API keys one client address (an IPv6 /64) may send per minute.
    public int FailuresPerAddressPerMinute { get; set; } = 20;

    // Wrong secrets for one existing key, from anywhere, per minute.
    public int FailuresPerKeyPerMinute { get; set; } = 20;
}

// Slows down guessing and floods of wrong API keys. Failures are counted in one-minute windows per
// client address and per key id (only ids of keys that exist: an unknown id has no secret to guess,
// and counting random ids would let anyone fill the table). Once a window reaches its limit, further
// attempts from that address, or for that key, are refused (429) without being checked until the
// window ends: checking them would cost a database read each and tell the sender which guess was
// right.
//
// One exception, so a working system is not locked out by someone else's mistakes or attacks: a key
// that authenticated from an address within the last hour is still checked when it comes from that
// address again, even while the address or the key is throttled (a school's LMS behind the same NAT
// as a misconfigured one; a partner whose key id someone else is hammering). A key not seen from a
// throttled address waits for the window to end (at most a minute). Tokens verified within the last
// minute are answered from ApiKeyCache before this is asked at all.
//
// Everything is in memory, per process, and bounded: when a table is full, expired entries are swept
// (at most once a second); if it is still full, the new entry is not tracked — a flood would need
// that many distinct addresses within a minute, and keys stay protected by their own counters.
public sealed class ApiKeyThrottle(TimeProvider clock, IOptions<ApiKeyThrottleOptions> options)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan TrustedFor = TimeSpan.FromHours(1);
    public const int MaxEntries = 10_000;

    private readonly Bounded<Counter> _addresses = new();
    private readonly Bounded<Counter> _keys = new();

    // "address|key id" → until when that key is trusted from that address.
    private readonly Bounded<Trust> _trusted = new();

    public int TrackedEntries => _addresses.Count + _keys.Count + _trusted.Count;

    // How long the caller must wait, or null when the attempt may be checked.
    public TimeSpan? RetryAfter(string address, string? keyId)
    {
        var now = clock.GetUtcNow();
        var limits = options.Value;
        var wait = Max(
            Blocked(_addresses, address, limits.FailuresPerAddressPerMinute, now),
            keyId is null ? null : Blocked(_keys, keyId, limits.FailuresPerKeyPerMinute, now));
        if (wait is null || keyId is null)
        {
            return wait;
        }

        return _trusted.TryGet(Pair(address, keyId), out var trust) && trust.Until > now ? null : wait;
    }

    // Counts a failed attempt. True when this failure is the one that reached a limit (worth a log
    // line; the refusals that follow are not).
    public bool Failed(string address, string? existingKeyId)
    {
        var now = clock.GetUtcNow();
        var limits = options.Value;
        var reached = Count(_addresses, address, now) == limits.FailuresPerAddressPerMinute;
        if (existingKeyId is not null)
        {
            reached |= Count(_keys, existingKeyId, now) == limits.FailuresPerKeyPerMinute;
        }

        return reached;
    }

    public void Succeeded(string address, string keyId)
    {
        var now = clock.GetUtcNow();
        if (_trusted.GetOrAdd(Pair(address, keyId), now, static t => new Trust { Until = t }) is { } trust)
        {
            trust.Until = now + TrustedFor;
        }
    }

    private static string Pair(string address, string keyId) => $"{address}|{keyId}";

    private static TimeSpan? Max(TimeSpan? a, TimeSpan? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static TimeSpan? Blocked(Bounded<Counter> table, string key, int limit, DateTimeOffset now)
    {
        if (!table.TryGet(key, out var counter))
        {
            return null;
        }

        lock (counter)
        {
            var ends = counter.Start + Window;
            return ends > now && counter.Failures >= limit ? ends - now : null;
        }
    }

    // Adds one failure to the key's current window (a new window when the last one ended) and returns
    // the window's count; 0 when the table is full and the key could not be tracked.
    private static int Count(Bounded<Counter> table, string key, DateTimeOffset now)
    {
        if (table.GetOrAdd(key, now, static t => new Counter { Start = t }) is not { } counter)
        {
            return 0;
        }

        lock (counter)
        {
            if (counter.Start + Window <= now)
            {
                counter.Start = now;
                counter.Failures = 0;
            }

            return ++counter.Failures;
        }
    }

    private interface IExpiring
    {
        bool ExpiredAt(DateTimeOffset now);
    }

    private sealed class Counter : IExpiring
    {
        public DateTimeOffset Start { get; set; }

        public int Failures { get; set; }

        public bool ExpiredAt(DateTimeOffset now)
        {
            lock (this)
            {
                return Start + Window <= now;
            }
        }
    }

    private sealed class Trust : IExpiring
    {
        private long _until;

        public DateTimeOffset Until
        {
            get => new(Interlocked.Read(ref _until), TimeSpan.Zero);
            set => Interlocked.Exchange(ref _until, value.UtcTicks);
        }

        public bool ExpiredAt(DateTimeOffset now) => Until <= now;
    }

    // A dictionary of at most MaxEntries entries.
    private sealed class Bounded<T>
        where T : class, IExpiring
    {
        private readonly ConcurrentDictionary<string, T> _entries = new(StringComparer.Ordinal);
        private long _sweptAt = DateTimeOffset.MinValue.UtcTicks;

        public int Count => _entries.Count;

        public bool TryGet(string key, out T value) => _entries.TryGetValue(key, out value!);

        // The entry for key, added when missing and there is room; null when there is none.
        public T? GetOrAdd(string key, DateTimeOffset now, Func<DateTimeOffset, T> create)
        {
            if (_entries.TryGetValue(key, out var existing))
            {
                return existing;
            }

            if (_entries.Count >= MaxEntries)
            {
                Sweep(now);
                if (_entries.Count >= MaxEntries)
                {
                    return null;
                }
            }

            return _entries.GetOrAdd(key, _ => create(now));
        }

        private void Sweep(DateTimeOffset now)
        {
            var last = Interlocked.Read(ref _sweptAt);
            if (now.UtcTicks - last < TimeSpan.TicksPerSecond || Interlocked.CompareExchange(ref _sweptAt, now.UtcTicks, last) != last)
            {
                return;
            }

            foreach (var (key, entry) in _entries)
            {
                if (entry.ExpiredAt(now))
                {
                    _entries.TryRemove(key, out _);
                }
            }
        }
    }
}
