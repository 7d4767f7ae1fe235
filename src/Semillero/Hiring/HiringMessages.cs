using Microsoft.Extensions.Options;
using Semillero.Email;

namespace Semillero.Hiring;

// The emails of the hiring pipeline, bilingual. They carry what the vacancy's public page already
// shows (title, the company's trade name) and a link; the employer's message and everything else
// is read on the site, after signing in.
public sealed class HiringMessages(EmailOutbox outbox, IOptions<SiteOptions> site)
{
    public const string InvitationKind = "invitacion_vacante";

    public string Link(string path) => site.Value.PublicUrl.TrimEnd('/') + path;

    public void Invitation(string to, string givenNames, string vacancyTitle, string companyName) => outbox.Enqueue(to,
        "Una empresa le invita a postularse / An employer invites you to apply",
        $"""
        Hola, {givenNames}:

        {companyName} vio su perfil de habilidades en Semillero y le invita a postularse a la vacante «{vacancyTitle}».
        La empresa no conoce su nombre ni sus datos de contacto: solo los verá si usted acepta la invitación.

        Para aceptarla o declinarla, entre a Semillero:
        {Link("/mi-aprendizaje/postulaciones")}

        Si ya no desea ser visible para empleadores, puede retirar ese consentimiento en «Mis datos».

        ---
        {companyName} saw your skills profile on Semillero and invites you to apply to the opening "{vacancyTitle}".
        The company does not know your name or contact details: it sees them only if you accept.
        To accept or decline, sign in at the link above. You can stop being visible to employers in "My data".
        """,
        InvitationKind);
}
