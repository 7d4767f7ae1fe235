namespace Semillero.Access;

// How the registry names a partner wherever it keeps a partner as a string (Learner.RegisteredBy,
// StoredStatement.Partner, XapiDocument.Partner, Course.Provider, KpiCell.Provider, Actor.Organization):
// the organisation's id as 32 hex digits. Names change; the id does not, so renaming an organisation
// moves nothing it owns (docs/adr/0011-partners-are-organisations.md). The other strings found in
// those columns are the registry's own sources (ReservedOwners) and operators' key names, neither of
// which can be 32 hex digits (CreateApiKey refuses such names).
public static class PartnerKey
{
    public static string Of(Guid organizationId) => organizationId.ToString("N");

    public static bool TryParse(string? key, out Guid organizationId)
    {
        organizationId = Guid.Empty;
        return key is { Length: 32 } && Guid.TryParseExact(key, "N", out organizationId);
    }
}
