using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.LearningRecords.Linking;
using Semillero.Privacy;

namespace Semillero.Arco;

public abstract record CancelAccountOutcome
{
    public sealed record Cancelled(ArcoRequestView Request, IReadOnlyList<RetainedItem> Retained) : CancelAccountOutcome;

    public sealed record WrongPassword : CancelAccountOutcome;

    public sealed record NotFound : CancelAccountOutcome;
}

public sealed record RetainedItem(string Es, string En);

// Derecho de cancelación. The account is deleted and the person's record irreversibly anonymised:
// the row stays, holding only what aggregates count (state, sex, birth year, segment), so the
// program's totals do not change and nobody can be re-identified from it.
public sealed class CancelAccount(SemilleroDb db, UserManager<User> users, ArcoRequests requests, ForgetLearnerRecords learningRecords, TimeProvider clock, LearnerChanges changes)
{
    // What is kept and why (LFPDPPP: blocking and retention of what other laws require).
    public static IReadOnlyList<RetainedItem> Retained { get; } =
    [
        new("Un registro anónimo (entidad, sexo, año de nacimiento, segmento) para que las cifras agregadas del programa no cambien; no contiene su CURP, nombre ni correo.",
            "An anonymous record (state, sex, birth year, segment) so the program's aggregate figures do not change; it holds no CURP, name or email."),
        new("Sus registros de aprendizaje (actividades, resultados, fechas), a nombre de una cuenta anónima que no le identifica, para que los avances del programa no cambien; se eliminan sus cuentas vinculadas de otras plataformas.",
            "Your learning records (activities, results, dates), under an anonymous account that does not identify you, so the program's progress figures do not change; your linked accounts on other platforms are deleted."),
        new("Esta solicitud de cancelación y su resultado, como prueba de que se atendió su derecho.",
            "This cancellation request and its outcome, as proof that your right was honoured."),
        new("El historial de sus consentimientos, sin datos que le identifiquen, como prueba de lo que autorizó y cuándo.",
            "Your consent history, without identifying data, as proof of what you authorised and when."),
        new("La bitácora de accesos a sus datos (quién, cuándo, para qué), que no contiene sus datos.",
            "The log of accesses to your data (who, when, why), which holds none of your data."),
    ];

    public async Task<CancelAccountOutcome> RunAsync(Guid userId, string? password, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user?.LearnerId is not { } learnerId)
        {
            return new CancelAccountOutcome.NotFound();
        }

        if (!await users.CheckPasswordAsync(user, password ?? ""))
        {
            return new CancelAccountOutcome.WrongPassword();
        }

        var learner = await db.Learners.FirstAsync(l => l.Id == learnerId, ct);
        var email = user.Email;
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        learner.Curp = AnonymousToken();
        learner.GivenNames = "";
        learner.FirstSurname = "";
        learner.SecondSurname = null;
        learner.Email = null;
        learner.BirthDate = new DateOnly(learner.BirthDate.Year, 1, 1);
        learner.RegisteredBy = null;
        learner.AnonymizedAt = now;
        learner.UpdatedAt = now;

        await learningRecords.RunAsync(learnerId, ct);

        // Messages carry the address and the name in their text.
        if (email is not null)
        {
            await db.OutboxMessages.Where(m => m.To == email).ExecuteDeleteAsync(ct);
        }

        var request = requests.Open(learnerId, ArcoKind.Cancelacion, "Cancelación solicitada desde la cuenta.", executedNow: true,
            "Cuenta eliminada y datos personales anonimizados de forma irreversible.");
        await db.SaveChangesAsync(ct);
        var deleted = await users.DeleteAsync(user);
        if (!deleted.Succeeded)
        {
            throw new InvalidOperationException($"could not delete account: {string.Join(", ", deleted.Errors.Select(e => e.Code))}");
        }

        await transaction.CommitAsync(ct);
        // Out of employers' results (Matching) at once.
        await changes.PublishAsync(db, learnerId, ct);
        return new CancelAccountOutcome.Cancelled(ArcoRequests.ToView(request), Retained);
    }

    // 18 characters so the column keeps its shape, starting with "ANON-" which no CURP can (a CURP
    // has a date in positions 5–10), random so it cannot be reversed.
    private static string AnonymousToken() => "ANON-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(7))[..13];
}
