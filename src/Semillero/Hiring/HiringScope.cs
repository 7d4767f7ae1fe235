using Semillero.Access;
using Semillero.Data;
using Semillero.Vacancies;

namespace Semillero.Hiring;

// What an actor reaches as the employer. An empresa account or key reaches its own company's
// vacancies and their applications only, so another company's are "not found"; operators reach all.
public static class HiringScope
{
    public static IQueryable<Vacancy> Vacancies(SemilleroDb db, Actor actor)
    {
        if (actor.Role == Roles.Operador)
        {
            return db.Vacancies;
        }

        if (actor.Role == Roles.Empresa && actor.CompanyId is { } company)
        {
            return db.Vacancies.Where(v => v.CompanyId == company);
        }

        return db.Vacancies.Where(v => false);
    }

    public static IQueryable<Application> Applications(SemilleroDb db, Actor actor)
    {
        var vacancies = Vacancies(db, actor);
        return db.Applications.Where(a => vacancies.Any(v => v.Id == a.VacancyId));
    }
}
