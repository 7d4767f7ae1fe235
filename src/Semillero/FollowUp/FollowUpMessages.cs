using System.Globalization;
using Semillero.Calendar;
using Semillero.Email;

namespace Semillero.FollowUp;

// The survey emails, Spanish first with English (the person reads them before opening anything).
public sealed class FollowUpMessages(EmailOutbox outbox)
{
    public const string SurveyKind = "encuesta_seguimiento";
    public const string ReminderKind = "recordatorio_seguimiento";

    private static readonly CultureInfo Es = CultureInfo.GetCultureInfo("es-MX");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en");

    public OutboxMessage Survey(string to, string name, int months, string link, DateTime expiresAt) => outbox.Enqueue(to,
        $"¿Cómo le va a {months} meses de egresar? / How are you doing {months} months after graduating?",
        $"""
        Hola, {name}:

        Hace {months} meses terminó una ruta de aprendizaje en Semillero. Queremos saber cómo le va: son cinco preguntas breves sobre su situación laboral y si la capacitación le sirvió. No necesita contraseña.

        Responda aquí (el enlace vence el {Day(expiresAt, Es)}):
        {link}

        Sus respuestas se publican solo como cifras agregadas. Recibe este correo porque aceptó las encuestas de seguimiento; puede retirar ese consentimiento en «Mis datos» cuando quiera.

        ---
        {months} months ago you completed a learning path in Semillero. Please tell us how you are doing: five short questions about your work and whether the training helped. No password needed. Answer at the link above (it expires on {Day(expiresAt, En)}). Answers are only published as aggregate figures.
        """,
        SurveyKind);

    public OutboxMessage Reminder(string to, string name, int months, string link, DateTime expiresAt) => outbox.Enqueue(to,
        $"Recordatorio: encuesta de seguimiento a {months} meses / Reminder: {months}-month follow-up survey",
        $"""
        Hola, {name}:

        Aún no recibimos su respuesta a la encuesta de seguimiento a {months} meses de egresar. Le toma dos minutos y nos ayuda a mejorar el programa.

        Responda aquí (el enlace vence el {Day(expiresAt, Es)}):
        {link}

        Si ya no desea recibir estas encuestas, retire el consentimiento en «Mis datos».

        ---
        We have not yet received your answer to the {months}-month follow-up survey. It takes two minutes. Answer at the link above (it expires on {Day(expiresAt, En)}). To stop these surveys, withdraw your consent under "My data".
        """,
        ReminderKind);

    private static string Day(DateTime utc, CultureInfo culture) =>
        Dates.Written(DateOnly.FromDateTime(utc), english: culture.Name != "es-MX");
}
