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

    // To the email a partner registered for the person: someone asks for an account over their
    // record. Only this mailbox's owner can say yes (docs/adr/0007-claiming-a-record-needs-proof-of-control.md).
    public void ClaimToRecordEmail(string to, string newcomerEmail, Guid claimId, string secret) => outbox.Enqueue(to,
        "¿Usted pidió una cuenta en Semillero? / Did you ask for a Semillero account?",
        $"""
        Hola:

        Alguien pidió crear una cuenta en Semillero sobre el registro que una institución aliada hizo de usted con su CURP, y dio este correo para entrar: {newcomerEmail}

        Si fue usted, confírmelo en este enlace (vence en {RecordClaim.LinkLifetime.Days} días):
        {Link($"/cuenta/reclamar?solicitud={claimId}&codigo={UrlEncoder.Default.Encode(secret)}")}

        Si no fue usted, abra el mismo enlace y elija «No fui yo»: nadie tendrá acceso a sus datos y el equipo del programa lo sabrá.

        ---
        Someone asked to create a Semillero account over the record a partner institution made of you with your CURP, giving the email above to sign in. If it was you, confirm at the link above (valid for {RecordClaim.LinkLifetime.Days} days). If it was not you, open the same link and choose "It wasn't me".
        """,
        "reclamo-confirmar");

    // To the newcomer: the claim is received and how it will be proven. Says nothing about the
    // record (not its email, not who registered it).
    public void ClaimReceived(string to, string name, ClaimProof proof) => outbox.Enqueue(to,
        "Recibimos su solicitud de cuenta en Semillero / We received your account request",
        proof == ClaimProof.Correo
            ? $"""
              Hola, {name}:

              Su CURP ya estaba en el registro del programa. Para proteger sus datos, enviamos un enlace de confirmación al correo que la institución que le registró tiene de usted. Ábralo para activar su cuenta.

              Si ya no usa ese correo, acuda a la institución que le registró o escriba al equipo del programa: pueden confirmar su identidad y activar su cuenta.

              ---
              Your CURP was already in the program's registry. To protect your data, we sent a confirmation link to the email the institution that registered you holds. If you no longer use that email, contact that institution or the program team: they can confirm your identity.
              """
            : $"""
              Hola, {name}:

              Su CURP ya estaba en el registro del programa. Para proteger sus datos, la institución que le registró o el equipo del programa debe confirmar su identidad antes de activar su cuenta. Le avisaremos por este medio.

              ---
              Your CURP was already in the program's registry. To protect your data, the institution that registered you or the program team must confirm your identity before your account is activated. We will let you know by email.
              """,
        "reclamo-recibido");

    public void ClaimRejected(string to, string name) => outbox.Enqueue(to,
        "No pudimos activar su cuenta en Semillero / We could not activate your account",
        $"""
        Hola, {name}:

        No pudimos confirmar su solicitud de cuenta. Si usted es la persona de esa CURP, acuda a la institución que le registró o escriba al equipo del programa con una identificación oficial.

        ---
        We could not confirm your account request. If you are the person with that CURP, contact the institution that registered you or the program team with an official ID.
        """,
        "reclamo-rechazado");

    // Registration with an email or CURP that already has an account: the page answers as for
    // anyone else, and the owner hears of it here instead.
    public void RegistrationAttempt(string to, string name) => outbox.Enqueue(to,
        "Intento de registro con sus datos en Semillero / Registration attempt with your details",
        $"""
        Hola, {name}:

        Alguien intentó crear una cuenta nueva en Semillero con su correo o su CURP. Usted ya tiene una cuenta: no se creó otra.

        Si fue usted, entre con su correo; si olvidó su contraseña, pida una nueva:
        {Link("/cuenta/olvide")}

        Si no fue usted, no necesita hacer nada: su cuenta no cambió.

        ---
        Someone tried to create a new Semillero account with your email or CURP. You already have an account, so no other was created. If it was you, sign in or reset your password at the link above; if not, nothing changed.
        """,
        "registro-repetido");
}
