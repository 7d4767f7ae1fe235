using System.Globalization;
using Semillero.Language;

namespace Semillero.Web.Credits;

// The words of the credit codes' pages: the startup's codes (/empresa/creditos/codigos) and the
// operators' codes page (/operacion/creditos/codigos), Spanish first and English, side by side
// (docs/adr/0010-typed-texts-in-both-languages.md). Format strings say what their placeholders hold.
public sealed class CreditCodesTexts
{
    private CreditCodesTexts(bool english) => English = english;

    public static CreditCodesTexts Current => UiLanguage.IsEnglish ? En : Es;

    public static CreditCodesTexts Es { get; } = new(false);

    public static CreditCodesTexts En { get; } = new(true);

    public bool English { get; }

    private string P(string es, string en) => English ? en : es;

    public static string Format(string format, params object?[] args) => string.Format(CultureInfo.CurrentCulture, format, args);

    // The startup's page.
    public string Eyebrow => P("Créditos de nube", "Cloud credits");
    public string Title => P("Sus códigos de crédito", "Your credit codes");
    public string Lead => P("Los créditos de nube que el programa otorgó a su empresa y los códigos para canjearlos con el proveedor.",
        "The cloud credits the program granted to your company and the codes to redeem them with the provider.");
    public string NoCompany => P("Su cuenta no está ligada a una empresa.", "Your account is not linked to a company.");
    public string NoAwards => P("Su empresa todavía no tiene créditos otorgados. Cuando el programa apruebe una solicitud, aquí verá sus códigos.",
        "Your company has no credits granted yet. When the program approves an application, your codes will appear here.");

    // {0}: amount in USD.
    public string AwardTitle => P("Créditos por {0}", "Credits worth {0}");
    public string AwardedOn => P("Otorgados", "Granted");
    public string ExpiresOn => P("Vencen", "Expire");
    public string StatusLabel => P("Estado", "Status");
    public string Waiting => P("Sus códigos se entregarán en cuanto el programa reciba los del proveedor.", "Your codes will be delivered as soon as the program receives them from the provider.");
    public string StatusWaiting => P("Esperando códigos", "Waiting for codes");
    public string StatusDelivered => P("Códigos entregados", "Codes delivered");
    public string StatusRedeemed => P("Canjeados", "Redeemed");
    public string StatusExpired => P("Vencidos sin canjear", "Expired unredeemed");

    // {0}: date.
    public string RedeemedOn => P("Usted indicó que los canjeó el {0}.", "You said you redeemed them on {0}.");
    public string CodesCaption => P("Códigos", "Codes");
    public string ColValue => P("Valor", "Value");
    public string ColCode => P("Código", "Code");
    public string ColProviderExpiry => P("Vence con el proveedor", "Provider expiry");
    public string Masked => P("Oculto", "Hidden");
    public string Show => P("Mostrar códigos", "Show codes");
    public string ShowNote => P("Por seguridad los códigos están ocultos. Cada vez que se muestran queda registrado quién los vio.",
        "For security the codes are hidden. Each time they are shown, who saw them is recorded.");
    public string Shown => P("Códigos visibles. Cópielos y canjéelos con el proveedor; no los comparta fuera de su empresa.",
        "Codes shown. Copy and redeem them with the provider; do not share them outside your company.");
    public string Hide => P("Ocultar códigos", "Hide codes");
    public string MarkRedeemed => P("Ya los canjeé", "I redeemed them");
    public string MarkRedeemedNote => P("Márquelo cuando haya canjeado todos los códigos de estos créditos: dejaremos de enviarle recordatorios.",
        "Mark it once you have redeemed every code of these credits: we will stop sending you reminders.");
    public string RedeemedSaved => P("Listo: registramos que canjeó estos créditos.", "Done: we recorded that you redeemed these credits.");
    public string NotDelivered => P("Aún no recibe los códigos de estos créditos.", "You have not received the codes of these credits yet.");
    public string HowTitle => P("Cómo canjear sus créditos", "How to redeem your credits");
    public string HowStep1 => P("Inicie sesión en la consola del proveedor de nube con la cuenta de su empresa (o cree una).",
        "Sign in to the cloud provider's console with your company's account (or create one).");
    public string HowStep2 => P("Abra la sección de facturación y busque «Créditos» o «Canjear código promocional».",
        "Open the billing section and look for «Credits» or «Redeem promotional code».");
    public string HowStep3 => P("Escriba cada código tal como aparece aquí; los guiones y mayúsculas no importan.",
        "Type each code as it appears here; hyphens and capitals do not matter.");
    public string HowStep4 => P("Al terminar, vuelva aquí y pulse «Ya los canjeé». Los créditos no canjeados se pierden en la fecha de vencimiento.",
        "When you finish, come back and press «I redeemed them». Unredeemed credits are lost on the expiry date.");

    // The operators' codes page.
    public string OpTitle => P("Códigos de crédito", "Credit codes");
    public string OpLead => P("El inventario de códigos del proveedor, los lotes importados, los créditos que esperan códigos y los créditos vencidos sin usar.",
        "The provider's code stock, the batches imported, the credits waiting for codes and the credits that expired unused.");
    public string BackToHub => P("Créditos para startups", "Startup credits");
    public string StockTitle => P("Códigos disponibles", "Codes available");
    public string StockNone => P("No hay códigos disponibles. Importe un lote del proveedor.", "No codes are available. Import a batch from the provider.");
    public string ColCodes => P("Códigos", "Codes");
    public string ColTotal => P("Total", "Total");
    public string Total => P("Total", "Total");
    public string ImportTitle => P("Importar un lote", "Import a batch");
    public string ImportIntro => P("Un archivo CSV UTF-8 con las columnas codigo, valor_usd y, si el proveedor la da, vence (AAAA-MM-DD). Si una fila tiene un problema no se importa nada y verá cada problema con su número de fila.",
        "A UTF-8 CSV file with the columns codigo (code), valor_usd (value_usd) and, if the provider gives it, vence (expires, YYYY-MM-DD). If any row has a problem nothing is imported and you will see each problem with its row number.");
    public string BatchName => P("Nombre del lote", "Batch name");
    public string BatchHint => P("Por ejemplo, el número de envío del proveedor.", "For instance, the provider's shipment number.");
    public string File => P("Archivo CSV", "CSV file");
    public string ImportButton => P("Importar", "Import");
    public string FileMissing => P("Elija el archivo CSV (hasta 2 MB).", "Choose the CSV file (up to 2 MB).");
    public string ReportTitle => P("No se importó ningún código", "No code was imported");
    public string ColRow => P("Fila", "Row");
    public string ColColumn => P("Columna", "Column");
    public string ColProblem => P("Problema", "Problem");

    // {0}: codes, {1}: amount, {2}: awards delivered after it.
    public string Imported => P("Lote importado: {0} códigos por {1}. Créditos entregados después: {2}.", "Batch imported: {0} codes worth {1}. Credits delivered after it: {2}.");
    public string BatchesTitle => P("Lotes importados", "Batches imported");
    public string BatchesNone => P("Todavía no se ha importado ningún lote.", "No batch has been imported yet.");
    public string ColBatch => P("Lote", "Batch");
    public string ColImportedAt => P("Importado", "Imported");
    public string ColDelivered => P("Entregados", "Delivered");
    public string WaitingTitle => P("Créditos que esperan códigos", "Credits waiting for codes");
    public string WaitingNone => P("Ningún crédito espera códigos.", "No credits are waiting for codes.");
    public string ColCompany => P("Empresa", "Company");
    public string ColTier => P("Nivel", "Tier");
    public string ColAmount => P("Monto", "Amount");
    public string ColAwardedAt => P("Otorgado", "Granted");
    public string ColExpires => P("Venció", "Expired");
    public string ColDeliveredQ => P("¿Se entregaron?", "Delivered?");
    public string Yes => P("Sí", "Yes");
    public string No => P("No", "No");
    public string DeliverButton => P("Entregar pendientes", "Deliver pending");
    public string DeliverNote => P("Entrega a cada crédito, del más antiguo al más reciente, códigos que sumen exactamente su monto. Si no alcanzan, el crédito sigue esperando.",
        "Gives each credit, oldest first, codes that add up exactly to its amount. If the stock cannot, the credit keeps waiting.");

    // {0}: delivered, {1}: still waiting, {2}: amount waiting.
    public string DeliveredMessage => P("Créditos entregados: {0}. Siguen esperando: {1} ({2}).", "Credits delivered: {0}. Still waiting: {1} ({2}).");
    public string ExpiredTitle => P("Créditos vencidos sin usar", "Credits expired unused");
    public string ExpiredNone => P("Ningún crédito ha vencido sin canjearse.", "No credits have expired unredeemed.");

    // {0}: awards, {1}: amount.
    public string ExpiredSummary => P("{0} créditos por {1} vencieron sin que la startup indicara haberlos canjeado.", "{0} credits worth {1} expired without the startup saying it redeemed them.");
}
