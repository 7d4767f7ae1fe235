using System.Text.Encodings.Web;
using Microsoft.Extensions.Options;
using Semillero.Email;

namespace Semillero.Accounts;

// The account emails, bilingual (the person's language is unknown before they sign in).
public sealed class AccountMessages(EmailOutbox outbox, IOptions<SiteOptions> site)
{
    public string Link(string pathAndQuery) => site.Value.PublicUrl.TrimEnd('/') + pathAndQuery;

    public void Confirmation(string to, string name, Guid userId, string token) => outbox.Enqueue(to,
        "Confirme su correo en Semillero / Confirm your email",
        $"""
        Hola, {name}:

        Para activar su cuenta en Semillero, abra este enlace:
        {Link($"/cuenta/confirmar?usuario={userId}&codigo={UrlEncoder.Default.Encode(token)}")}

        Si usted no se registró, ignore este mensaje.

        ---
        To activate your Semillero account, open the link above. If you did not register, ignore this message.
        """,
        "confirmacion");

    public void PasswordReset(string to, string name, Guid userId, string token) => outbox.Enqueue(to,
        "Restablezca su contraseña de Semillero / Reset your password",
        $"""
        Hola, {name}:

        Para elegir una contraseña nueva, abra este enlace (vence en 24 horas):
        {Link($"/cuenta/restablecer?usuario={userId}&codigo={UrlEncoder.Default.Encode(token)}")}

        Si usted no lo pidió, ignore este mensaje: su contraseña no cambia.

        ---
        To choose a new password, open the link above (valid for 24 hours). If you did not ask, ignore this message.
        """,
        "restablecer");

    public void Invitation(string to, string name, string roleEs, Guid userId, string token) => outbox.Enqueue(to,
        "Invitación a Semillero / Invitation to Semillero",
        $"""
        Hola, {name}:

        El equipo del programa le invitó a Semillero con el rol «{roleEs}». Para aceptar, elija su contraseña aquí:
        {Link($"/cuenta/restablecer?usuario={userId}&codigo={UrlEncoder.Default.Encode(token)}&invitacion=1")}

        ---
        The program team invited you to Semillero. To accept, choose your password at the link above.
        """,
        "invitacion");
}
