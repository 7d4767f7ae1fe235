namespace Semillero.Access;

// The registry keeps partners as partner keys (PartnerKey); people read names. Organizations owns
// the organisations and implements this seam, so the features below it (Access, Accounts,
// LearningRecords, Catalog…) can show a name, accept one typed by a person, and ask whether an
// organisation may act, without knowing Organizations (docs/adr/0009-dependencies-point-one-way.md).
public interface IPartnerDirectory
{
    // The organisation's name for its key; any other key (a registry source, an operators' key
    // name, a provider that is not an organisation) is shown as it is.
    string NameOf(string? partnerKey);

    // The partner key for what a person typed: an organisation's exact name (case and accents
    // ignored) or its id; otherwise the text itself, trimmed.
    string KeyFor(string nameOrKey);

    // Every organisation's name, in Spanish alphabetical order: what a person may type where a
    // partner is asked for.
    IReadOnlyList<string> Names();

    // Whether the organisation is verified and may act. A verification or rejection made through
    // this process (which calls Invalidate) takes effect on the next request; one made by another
    // process within PartnerDirectory.Lifetime.
    Task<bool> IsVerifiedAsync(Guid organizationId, CancellationToken ct);

    // After an organisation is created, renamed, verified or rejected.
    void Invalidate();
}
