using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.Learners;
using Semillero.Privacy;
using Semillero.Validation;

namespace Semillero.Arco;

public sealed record ArcoQueueItem(
    Guid Id,
    Guid LearnerId,
    string Kind,
    string? Details,
    DateTime ReceivedAt,
    DateTime AnswerDueAt,
    bool Overdue,
    int DaysLeft);

public abstract record ResolveArcoOutcome
{
    public sealed record Resolved(ArcoRequestView Request) : ResolveArcoOutcome;

    public sealed record NotFound : ResolveArcoOutcome;

    public sealed record AlreadyResolved : ResolveArcoOutcome;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : ResolveArcoOutcome;
}

public sealed record RectificationInput(string? Nombre, string? PrimerApellido, string? SegundoApellido);

// The ARCO requests that need a person on the program team, and the record of those the account
// carried out by itself.
public sealed class ArcoRequests(SemilleroDb db, AuditLog audit, TimeProvider clock)
{
    public const string SelfService = "autoservicio";

    // Adds a request to the context (saved by the caller with whatever it records).
    public ArcoRequest Open(Guid learnerId, ArcoKind kind, string? details, bool executedNow, string? response = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var request = new ArcoRequest
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            LearnerId = learnerId,
            Kind = kind,
            Details = details is { Length: > 4000 } ? details[..4000] : details,
            Status = executedNow ? ArcoStatus.Ejecutada : ArcoStatus.Recibida,
            ReceivedAt = now,
            AnswerDueAt = now + ArcoRequest.AnswerWithin,
        };
        if (executedNow)
        {
            request.AnsweredAt = now;
            request.ExecuteDueAt = now + ArcoRequest.ExecuteWithin;
            request.ExecutedAt = now;
            request.HandledBy = SelfService;
            request.Response = response;
        }

        db.ArcoRequests.Add(request);
        return request;
    }

    // A right exercised and carried out at once from the account (download, withdrawal), kept as a record.
    public async Task<ArcoRequestView> RecordSelfServiceAsync(Guid learnerId, ArcoKind kind, string details, string response, CancellationToken ct)
    {
        var request = Open(learnerId, kind, details, executedNow: true, response);
        await db.SaveChangesAsync(ct);
        return ToView(request);
    }

    public async Task<ArcoRequestView> SubmitAsync(Guid learnerId, ArcoKind kind, string? details, CancellationToken ct)
    {
        var request = Open(learnerId, kind, details, executedNow: false);
        await db.SaveChangesAsync(ct);
        return ToView(request);
    }

    // Pending requests, overdue first, then by how soon the answer is due.
    public async Task<IReadOnlyList<ArcoQueueItem>> QueueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var pending = await db.ArcoRequests.AsNoTracking()
            .Where(r => r.Status == ArcoStatus.Recibida)
            .OrderBy(r => r.AnswerDueAt)
            .ToListAsync(ct);
        return pending
            .Select(r => new ArcoQueueItem(r.Id, r.LearnerId, r.Kind.ToString(), r.Details, r.ReceivedAt, r.AnswerDueAt, r.AnswerDueAt < now,
                (int)Math.Floor((r.AnswerDueAt - now).TotalDays)))
            .OrderByDescending(i => i.Overdue)
            .ThenBy(i => i.AnswerDueAt)
            .ToList();
    }

    public async Task<ResolveArcoOutcome> ResolveAsync(Guid requestId, Actor operatorActor, bool accept, string? response, RectificationInput? rectification, CancellationToken ct)
    {
        var request = await db.ArcoRequests.FirstOrDefaultAsync(r => r.Id == requestId, ct);
        if (request is null)
        {
            return new ResolveArcoOutcome.NotFound();
        }

        if (request.Status != ArcoStatus.Recibida)
        {
            return new ResolveArcoOutcome.AlreadyResolved();
        }

        if (string.IsNullOrWhiteSpace(response))
        {
            return new ResolveArcoOutcome.Invalid([new("response", new IdRejection("required",
                "Escriba la respuesta que recibirá la persona.", "Write the answer the person will receive."))]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (accept && request.Kind == ArcoKind.Rectificacion && rectification is not null)
        {
            var learner = await db.Learners.FirstOrDefaultAsync(l => l.Id == request.LearnerId && l.AnonymizedAt == null, ct);
            if (learner is not null)
            {
                var (valid, errors) = LearnerRules.Validate(
                    new LearnerInput(learner.Curp, rectification.Nombre ?? learner.GivenNames, rectification.PrimerApellido ?? learner.FirstSurname,
                        rectification.SegundoApellido ?? learner.SecondSurname, learner.Email, learner.StateCode, SegmentNames.ToWire(learner.Segment)),
                    DateOnly.FromDateTime(now).AddYears(1));
                if (valid is null)
                {
                    return new ResolveArcoOutcome.Invalid(errors);
                }

                learner.GivenNames = valid.GivenNames;
                learner.FirstSurname = valid.FirstSurname;
                learner.SecondSurname = valid.SecondSurname;
                learner.UpdatedAt = now;
                await audit.RecordAsync(operatorActor, [learner.Id], "rectificacion", "nombre, primer_apellido, segundo_apellido", "solicitud ARCO de rectificación", ct);
            }
        }

        request.Status = accept ? ArcoStatus.Ejecutada : ArcoStatus.Rechazada;
        request.Response = response.Trim();
        request.AnsweredAt = now;
        request.ExecuteDueAt = now + ArcoRequest.ExecuteWithin;
        request.ExecutedAt = accept ? now : null;
        request.HandledBy = operatorActor.Id;
        await db.SaveChangesAsync(ct);
        return new ResolveArcoOutcome.Resolved(ToView(request));
    }

    public static async Task<IReadOnlyList<ArcoRequestView>> ForLearnerAsync(SemilleroDb db, Guid learnerId, CancellationToken ct) =>
        (await db.ArcoRequests.AsNoTracking().Where(r => r.LearnerId == learnerId).OrderBy(r => r.ReceivedAt).ToListAsync(ct))
        .Select(ToView).ToList();

    public static ArcoRequestView ToView(ArcoRequest r) =>
        new(r.Id, r.Kind.ToString(), r.Status.ToString(), r.Details, r.ReceivedAt, r.AnswerDueAt, r.AnsweredAt, r.ExecuteDueAt, r.ExecutedAt, r.Response);
}
