using Microsoft.AspNetCore.DataProtection;

namespace Semillero.Credits;

// A credit code is money a startup redeems with the provider: it is kept encrypted with the
// data-protection key ring under its own purpose (as the respondents' links and the badge signing
// keys use the same ring), so a copy of the database alone gives no code away. Only
// RevealCreditCodes decrypts, for the startup itself, and audits it.
public sealed class CreditCodeVault(IDataProtectionProvider provider)
{
    public const string Purpose = "Semillero.Credits.CreditCodes.v1";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public string Protect(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _protector.Protect(code.Trim());
    }

    public string Unprotect(string encrypted) => _protector.Unprotect(encrypted);

    // What the page shows before the startup asks to see its codes: nothing of the code, so a masked
    // page needs no decryption and leaves nothing to audit.
    public const string Masked = "••••-••••-••••";
}
