using Semillero.Language;

namespace Semillero.Web.Completions;

// The strings of /operacion/constancias (a provider's completion report), in es-MX (the default)
// and English, in the same pattern as Texts: one instance per language, `required` so neither
// misses a string. No HTML in the values.
public sealed class ConstanciasTexts
{
    public static ConstanciasTexts Current => UiLanguage.IsEnglish ? En : Es;

    public required bool IsEnglish { get; init; }

    public required string Nav { get; init; }
    public required string Title { get; init; }
    public required string Lead { get; init; }

    public required string FormTitle { get; init; }
    public required string FormIntro { get; init; }
    public required string FieldProvider { get; init; }
    public required string FieldProviderHint { get; init; }
    public required string ChooseProvider { get; init; }
    public required string FieldFile { get; init; }
    public required string FieldFileHint { get; init; }
    public required string Submit { get; init; }
    public required string NoProviders { get; init; }
    public required string Cli { get; init; }

    public required string FormatTitle { get; init; }
    public required string FormatColumns { get; init; }
    public required string FormatDates { get; init; }
    public required string FormatScores { get; init; }
    public required string FormatEncodings { get; init; }
    public required string FormatRule { get; init; }

    public required string ErrorProvider { get; init; }
    public required string ErrorFile { get; init; }

    // {0}: megabytes.
    public required string ErrorTooLarge { get; init; }
    public required string NothingImported { get; init; }

    // {0}: missing columns, {1}: columns found.
    public required string MissingColumns { get; init; }

    // {0}: provider, {1}: known providers.
    public required string UnknownProvider { get; init; }

    // {0}: when, {1}: file name, {2}: report id.
    public required string AlreadyImported { get; init; }

    // {0}: provider, {1}: rows, {2}: encoding, {3}: separator.
    public required string ImportedTitle { get; init; }
    public required string CountAdded { get; init; }
    public required string CountAlready { get; init; }
    public required string CountRejected { get; init; }
    public required string ReportId { get; init; }
    public required string EgresadosNote { get; init; }

    public required string RejectionsTitle { get; init; }
    public required string RejectionsCaption { get; init; }
    public required string RejectionsTruncated { get; init; }
    public required string ColRow { get; init; }
    public required string ColCurp { get; init; }
    public required string ColExternalId { get; init; }
    public required string ColColumn { get; init; }
    public required string ColReason { get; init; }

    public static ConstanciasTexts Es { get; } = new()
    {
        IsEnglish = false,
        Nav = "Reportes de constancias",
        Title = "Reportes de constancias",
        Lead = "Importe el CSV de cursos terminados que envía un proveedor: cada fila válida acredita el curso con el reporte como evidencia, y los egresados se calculan enseguida.",
        FormTitle = "Importar un reporte",
        FormIntro = "Las filas con problemas se rechazan y se listan con su número de fila; las demás se importan. Todo ocurre en una sola transacción, y el mismo archivo dos veces no agrega nada.",
        FieldProvider = "Proveedor",
        FieldProviderHint = "Como lo nombra el catálogo de cursos: las claves de curso del archivo se buscan entre los cursos de este proveedor.",
        ChooseProvider = "Elija un proveedor",
        FieldFile = "Archivo CSV",
        FieldFileHint = "Hasta 32 MB. Si viene de Excel, guárdelo como «CSV UTF-8» o «CSV (delimitado por comas)».",
        Submit = "Importar reporte",
        NoProviders = "Aún no hay cursos en el catálogo: no hay proveedores de los que importar reportes.",
        Cli = "También desde la línea de comandos: semillero records import --provider PROVEEDOR ARCHIVO.csv --report rechazos.csv",
        FormatTitle = "Formato del archivo",
        FormatColumns = "Fila de encabezados con: curp (o correo), curso (la clave del proveedor), fecha, y opcionales calificacion e id_externo. También se aceptan email, course, date, score, external_id; no importan mayúsculas ni acentos.",
        FormatDates = "Fecha: aaaa-mm-dd (2026-11-05) o dd/mm/aaaa (05/11/2026). Nunca mes/día.",
        FormatScores = "Calificación: de 0 a 100 (85, 85,5, 85 %) o de 0 a 1 (0.85); un valor de hasta 1 se lee en escala 0–1.",
        FormatEncodings = "Codificación UTF-8 (con o sin BOM), UTF-16 o Windows-1252; separador coma, punto y coma o tabulador.",
        FormatRule = "El curso debe tener una regla de término vigente que acepte reportes del proveedor, y la calificación debe alcanzar la mínima de la regla.",
        ErrorProvider = "Elija el proveedor que envía el reporte.",
        ErrorFile = "Elija el archivo CSV del reporte.",
        ErrorTooLarge = "El archivo pesa más de {0} MB; divídalo en varios reportes.",
        NothingImported = "No se importó nada.",
        MissingColumns = "Faltan columnas obligatorias: {0}. Columnas encontradas: {1}.",
        UnknownProvider = "Ningún curso del catálogo es del proveedor «{0}». Proveedores: {1}.",
        AlreadyImported = "Este archivo ya se importó el {0} («{1}», reporte {2}); no se agregó nada.",
        ImportedTitle = "Reporte de {0} importado: {1} filas ({2}, separador «{3}»).",
        CountAdded = "Acreditados",
        CountAlready = "Ya acreditados",
        CountRejected = "Rechazados",
        ReportId = "Reporte",
        EgresadosNote = "Los egresados de las rutas se calculan en segundos a partir de los cursos acreditados.",
        RejectionsTitle = "Filas rechazadas",
        RejectionsCaption = "Filas rechazadas del reporte, con su número de fila (el encabezado es la fila 1) y el motivo.",
        RejectionsTruncated = "Se muestran los primeros 1,000 motivos.",
        ColRow = "Fila",
        ColCurp = "CURP",
        ColExternalId = "Id externo",
        ColColumn = "Columna",
        ColReason = "Motivo",
    };

    public static ConstanciasTexts En { get; } = new()
    {
        IsEnglish = true,
        Nav = "Completion reports",
        Title = "Completion reports",
        Lead = "Import the CSV of completed courses a provider sends: each valid row credits the course with the report as evidence, and graduates are worked out right after.",
        FormTitle = "Import a report",
        FormIntro = "Rows with problems are rejected and listed by row number; the others are imported. It all happens in one transaction, and the same file twice adds nothing.",
        FieldProvider = "Provider",
        FieldProviderHint = "As the course catalog names it: the file's course codes are looked up among this provider's courses.",
        ChooseProvider = "Choose a provider",
        FieldFile = "CSV file",
        FieldFileHint = "Up to 32 MB. From Excel, save it as «CSV UTF-8» or «CSV (comma delimited)».",
        Submit = "Import report",
        NoProviders = "There are no courses in the catalog yet: no provider to import reports from.",
        Cli = "Also from the command line: semillero records import --provider PROVIDER FILE.csv --report rejected.csv",
        FormatTitle = "File format",
        FormatColumns = "A header row with: curp (or correo/email), curso/course (the provider's code), fecha/date, and optional calificacion/score and id_externo/external_id; case and accents do not matter.",
        FormatDates = "Date: yyyy-mm-dd (2026-11-05) or dd/mm/yyyy (05/11/2026). Never month/day.",
        FormatScores = "Score: 0 to 100 (85, 85.5, 85 %) or 0 to 1 (0.85); a value up to 1 is read on the 0–1 scale.",
        FormatEncodings = "UTF-8 (with or without BOM), UTF-16 or Windows-1252; separated by commas, semicolons or tabs.",
        FormatRule = "The course needs a current completion rule that accepts the provider's reports, and the score must reach the rule's minimum.",
        ErrorProvider = "Choose the provider sending the report.",
        ErrorFile = "Choose the report's CSV file.",
        ErrorTooLarge = "The file is larger than {0} MB; split it into several reports.",
        NothingImported = "Nothing was imported.",
        MissingColumns = "Required columns are missing: {0}. Columns found: {1}.",
        UnknownProvider = "No course in the catalog is offered by «{0}». Providers: {1}.",
        AlreadyImported = "This file was already imported on {0} («{1}», report {2}); nothing was added.",
        ImportedTitle = "{0}'s report imported: {1} rows ({2}, separator «{3}»).",
        CountAdded = "Added",
        CountAlready = "Already completed",
        CountRejected = "Rejected",
        ReportId = "Report",
        EgresadosNote = "Path graduates are worked out within seconds from the credited courses.",
        RejectionsTitle = "Rejected rows",
        RejectionsCaption = "The report's rejected rows, with their row number (the header is row 1) and the reason.",
        RejectionsTruncated = "The first 1,000 reasons are shown.",
        ColRow = "Row",
        ColCurp = "CURP",
        ColExternalId = "External id",
        ColColumn = "Column",
        ColReason = "Reason",
    };
}
