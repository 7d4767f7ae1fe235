using System.Globalization;

namespace Semillero.Credits;

// The terms an organisation accepts each time it generates vouching codes. Each code keeps the
// version accepted (VouchingCode.TermsVersion); a change of wording is a new version.
public static class VouchingTerms
{
    public const int Version = 1;

    public static IReadOnlyList<string> Paragraphs(bool english, int codeDays) => english
        ?
        [
            "A vouching code is your organisation's word that the startup that uses it is really part of your program or portfolio (accelerated, incubated or invested in). Vouching for a startup that is not really affiliated with your organisation is your organisation's responsibility, and the program may suspend its vouching.",
            "Each code is single-use: the first startup that enters it in an application uses it up, and nobody can use it again. Hand each code to one startup only, through a channel you trust.",
            string.Format(CultureInfo.InvariantCulture, "A code expires {0} days after it is generated (the program's current rules), and you can revoke it at any time before it is used.", codeDays),
            "The program stores only a fingerprint of each code and its last four characters: the codes are shown to you once, right after you generate them. Your notes are private to your organisation.",
        ]
        :
        [
            "Un código de aval es la palabra de su organización de que la startup que lo use forma parte de verdad de su programa o portafolio (acelerada, incubada o con inversión). Avalar a una startup que no está realmente afiliada a su organización es responsabilidad de su organización, y el programa puede suspender sus avales.",
            "Cada código es de un solo uso: la primera startup que lo escribe en una solicitud lo consume y nadie más puede usarlo. Entregue cada código a una sola startup, por un medio de confianza.",
            string.Format(CultureInfo.InvariantCulture, "Un código vence {0} días después de generarse (las reglas vigentes del programa) y usted puede revocarlo en cualquier momento antes de que se use.", codeDays),
            "El programa guarda solo una huella de cada código y sus últimos cuatro caracteres: los códigos se le muestran una sola vez, justo después de generarlos. Sus notas son privadas de su organización.",
        ];
}
