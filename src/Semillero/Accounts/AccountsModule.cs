using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Semillero.Access;
using Semillero.Data;

namespace Semillero.Accounts;

public static class AccountsModule
{
    public const int PasswordLength = 10;
    public const int MaxFailedSignIns = 5;
    public static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);

    // Shared by the web host and the CLI: an invitation link the CLI prints must validate on the
    // site, so both use the same data-protection key ring, kept in the database.
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddDataProtection()
            .SetApplicationName("Semillero")
            .PersistKeysToDbContext<SemilleroDb>();

        // "No XML encryptor configured": the key ring lives in the database, whose access control
        // and encryption at rest protect it like the personal data beside it (docs/security.md);
        // a second encryption with a key kept next to it would add nothing. Errors still show.
        services.Configure<LoggerFilterOptions>(o => o.AddFilter("Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", LogLevel.Error));

        services.AddIdentityCore<User>(o =>
            {
                // NIST SP 800-63B: length over composition rules.
                o.Password.RequiredLength = PasswordLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 4;
                o.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
                o.Lockout.DefaultLockoutTimeSpan = Lockout;
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedEmail = true;
            })
            .AddPasswordValidator<PasswordPolicyValidator>()
            .AddRoles<Role>()
            .AddEntityFrameworkStores<SemilleroDb>()
            .AddDefaultTokenProviders();

        services.AddSingleton<KeyRing>();
        services.AddScoped<AccountMessages>();
        services.AddScoped<RegisterAccount>();
        services.AddScoped<AcceptRecordClaim>();
        services.AddScoped<ConfirmRecordClaim>();
        services.AddScoped<DecideRecordClaim>();
        services.AddScoped<ListRecordClaims>();
        services.AddScoped<InviteUser>();
        services.AddScoped<ManageUsers>();
        services.AddScoped<PasswordReset>();
        return services;
    }
}
