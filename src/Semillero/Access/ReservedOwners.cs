using Semillero.Validation;

namespace Semillero.Access;

// The registry records who registered each person by name (Learner.RegisteredBy), and a partner's
// name — an API key's, or an account's organisation — is what scopes whom it sees and may update.
// These names are the registry's own sources: people who registered themselves
// (RegisterAccount.SelfRegistered), the demo seed and the operators' CLI import. A partner named
// after one would see, and could update, everyone from that source, so no key or organisation may
// take them.
public static class ReservedOwners
{
    private static readonly string[] Names = ["registro", "demo", "cli"];

    public static bool IsReserved(string? name) =>
        name is not null && Names.Contains(name.Trim(), StringComparer.OrdinalIgnoreCase);

    public static IdRejection Rejection(string name) => new("reserved",
        $"«{name.Trim()}» es un nombre reservado del registro; use el nombre de la institución.",
        $"«{name.Trim()}» is a name the registry reserves; use the institution's name.");
}
