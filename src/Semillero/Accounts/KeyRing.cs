using Microsoft.AspNetCore.DataProtection;

namespace Semillero.Accounts;

// Account tokens are protected with the data-protection key ring, which lives in the database. The
// ring creates (and, every 90 days, rotates) its key lazily and saves it through its own context.
// On SQLite that write waits for the single writer lock, so if the first use happens inside one of
// our transactions the two deadlock. Touching the ring before a transaction starts keeps key
// creation outside it.
public sealed class KeyRing(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Semillero.KeyRing.Warmup");

    public void EnsureReady() => _protector.Protect([1]);
}
