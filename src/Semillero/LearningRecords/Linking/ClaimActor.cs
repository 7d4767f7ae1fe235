using Microsoft.EntityFrameworkCore;
using Semillero.Data;
using Semillero.Validation;

namespace Semillero.LearningRecords.Linking;

// HomePage: the platform as the provider identifies it (one of LearnerAccounts.PlatformsAsync);
// Username: the learner's user name there.
public sealed record ClaimActorInput(string? HomePage, string? Username);

public abstract record ClaimActorOutcome
{
    // The names matched: linked at once, Statements now count for the learner.
    public sealed record Linked(string HomePage, string Username, int Statements) : ClaimActorOutcome;

    // Waits for an operator (the reason stays with the operators: telling the learner "the provider
    // calls this account X" would let anyone read other people's names by guessing usernames).
    public sealed record PendingReview(Guid ClaimId) : ClaimActorOutcome;

    public sealed record AlreadyYours : ClaimActorOutcome;

    public sealed record AlreadyPending : ClaimActorOutcome;

    public sealed record LinkedToSomeoneElse : ClaimActorOutcome;

    // No statement from that account has arrived.
    public sealed record NotSeen : ClaimActorOutcome;

    public sealed record TooManyPending(int Limit) : ClaimActorOutcome;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : ClaimActorOutcome;

    public sealed record NoLearner : ClaimActorOutcome;
}

// A learner says "this provider account is mine" from their own account. Linked at once when the name
// the provider sent for the account is the learner's registered name and nobody else is registered with
// that name or claims the account; otherwise the claim waits for an operator in the resolution queue.
public sealed class ClaimActor(SemilleroDb db, TimeProvider clock, IStatementCompletions completions)
{
    public const string PlatformField = "plataforma";
    public const string UsernameField = "usuario";

    // Pending claims a learner may have at once: enough for every platform a person uses, too few to
    // fish for other people's accounts.
    public const int MaxPending = 5;

    public const int MaxUsernameLength = 300;

    public async Task<ClaimActorOutcome> RunAsync(Guid learnerId, string userId, ClaimActorInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var homePage = input.HomePage?.Trim() ?? "";
        var username = input.Username?.Trim() ?? "";
        var errors = Validate(homePage, username);
        if (errors.Count > 0)
        {
            return new ClaimActorOutcome.Invalid(errors);
        }

        var me = await db.Learners.AsNoTracking()
            .Where(l => l.Id == learnerId && l.AnonymizedAt == null)
            .Select(l => new { l.Id, l.Curp, l.GivenNames, l.FirstSurname, l.SecondSurname })
            .FirstOrDefaultAsync(ct);
        if (me is null)
        {
            return new ClaimActorOutcome.NoLearner();
        }

        // Usernames are usually lower case on the platforms (Moodle folds them), people type them
        // as they like.
        var key = ActorIdentity.AccountKey(homePage, username);
        if (!await db.Statements.AnyAsync(s => s.ActorKey == key, ct) && username.Any(char.IsUpper))
        {
            var folded = ActorIdentity.AccountKey(homePage, username.ToLowerInvariant());
            if (await db.Statements.AnyAsync(s => s.ActorKey == folded, ct))
            {
                (key, username) = (folded, username.ToLowerInvariant());
            }
        }

        var link = await db.ActorLinks.AsNoTracking().Where(l => l.ActorKey == key).Select(l => (Guid?)l.LearnerId).FirstOrDefaultAsync(ct);
        if (link == learnerId)
        {
            return new ClaimActorOutcome.AlreadyYours();
        }

        var attributed = await db.Statements.AsNoTracking()
            .Where(s => s.ActorKey == key && s.LearnerId != null)
            .Select(s => s.LearnerId!.Value).Distinct().Take(2).ToListAsync(ct);
        if (link is not null || attributed.Any(id => id != learnerId))
        {
            return new ClaimActorOutcome.LinkedToSomeoneElse();
        }

        var providerName = await Attribution.LatestProviderNameAsync(db, key, unlinkedOnly: true, ct);
        if (providerName is null && !await db.Statements.AnyAsync(s => s.ActorKey == key && s.LearnerId == null, ct))
        {
            return attributed.Count > 0 ? new ClaimActorOutcome.AlreadyYours() : new ClaimActorOutcome.NotSeen();
        }

        var claims = db.Set<ActorClaim>();
        if (await claims.AnyAsync(c => c.ActorKey == key && c.LearnerId == learnerId && c.Status == ActorClaimStatus.Pending, ct))
        {
            return new ClaimActorOutcome.AlreadyPending();
        }

        if (await claims.CountAsync(c => c.LearnerId == learnerId && c.Status == ActorClaimStatus.Pending, ct) >= MaxPending)
        {
            return new ClaimActorOutcome.TooManyPending(MaxPending);
        }

        var review = providerName is null ? ActorClaimReview.NoName
            : !NameMatcher.Same(providerName, me.GivenNames, me.FirstSurname, me.SecondSurname) ? ActorClaimReview.NameDiffers
            : await claims.AnyAsync(c => c.ActorKey == key && c.LearnerId != learnerId && c.Status == ActorClaimStatus.Pending, ct) ? ActorClaimReview.Contested
            : await HasNamesakeAsync(me.Id, me.Curp, me.GivenNames, me.FirstSurname, me.SecondSurname, ct) ? ActorClaimReview.SameNameAsOthers
            : ActorClaimReview.None;
        var now = clock.GetUtcNow().UtcDateTime;
        var claim = new ActorClaim
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            ActorKey = key,
            LearnerId = learnerId,
            ClaimedBy = userId,
            ClaimedAt = now,
            Status = review == ActorClaimReview.None ? ActorClaimStatus.Accepted : ActorClaimStatus.Pending,
            Review = review,
            DecidedBy = review == ActorClaimReview.None ? userId : null,
            DecidedAt = review == ActorClaimReview.None ? now : null,
        };

        if (review != ActorClaimReview.None)
        {
            claims.Add(claim);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            return new ClaimActorOutcome.PendingReview(claim.Id);
        }

        var result = await Attribution.LinkAsync(db, key, learnerId, ActorLinkSource.Learner, userId, now,
            async () =>
            {
                claims.Add(claim);
                await db.SaveChangesAsync(ct);
            }, completions,
            ct);
        return result is AttributionResult.Linked linked
            ? new ClaimActorOutcome.Linked(homePage, username, linked.Statements)
            : new ClaimActorOutcome.LinkedToSomeoneElse();
    }

    // The learner takes back a claim nobody has decided yet.
    public async Task<bool> WithdrawAsync(Guid learnerId, string userId, Guid claimId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Set<ActorClaim>()
            .Where(c => c.Id == claimId && c.LearnerId == learnerId && c.Status == ActorClaimStatus.Pending)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.Status, ActorClaimStatus.Withdrawn).SetProperty(c => c.DecidedBy, userId).SetProperty(c => c.DecidedAt, now), ct) > 0;
    }

    private static List<FieldError> Validate(string homePage, string username)
    {
        var errors = new List<FieldError>();
        if (homePage.Length == 0)
        {
            errors.Add(new(PlatformField, new IdRejection("required", "Elija la plataforma donde estudia.", "Choose the platform where you study.")));
        }
        else if (homePage.Length > 1000 || !Uri.TryCreate(homePage, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            errors.Add(new(PlatformField, new IdRejection("format", "Esa plataforma no está en la lista; elija una de la lista.", "That platform is not on the list; choose one from the list.")));
        }

        if (username.Length == 0)
        {
            errors.Add(new(UsernameField, new IdRejection("required", "Escriba su nombre de usuario en esa plataforma.", "Type your user name on that platform.")));
        }
        else if (username.Length > MaxUsernameLength || username.Any(char.IsControl))
        {
            errors.Add(new(UsernameField, new IdRejection("format",
                $"El nombre de usuario no puede tener más de {MaxUsernameLength} caracteres ni caracteres de control.",
                $"The user name cannot be longer than {MaxUsernameLength} characters or contain control characters.")));
        }

        return errors;
    }

    // Someone else registered with the same name: the provider's name then proves nothing. Namesakes
    // share the CURP's first four letters (they come from the names), which narrows the search.
    private async Task<bool> HasNamesakeAsync(Guid learnerId, string curp, string givenNames, string firstSurname, string? secondSurname, CancellationToken ct)
    {
        if (curp.Length < 4)
        {
            return false;
        }

        var prefix = curp[..4];
        var mine = NameMatcher.Words(Attribution.FullName(givenNames, firstSurname, secondSurname));
        var others = await db.Learners.AsNoTracking()
            .Where(l => l.Id != learnerId && l.AnonymizedAt == null && l.Curp.StartsWith(prefix))
            .Select(l => new { l.GivenNames, l.FirstSurname, l.SecondSurname })
            .ToListAsync(ct);
        return others.Any(o => NameMatcher.Words(Attribution.FullName(o.GivenNames, o.FirstSurname, o.SecondSurname)).SequenceEqual(mine, StringComparer.Ordinal));
    }
}
