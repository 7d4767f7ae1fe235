using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;

namespace Semillero.Companies;

public sealed class CompanyLookup(SemilleroDb db) : ICompanyLookup
{
    public Task<Guid?> FindByRfcAsync(string rfc, CancellationToken ct) =>
        db.Companies.Where(c => c.Rfc == rfc).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
}
