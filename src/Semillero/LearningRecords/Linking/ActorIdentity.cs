namespace Semillero.LearningRecords.Linking;

public enum ActorKind
{
    // A provider account: homePage + name (Moodle, Open edX and most LMSs send this).
    Account,

    // mbox: an email address.
    Email,

    // mbox_sha1sum: a hashed email.
    EmailHash,

    OpenId,

    // An anonymous group, keyed by its members: not a person, so it cannot be linked to one.
    Group,

    Unknown,
}

// An actor key (StatementShape.AgentKey) taken apart for people to read and for the learner's claim
// to put back together. Pure functions.
public sealed record ActorIdentity(ActorKind Kind, string? Platform, string Value)
{
    public const string AccountPrefix = "account:";

    public bool CanBeLinked => Kind is not (ActorKind.Group or ActorKind.Unknown);

    // The key StatementShape.AgentKey gives an account actor.
    public static string AccountKey(string homePage, string name) => AccountPrefix + homePage + "|" + name;

    public static ActorIdentity Parse(string actorKey)
    {
        ArgumentNullException.ThrowIfNull(actorKey);
        if (actorKey.StartsWith(AccountPrefix, StringComparison.Ordinal))
        {
            var rest = actorKey[AccountPrefix.Length..];
            var bar = rest.IndexOf('|', StringComparison.Ordinal);
            return bar < 0
                ? new ActorIdentity(ActorKind.Account, null, rest)
                : new ActorIdentity(ActorKind.Account, rest[..bar], rest[(bar + 1)..]);
        }

        if (actorKey.StartsWith("mbox:", StringComparison.Ordinal))
        {
            var mbox = actorKey["mbox:".Length..];
            return new ActorIdentity(ActorKind.Email, null, mbox.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? mbox["mailto:".Length..] : mbox);
        }

        if (actorKey.StartsWith("sha1:", StringComparison.Ordinal))
        {
            return new ActorIdentity(ActorKind.EmailHash, null, actorKey["sha1:".Length..]);
        }

        if (actorKey.StartsWith("openid:", StringComparison.Ordinal))
        {
            return new ActorIdentity(ActorKind.OpenId, null, actorKey["openid:".Length..]);
        }

        return actorKey.StartsWith("group:", StringComparison.Ordinal)
            ? new ActorIdentity(ActorKind.Group, null, actorKey["group:".Length..])
            : new ActorIdentity(ActorKind.Unknown, null, actorKey);
    }

    // "moodle.universidad.example" for "https://moodle.universidad.example/": what people recognise.
    public static string PlatformLabel(string homePage) =>
        Uri.TryCreate(homePage, UriKind.Absolute, out var uri) && !string.IsNullOrEmpty(uri.Host)
            ? uri.Host + (uri.AbsolutePath is "/" or "" ? "" : uri.AbsolutePath.TrimEnd('/'))
            : homePage;
}
