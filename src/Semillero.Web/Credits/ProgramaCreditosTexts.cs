using System.Globalization;
using Semillero.Credits;
using Semillero.Language;

namespace Semillero.Web.Credits;

// The words of the credit program's rules, budget pools and vouching codes pages, Spanish first and
// English, side by side (docs/adr/0010-typed-texts-in-both-languages.md).
public sealed class ProgramaCreditosTexts
{
    private ProgramaCreditosTexts(bool english) => English = english;

    public static ProgramaCreditosTexts Current => UiLanguage.IsEnglish ? En : Es;

    public static ProgramaCreditosTexts Es { get; } = new(false);

    public static ProgramaCreditosTexts En { get; } = new(true);

    public bool English { get; }

    private string P(string es, string en) => English ? en : es;

    public static string Format(string format, params object?[] args) => string.Format(CultureInfo.CurrentCulture, format, args);

    public static string Number(long value) => value.ToString("N0", CultureInfo.CurrentCulture);

    public static string Percent(decimal value) => Format(Current.PercentFormat, value.ToString("#,0.#", CultureInfo.CurrentCulture));

    public string Stage(StartupStage stage) => CreditRules.Stage(stage, English);

    // Operation hub card.
    public string HubTitle => P("Programa de créditos", "Credits program");
    public string HubText => P("Las reglas vigentes del programa de créditos en la nube y las bolsas de presupuesto de cada periodo.",
        "The cloud-credit program's rules in force and each period's budget pools.");
    public string HubRules => P("Reglas del programa", "Program rules");
    public string HubPools => P("Bolsas de presupuesto", "Budget pools");

    // Program page.
    public string ProgramTitle => P("Reglas del programa de créditos", "Credit program rules");
    public string ProgramLead => P("Quién es elegible, cuánto puede recibir cada startup y cómo se califica una solicitud. Cada cambio es una versión nueva con su motivo; las solicitudes ya enviadas conservan la versión con que se revisaron.",
        "Who is eligible, how much each startup may receive and how an application is scored. Each change is a new version with its reason; applications already submitted keep the version they were checked against.");
    public string InForceTitle => P("Versión vigente", "Version in force");
    public string InForce => P("Versión {0}, vigente desde el {1}.", "Version {0}, in force since {1}.");
    public string ShippedVersion => P("Versión {0}, la incluida con la plataforma.", "Version {0}, the one shipped with the platform.");
    public string Cap => P("Tope por empresa", "Cap per company");
    public string CapNote => P("Lo máximo que una startup recibe en toda la vida del programa.", "The most a startup receives over the program's lifetime.");
    public string Validity => P("Vigencia de los créditos", "Credits valid for");
    public string Months => P("{0} meses", "{0} months");
    public string CodeDays => P("Vencimiento de un código de aval", "A vouching code expires after");
    public string Days => P("{0} días", "{0} days");
    public string EligibilityTitle => P("Elegibilidad", "Eligibility");
    public string MaxAge => P("Antigüedad máxima", "Maximum age");
    public string Years => P("{0} años desde su fundación", "{0} years since founding");
    public string Stages => P("Etapas elegibles", "Eligible stages");
    public string GraduateFounder => P("Fundador egresado requerido", "Graduate founder required");
    public string GraduateFounderNote => P("Al menos una persona fundadora egresó de una ruta del programa.", "At least one founder graduated from a program path.");
    public string Yes => P("Sí", "Yes");
    public string No => P("No", "No");
    public string TiersTitle => P("Niveles", "Tiers");
    public string ColTier => P("Nivel", "Tier");
    public string ColMax => P("Monto máximo", "Maximum amount");
    public string ColReviewed => P("Con revisión", "Reviewed");
    public string ColVouching => P("Requiere aval", "Needs vouching");
    public string ColDescription => P("Descripción", "Description");
    public string RubricTitle => P("Rúbrica de revisión", "Review rubric");
    public string RubricIntro => P("Cada revisor califica cada criterio de 1 a 5; el total de una revisión va de 0 a 100 según los pesos.",
        "Each reviewer scores each criterion 1 to 5; a review's total runs 0 to 100 by the weights.");
    public string Reviewers => P("Revisores por solicitud: {0}.", "Reviewers per application: {0}.");
    public string Margin => P("Si las calificaciones de los dos primeros revisores difieren en más de {0} puntos, se asigna un tercero.",
        "If the first two reviewers' totals differ by more than {0} points, a third is assigned.");
    public string ColCriterion => P("Criterio", "Criterion");
    public string ColWeight => P("Peso", "Weight");
    public string ColGuide => P("Qué se califica", "What is scored");
    public string HistoryTitle => P("Historial de versiones", "Version history");
    public string ColVersion => P("Versión", "Version");
    public string ColPublished => P("Publicada", "Published");
    public string ColBy => P("Por", "By");
    public string ColReason => P("Motivo", "Reason");
    public string ColJson => P("JSON", "JSON");
    public string JsonLink => P("JSON de la versión {0}", "Version {0} JSON");
    public string Shipped => P("Incluida con la plataforma", "Shipped with the platform");
    public string ByCli => P("Línea de comandos", "Command line");
    public string EditTitle => P("Publicar una versión con cambios", "Publish a version with changes");
    public string EditLead => P("Cambie lo necesario y explique por qué: se publica como la versión {0}, con lo demás igual que la vigente. Las solicitudes nuevas se revisan con ella.",
        "Change what you need and say why: it is published as version {0}, everything else as in the version in force. New applications are checked against it.");
    public string FieldCap => P("Tope por empresa (USD)", "Cap per company (USD)");
    public string FieldValidity => P("Vigencia de los créditos (meses)", "Credits valid for (months)");
    public string FieldCodeDays => P("Días para que venza un código de aval", "Days until a vouching code expires");
    public string FieldMaxAge => P("Antigüedad máxima (años)", "Maximum age (years)");
    public string FieldStages => P("Etapas elegibles", "Eligible stages");
    public string FieldGraduate => P("Exigir al menos un fundador egresado de una ruta del programa", "Require at least one founder who graduated from a program path");
    public string FieldTierAmount => P("Monto máximo del nivel {0} (USD)", "Tier {0} maximum amount (USD)");
    public string FieldTierReviewed => P("El nivel {0} pasa por revisión", "Tier {0} is reviewed");
    public string FieldTierVouching => P("El nivel {0} requiere aval", "Tier {0} needs vouching");
    public string FieldMargin => P("Margen para un tercer revisor (puntos)", "Third-reviewer margin (points)");
    public string FieldReason => P("Motivo del cambio", "Reason for the change");
    public string FieldReasonHint => P("Se guarda con la versión y se muestra en el historial (hasta {0} caracteres).", "Kept with the version and shown in the history (up to {0} characters).");
    public string Publish => P("Publicar la versión", "Publish the version");
    public string JsonTitle => P("Publicar desde el JSON completo", "Publish from the full JSON");
    public string JsonLead => P("Para cambiar la rúbrica, los nombres o las descripciones de los niveles: edite el JSON de la versión vigente (ya numerado como {0}) o suba un archivo. Se revisa completo; si algo no cuadra, no se publica nada.",
        "To change the rubric or the tiers' names or descriptions: edit the version in force's JSON (already numbered {0}) or upload a file. It is checked whole; if anything does not fit, nothing is published.");
    public string FieldJson => P("JSON del programa", "Program JSON");
    public string FieldFile => P("O suba un archivo .json", "Or upload a .json file");
    public string FieldFileHint => P("Si sube un archivo, se usa en lugar del texto.", "If you upload a file, it is used instead of the text.");
    public string NotPublished => P("La versión no se publicó", "The version was not published");
    public string Published => P("Se publicó la versión {0} de las reglas del programa.", "Version {0} of the program rules was published.");
    public string NotAnAmount => P("Escriba un monto en dólares, por ejemplo «100,000».", "Write an amount in dollars, for example \"100,000\".");
    public string NotAWholeNumber => P("Escriba un número entero.", "Write a whole number.");
    public string ReasonMissing => P("Indique el motivo del cambio (hasta {0} caracteres).", "Give the reason for the change (up to {0} characters).");
    public string PercentFormat => P("{0} %", "{0}%");

    // Pools page.
    public string PoolsTitle => P("Bolsas de presupuesto", "Budget pools");
    public string PoolsLead => P("El dinero que el programa puede otorgar en cada periodo. Cada otorgamiento se descuenta de la bolsa cuyo periodo incluye el día de la decisión; una bolsa nunca otorga más de su monto.",
        "The money the program may award in each period. Each award draws on the pool whose period holds the day of the decision; a pool never awards more than its amount.");
    public string PoolsListTitle => P("Bolsas", "Pools");
    public string NoPools => P("Aún no hay bolsas: sin una bolsa vigente no se otorgan créditos.", "There are no pools yet: without a pool in force no credits are awarded.");
    public string ColPool => P("Bolsa", "Pool");
    public string ColPeriod => P("Periodo", "Period");
    public string ColAmount => P("Monto", "Amount");
    public string ColAwarded => P("Otorgado", "Awarded");
    public string ColLeft => P("Disponible", "Left");
    public string ColUsed => P("Usado", "Used");
    public string Period => P("{0} a {1}", "{0} to {1}");
    public string PoolHistory => P("Historial de la bolsa {0}", "History of pool {0}");
    public string CreateTitle => P("Abrir una bolsa", "Open a pool");
    public string CreateLead => P("Los periodos de las bolsas no se traslapan: cada día pertenece a una sola.", "Pools' periods do not overlap: each day belongs to one only.");
    public string FieldName => P("Nombre", "Name");
    public string FieldNameHint => P("Por ejemplo «2026-H1».", "For example \"2026-H1\".");
    public string FieldStartsOn => P("Primer día", "First day");
    public string FieldEndsOn => P("Último día", "Last day");
    public string FieldAmount => P("Monto (USD)", "Amount (USD)");
    public string FieldAmountHint => P("En dólares, por ejemplo «500,000».", "In dollars, for example \"500,000\".");
    public string FieldPoolReason => P("Motivo", "Reason");
    public string Create => P("Abrir la bolsa", "Open the pool");
    public string Created => P("Se abrió la bolsa {0}.", "Pool {0} was opened.");
    public string NotCreated => P("La bolsa no se abrió", "The pool was not opened");
    public string ChangeTitle => P("Cambiar el monto de una bolsa", "Change a pool's amount");
    public string ChangeLead => P("El monto nunca baja de lo que la bolsa ya otorgó. El cambio y su motivo quedan en el historial.",
        "The amount never goes below what the pool has already awarded. The change and its reason stay in the history.");
    public string FieldPool => P("Bolsa", "Pool");
    public string FieldNewAmount => P("Monto nuevo (USD)", "New amount (USD)");
    public string Change => P("Cambiar el monto", "Change the amount");
    public string Changed => P("Se cambió el monto de la bolsa {0}.", "The amount of pool {0} was changed.");
    public string NotChanged => P("El monto no cambió", "The amount did not change");
    public string BelowAwarded => P("La bolsa ya otorgó {0}: su monto no puede ser menor.", "The pool has already awarded {0}: its amount cannot be lower.");
    public string PoolUnknown => P("Elija una de las bolsas de la lista.", "Choose one of the pools in the list.");
    public string Choose => P("Elija una bolsa", "Choose a pool");

    // Vouching page.
    public string VouchTitle => P("Códigos de aval", "Vouching codes");
    public string VouchLead => P("Avale a las startups de su programa o portafolio para el nivel de créditos que lo requiere: genere un código por startup y entrégueselo; la startup lo escribe en su solicitud.",
        "Vouch for the startups of your program or portfolio for the credit tier that requires it: generate one code per startup and hand it over; the startup enters it in its application.");
    public string VouchOnlyKinds => P("Solo las aceleradoras y las organizaciones de inversión verificadas avalan startups para los créditos.",
        "Only verified accelerators and investment organisations vouch for startups for credits.");
    public string VouchNotVerified => P("Su organización podrá generar códigos de aval cuando el equipo del programa la verifique.", "Your organisation can generate vouching codes once the program team verifies it.");
    public string VouchOnlyAdmins => P("Solo quienes administran la organización generan y revocan códigos; usted puede consultarlos.", "Only the organisation's administrators generate and revoke codes; you can see them.");
    public string TermsTitle => P("Términos del aval (versión {0})", "Vouching terms (version {0})");
    public string GenerateTitle => P("Generar códigos", "Generate codes");
    public string FieldCount => P("Cuántos códigos", "How many codes");
    public string FieldCountHint => P("De 1 a {0}.", "1 to {0}.");
    public string FieldNotes => P("Notas privadas", "Private notes");
    public string FieldNotesHint => P("Opcional: una línea por código, en orden (por ejemplo, para qué startup es). Solo su organización las ve.",
        "Optional: one line per code, in order (for instance, which startup it is for). Only your organisation sees them.");
    public string FieldAccept => P("Acepto los términos del aval en nombre de mi organización", "I accept the vouching terms on my organisation's behalf");
    public string Generate => P("Generar los códigos", "Generate the codes");
    public string NotGenerated => P("Los códigos no se generaron", "The codes were not generated");
    public string GeneratedTitle => P("Sus códigos nuevos", "Your new codes");
    public string GeneratedText => P("Cópielos y guárdelos ahora: el programa no los vuelve a mostrar. Si pierde uno, revóquelo y genere otro.",
        "Copy and keep them now: the program never shows them again. If you lose one, revoke it and generate another.");
    public string ColCode => P("Código", "Code");
    public string ColNote => P("Nota", "Note");
    public string ColExpires => P("Vence", "Expires");
    public string ListTitle => P("Códigos de su organización", "Your organisation's codes");
    public string NoCodes => P("Su organización aún no ha generado códigos.", "Your organisation has not generated codes yet.");
    public string ColHint => P("Termina en", "Ends in");
    public string ColCreated => P("Generado", "Generated");
    public string ColStatus => P("Estado", "Status");
    public string ColAction => P("Acción", "Action");
    public string StatusVigente => P("Vigente", "In force");
    public string StatusUsado => P("Usado por {0} el {1}", "Used by {0} on {1}");
    public string StatusVencido => P("Vencido", "Expired");
    public string StatusRevocado => P("Revocado el {0}", "Revoked on {0}");
    public string UnknownStartup => P("una startup", "a startup");
    public string Revoke => P("Revocar", "Revoke");
    public string RevokeLabel => P("Revocar el código que termina en {0}", "Revoke the code ending in {0}");
    public string Revoked => P("Se revocó el código que termina en {0}.", "The code ending in {0} was revoked.");
    public string AlreadyUsed => P("Ese código ya se usó: no se puede revocar.", "That code was already used: it cannot be revoked.");
    public string AlreadyRevoked => P("Ese código ya estaba revocado.", "That code was already revoked.");
    public string CodeNotFound => P("No se encontró ese código.", "That code was not found.");

    public string Status(VouchingCodeView code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.Status switch
        {
            VouchingCodeStatus.Usado => Format(StatusUsado, code.UsedBy ?? UnknownStartup, Semillero.Calendar.Dates.Written(code.UsedAt!.Value)),
            VouchingCodeStatus.Vencido => StatusVencido,
            VouchingCodeStatus.Revocado => Format(StatusRevocado, Semillero.Calendar.Dates.Written(code.RevokedAt!.Value)),
            _ => StatusVigente,
        };
    }
}
