using System.Globalization;
using Semillero.Access;
using Semillero.Web.Hosting;
using Semillero.Web.Site;

namespace Semillero.Web.Accounts;

// Where a person lands after signing in when nothing else was asked for.
public static class CuentaRoutes
{
    public const string MisDatos = "/mis-datos";
    public const string LearnerStart = "/mi-aprendizaje/inicio";
    public const string Operacion = "/operacion";
    public const string PendingConsents = "/mis-datos/consentimientos?nuevo=1";

    public static string HomeFor(IEnumerable<string> roles)
    {
        var list = roles.ToList();
        // A learner starts from the steps that get them learning (the privacy rights stay one
        // link away in the same menu).
        if (list.Contains(Roles.Aprendiz, StringComparer.Ordinal))
        {
            return LearnerStart;
        }

        if (list.Contains(Roles.Empresa, StringComparer.Ordinal))
        {
            return "/empresa";
        }

        // The Ministry's analysts come to see where the program stands against its targets.
        if (list.Contains(Roles.Analista, StringComparer.Ordinal))
        {
            return "/operacion/avance";
        }

        if (list.Contains(Roles.Operador, StringComparer.Ordinal))
        {
            return Operacion;
        }

        // A partner's work here is its platform's learning records arriving.
        return list.Contains(Roles.Aliado, StringComparer.Ordinal) ? "/operacion/aprendizaje" : "/";
    }
}

// Times are stored in UTC; people read them in Mexico City time (UTC when the server has no time
// zone data, and then the pages say so).
public static class CuentaTime
{
    public static bool InMexicoCity => MexicoCityTime.Available;

    public static string ZoneName => InMexicoCity ? Texts.Current.TimeZoneMexico : Texts.Current.TimeZoneUtc;

    public static DateTimeOffset Local(DateTime utc) => MexicoCityTime.Local(utc);

    public static string Iso(DateTime utc) => MexicoCityTime.Iso(utc);

    public static string IsoDate(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string When(DateTime utc) => Semillero.Calendar.Dates.WrittenWithTime(Local(utc).DateTime);

    public static string WhenShort(DateTime utc) => Semillero.Calendar.Dates.CompactWithTime(Local(utc).DateTime);

    public static string Day(DateTime utc) => Semillero.Calendar.Dates.Written(Local(utc).DateTime);

    public static string Day(DateOnly day) => Semillero.Calendar.Dates.Written(day);
}
