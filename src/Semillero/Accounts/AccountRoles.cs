using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Semillero.Access;

namespace Semillero.Accounts;

// The five roles exist in every database from the first migration (fixed ids), so no start-up
// seeding is needed and the CLI and web host always agree.
internal sealed class RoleConfiguration : IEntityTypeConfiguration<Role>
{
    public static readonly IReadOnlyDictionary<string, Guid> Ids = new Dictionary<string, Guid>(StringComparer.Ordinal)
    {
        [Roles.Aprendiz] = new("3f0b7a52-6a0e-4c55-9a57-1b5e0c3e0a01"),
        [Roles.Empresa] = new("3f0b7a52-6a0e-4c55-9a57-1b5e0c3e0a02"),
        [Roles.Aliado] = new("3f0b7a52-6a0e-4c55-9a57-1b5e0c3e0a03"),
        [Roles.Operador] = new("3f0b7a52-6a0e-4c55-9a57-1b5e0c3e0a04"),
        [Roles.Analista] = new("3f0b7a52-6a0e-4c55-9a57-1b5e0c3e0a05"),
    };

    public void Configure(EntityTypeBuilder<Role> builder) =>
        builder.HasData(Ids.Select(r => new Role
        {
            Id = r.Value,
            Name = r.Key,
            NormalizedName = r.Key.ToUpperInvariant(),
            ConcurrencyStamp = r.Value.ToString(),
        }));
}
