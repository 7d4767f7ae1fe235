using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.Geography;
using Semillero.Privacy;
using Semillero.Validation;

namespace Semillero.Learners;

// Who is asking decides what they may see: operators the whole registry, partners the people they
// registered, Ministry analysts only people who consented to share identified data with the
// Ministry (honoured at query time, so a withdrawal takes effect at once), a learner only themself.
public sealed record LearnerScope(string? RegisteredBy = null, bool OnlyConsentedToMinistry = false, Guid? OnlyLearner = null, bool Nobody = false)
{
    public static LearnerScope Everyone { get; } = new();

    public static LearnerScope RegisteredByCaller(string caller) => new(RegisteredBy: caller);

    public static LearnerScope For(Actor actor) => actor.Role switch
    {
        Roles.Operador => Everyone,
        Roles.Aliado when actor.Organization is { } org => new(RegisteredBy: org),
        Roles.Analista => new(OnlyConsentedToMinistry: true),
        Roles.Aprendiz when actor.LearnerId is { } self => new(OnlyLearner: self),
        _ => new(Nobody: true),
    };
}

public sealed record LearnerView(
    Guid Id,
    string Curp,
    string Nombre,
    string PrimerApellido,
    string? SegundoApellido,
    DateOnly FechaNacimiento,
    string Sexo,
    string? Correo,
    string Entidad,
    string EntidadNombre,
    string Segmento,
    DateTime RegistradoEn,
    DateTime ActualizadoEn);

public sealed record LearnerSearch(string? Curp, string? Entidad, int Page = 1, int PageSize = 50);

public sealed record LearnerPage(IReadOnlyList<LearnerView> Items, int Page, int PageSize, int Total);

public abstract record FindLearnersOutcome
{
    public sealed record Found(LearnerPage Page) : FindLearnersOutcome;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : FindLearnersOutcome;
}

public sealed class FindLearners(SemilleroDb db)
{
    public const int MaxPageSize = 200;

    public async Task<LearnerView?> ByIdAsync(Guid id, LearnerScope scope, CancellationToken ct)
    {
        var learner = await Scoped(scope).AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, ct);
        return learner is null ? null : ToView(learner);
    }

    public async Task<FindLearnersOutcome> SearchAsync(LearnerSearch search, LearnerScope scope, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var query = Scoped(scope).AsNoTracking();

        if (!string.IsNullOrWhiteSpace(search.Curp))
        {
            // A search term is not a registration: only normalise, so a partial or mistyped CURP
            // simply finds nobody instead of erroring.
            var curp = search.Curp.Trim().ToUpperInvariant();
            query = query.Where(l => l.Curp == curp);
        }

        if (!string.IsNullOrWhiteSpace(search.Entidad))
        {
            var state = Entidades.Find(search.Entidad);
            if (state is null)
            {
                errors.Add(new("entidad", new IdRejection("entidad",
                    "Entidad desconocida; use la clave INEGI (01–32) o el nombre del estado.",
                    "Unknown state; use the INEGI code (01–32) or the state's name.")));
            }
            else
            {
                query = query.Where(l => l.StateCode == state.Clave);
            }
        }

        if (search.Page < 1)
        {
            errors.Add(new("page", new IdRejection("range", "La página empieza en 1.", "Pages start at 1.")));
        }

        if (search.PageSize is < 1 or > MaxPageSize)
        {
            errors.Add(new("pageSize", new IdRejection("range",
                $"El tamaño de página va de 1 a {MaxPageSize}.", $"Page size ranges from 1 to {MaxPageSize}.")));
        }

        if (errors.Count > 0)
        {
            return new FindLearnersOutcome.Invalid(errors);
        }

        var total = await query.CountAsync(ct);
        var rows = await query
            .OrderBy(l => l.Id)
            .Skip((search.Page - 1) * search.PageSize)
            .Take(search.PageSize)
            .ToListAsync(ct);
        return new FindLearnersOutcome.Found(new LearnerPage(rows.Select(ToView).ToList(), search.Page, search.PageSize, total));
    }

    private IQueryable<Learner> Scoped(LearnerScope scope)
    {
        // A cancelled person's anonymous row only feeds aggregates; nobody reads it as a person.
        var query = db.Learners.Where(l => l.AnonymizedAt == null);
        if (scope.Nobody)
        {
            return query.Where(_ => false);
        }

        if (scope.RegisteredBy is { } caller)
        {
            query = query.Where(l => l.RegisteredBy == caller);
        }

        if (scope.OnlyLearner is { } self)
        {
            query = query.Where(l => l.Id == self);
        }

        if (scope.OnlyConsentedToMinistry)
        {
            var consenting = Consents.LearnersWith(db, Purposes.CompartirSecretaria);
            query = query.Where(l => consenting.Contains(l.Id));
        }

        return query;
    }

    public static LearnerView ToView(Learner l) => new(
        l.Id,
        l.Curp,
        l.GivenNames,
        l.FirstSurname,
        l.SecondSurname,
        l.BirthDate,
        l.Sex.ToString(),
        l.Email,
        l.StateCode,
        Entidades.NameOf(l.StateCode, english: false),
        SegmentNames.ToWire(l.Segment),
        DateTime.SpecifyKind(l.CreatedAt, DateTimeKind.Utc),
        DateTime.SpecifyKind(l.UpdatedAt, DateTimeKind.Utc));
}
