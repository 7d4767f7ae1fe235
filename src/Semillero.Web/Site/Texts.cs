using System.Globalization;
using Semillero.Language;

namespace Semillero.Web.Site;

// Every string the site shows, in es-MX (the default) and English. One instance per language;
// `required` makes the compiler refuse a string missing in either. Pages read Texts.Current,
// chosen by the request's UI culture (query string, then the culture cookie, then Accept-Language).
// Keep HTML out of these values: the views add markup around them.
public sealed class Texts
{
    public static Texts Current => UiLanguage.IsEnglish ? En : Es;

    // Layout
    public required string Tagline { get; init; }
    public required string MetaDescription { get; init; }
    public required string SkipToContent { get; init; }
    public required string HomeLinkLabel { get; init; }
    public required string NavLabel { get; init; }
    public required string NavHome { get; init; }
    public required string NavStates { get; init; }
    public required string NavApi { get; init; }
    public required string LanguageLabel { get; init; }
    public required string TopbarNote { get; init; }

    // The button that opens the site's links and the account menu on phones.
    public required string MenuButton { get; init; }

    // The name of a list's page links (previous, next), distinct from the list's filters or tabs.
    public required string PagesLabel { get; init; }
    public required string FooterUnofficialTitle { get; init; }
    public required string FooterUnofficial { get; init; }
    public required string FooterSourcesTitle { get; init; }
    public required string FooterSources { get; init; }
    public required string FooterSmallCells { get; init; }
    public required string FooterDevelopersTitle { get; init; }
    public required string FooterApiReference { get; init; }
    public required string FooterApiInteractive { get; init; }
    public required string FooterOpenApi { get; init; }
    public required string FooterProgram { get; init; }

    // Landing page
    public required string HomeTitle { get; init; }
    public required string HeroEyebrow { get; init; }
    public required string HeroTitle { get; init; }
    public required string HeroLead { get; init; }
    public required string HeroOnce { get; init; }
    public required string HeroCtaStates { get; init; }
    public required string HeroCtaPartners { get; init; }
    public required string CountersTitle { get; init; }
    public required string CounterLearners { get; init; }
    public required string CounterLearnersNote { get; init; }
    public required string CounterStates { get; init; }

    // {0}: number of states with at least one learner; {1}: 32.
    public required string CounterStatesValue { get; init; }
    public required string CounterStatesNote { get; init; }
    public required string CounterUpdated { get; init; }
    public required string CounterUpdatedNote { get; init; }
    public required string TimeZoneMexico { get; init; }
    public required string TimeZoneUtc { get; init; }

    // .NET custom date format for the "last updated" time.
    public required string HowTitle { get; init; }
    public required string HowOnceTitle { get; init; }
    public required string HowOnce { get; init; }
    public required string HowFreeTitle { get; init; }
    public required string HowFree { get; init; }
    public required string HowBadgeTitle { get; init; }
    public required string HowBadge { get; init; }
    public required string StatesTitle { get; init; }
    public required string StatesIntro { get; init; }
    public required string StatesCaption { get; init; }
    public required string StatesColState { get; init; }
    public required string StatesColLearners { get; init; }
    public required string StatesColCoverage { get; init; }
    public required string StatesColCoverageUnit { get; init; }
    public required string StatesTotal { get; init; }
    public required string StatesWithheld { get; init; }
    public required string StatesSmallCellNote { get; init; }
    public required string StatesWithheldNote { get; init; }
    public required string StatesCensusNote { get; init; }
    public required string StatesScrollLabel { get; init; }
    public required string SmallCellSpoken { get; init; }
    public required string NotPublished { get; init; }
    public required string KeyPlaceholder { get; init; }
    public required string PartnersTitle { get; init; }
    public required string PartnersIntro { get; init; }
    public required string PartnersKeysTitle { get; init; }
    public required string PartnersKeys { get; init; }
    public required string PartnersAuthTitle { get; init; }
    public required string PartnersAuth { get; init; }
    public required string PartnersCsvTitle { get; init; }
    public required string PartnersCsv { get; init; }
    public required string PartnersCtaReference { get; init; }
    public required string PartnersCtaInteractive { get; init; }

    // API reference page
    public required string ApiTitle { get; init; }
    public required string ApiLead { get; init; }
    public required string ApiLinksLabel { get; init; }
    public required string ApiInteractive { get; init; }
    public required string ApiOpenApi { get; init; }
    public required string ApiTocLabel { get; init; }
    public required string ApiAuthTitle { get; init; }
    public required string ApiAuthIntro { get; init; }
    public required string ApiAuthCreate { get; init; }
    public required string ApiAuthSend { get; init; }
    public required string ApiAuthSecretOnce { get; init; }
    public required string ApiRolesTitle { get; init; }
    public required string ApiRoleOperador { get; init; }
    public required string ApiRoleAliado { get; init; }
    public required string ApiEndpointsTitle { get; init; }
    public required string ApiEndpointsCaption { get; init; }
    public required string ApiColEndpoint { get; init; }
    public required string ApiColWho { get; init; }
    public required string ApiColReturns { get; init; }
    public required string ApiPublic { get; init; }
    public required string ApiOperadorOnly { get; init; }
    public required string ApiOperadorAliado { get; init; }
    public required string ApiOperadorAliadoOwn { get; init; }
    public required string ApiEpRegister { get; init; }
    public required string ApiEpGet { get; init; }
    public required string ApiEpSearch { get; init; }
    public required string ApiEpImport { get; init; }
    public required string ApiEpImportGet { get; init; }
    public required string ApiEpKeys { get; init; }
    public required string ApiEpHealth { get; init; }
    public required string ApiEpDocs { get; init; }
    public required string ApiStatusTitle { get; init; }
    public required string ApiStatusIntro { get; init; }
    public required string ApiStatusCaption { get; init; }
    public required string ApiColStatus { get; init; }
    public required string ApiColMeaning { get; init; }
    public required string ApiStatus200 { get; init; }
    public required string ApiStatus201 { get; init; }
    public required string ApiStatus400 { get; init; }
    public required string ApiStatus401 { get; init; }
    public required string ApiStatus403 { get; init; }
    public required string ApiStatus404 { get; init; }
    public required string ApiStatus409 { get; init; }
    public required string ApiProblemExample { get; init; }
    public required string Example409Title { get; init; }
    public required string Example409Detail { get; init; }
    public required string ApiLanguageNote { get; init; }
    public required string ApiExamplesTitle { get; init; }
    public required string ApiExampleRegister { get; init; }
    public required string ApiExampleImport { get; init; }
    public required string ApiCsvTitle { get; init; }
    public required string ApiCsvIntro { get; init; }
    public required string ApiCsvColumnsCaption { get; init; }
    public required string ApiColColumn { get; init; }
    public required string ApiColRequired { get; init; }
    public required string ApiColAlsoAccepted { get; init; }
    public required string ApiColDescription { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }
    public required string ApiCsvCurp { get; init; }
    public required string ApiCsvNombre { get; init; }
    public required string ApiCsvPrimerApellido { get; init; }
    public required string ApiCsvSegundoApellido { get; init; }
    public required string ApiCsvCorreo { get; init; }
    public required string ApiCsvEntidad { get; init; }
    public required string ApiCsvSegmento { get; init; }
    public required string ApiCsvHeaderNote { get; init; }
    public required string ApiCsvExample { get; init; }
    public required string ApiCsvFileTitle { get; init; }
    public required string ApiCsvEncodings { get; init; }
    public required string ApiCsvEncodingUtf8 { get; init; }
    public required string ApiCsvEncoding1252 { get; init; }
    public required string ApiCsvEncodingUtf16 { get; init; }
    public required string ApiCsvSeparators { get; init; }
    public required string ApiCsvNotExcel { get; init; }

    // {0}: the upload limit in MB.
    public required string ApiCsvSize { get; init; }
    public required string ApiCsvBehaviourTitle { get; init; }
    public required string ApiCsvAtomic { get; init; }
    public required string ApiCsvIdempotent { get; init; }
    public required string ApiCsvDuplicates { get; init; }
    public required string ApiCsvUpdates { get; init; }
    public required string ApiCsvReportTitle { get; init; }
    public required string ApiCsvReport { get; init; }

    // {0}: the maximum number of problems listed in the response.
    public required string ApiCsvReportLimit { get; init; }
    public required string ApiCsvStatusesCaption { get; init; }
    public required string ApiCsvInserted { get; init; }
    public required string ApiCsvUpdated { get; init; }
    public required string ApiCsvUnchanged { get; init; }
    public required string ApiCsvDuplicate { get; init; }
    public required string ApiCsvRejected { get; init; }
    public required string ApiSegmentsTitle { get; init; }
    public required string ApiSegmentsCaption { get; init; }
    public required string ApiColValue { get; init; }
    public required string ApiColSummaryField { get; init; }
    public required string ApiColMeaningSegment { get; init; }
    public required string ApiStatesTitle { get; init; }
    public required string ApiStatesText { get; init; }

    // {0}: the maximum page size.
    public required string ApiSearchNote { get; init; }

    // Not found
    public required string NotFoundTitle { get; init; }
    public required string NotFoundText { get; init; }
    public required string NotFoundPath { get; init; }
    public required string NotFoundNext { get; init; }
    public required string BadRequestTitle { get; init; }
    public required string BadRequestText { get; init; }

    public static Texts Es { get; } = new()
    {
        Tagline = "Habilidades en nube e IA para todo México",
        MetaDescription = "Semillero: capacitación gratuita en nube, inteligencia artificial e innovación para personas, startups, pymes, inversionistas y academia de los 32 estados.",
        SkipToContent = "Saltar al contenido",
        HomeLinkLabel = "Semillero, página de inicio",
        NavLabel = "Principal",
        NavHome = "Inicio",
        NavStates = "Avance por estado",
        NavApi = "API",
        LanguageLabel = "Idioma",
        TopbarNote = "Programa nacional de habilidades en nube e inteligencia artificial",
        MenuButton = "Menú",
        PagesLabel = "Páginas de resultados",
        FooterUnofficialTitle = "Sobre las insignias",
        FooterUnofficial = "Reconocimiento no oficial: las insignias no constituyen certificación oficial.",
        FooterSourcesTitle = "Fuentes de datos",
        FooterSources = "Población por entidad: INEGI, Censo de Población y Vivienda 2020. Registro: Semillero, en vivo.",
        FooterSmallCells = "Para proteger la privacidad, las cifras públicas de menos de 5 personas se muestran como «<5», y una cifra que permitiría deducirlas, como «Reservado». Los ceros sí se publican.",
        FooterDevelopersTitle = "Para desarrolladores",
        FooterApiReference = "Referencia de la API",
        FooterApiInteractive = "Documentación interactiva",
        FooterOpenApi = "Documento OpenAPI",
        FooterProgram = "Programa nacional de habilidades en nube e inteligencia artificial de la Secretaría de Economía.",

        HomeTitle = "Inicio",
        HeroEyebrow = "Programa nacional de habilidades digitales",
        HeroTitle = "Aprenda nube e inteligencia artificial, sin costo, desde cualquier estado",
        HeroLead = "Semillero reúne la capacitación gratuita en nube, inteligencia artificial e innovación del programa nacional con la Secretaría de Economía, en las plataformas de distintos proveedores. Es para personas de todos los estados, startups, pymes, inversionistas y academia.",
        HeroOnce = "Semillero conoce a cada persona una sola vez, por su CURP: nuestras cifras cuentan personas, no inscripciones.",
        HeroCtaStates = "Ver avance por estado",
        HeroCtaPartners = "Para aliados y sistemas",
        CountersTitle = "El programa hoy",
        CounterLearners = "Personas registradas",
        CounterLearnersNote = "Una por CURP, en todo el país.",
        CounterStates = "Estados alcanzados",
        CounterStatesValue = "{0} de {1}",
        CounterStatesNote = "Entidades con al menos una persona registrada.",
        CounterUpdated = "Última actualización",
        CounterUpdatedNote = "Cifras en vivo, calculadas al abrir esta página.",
        TimeZoneMexico = "hora del centro de México",
        TimeZoneUtc = "UTC",
        HowTitle = "Cómo funciona",
        HowOnceTitle = "Una persona, un registro",
        HowOnce = "Su institución, su empleador o una oficina del programa le registra con su CURP. Si le registran dos veces, sigue contando como una sola persona.",
        HowFreeTitle = "Capacitación gratuita",
        HowFree = "Cursos de nube, inteligencia artificial e innovación en las plataformas de varios proveedores, a su ritmo y sin costo.",
        HowBadgeTitle = "Insignias, no certificados",
        HowBadge = "Al terminar recibe una insignia digital. Es un reconocimiento no oficial: no constituye certificación oficial.",
        StatesTitle = "Registro por estado",
        StatesIntro = "Personas registradas en cada entidad y cobertura por cada 100,000 habitantes, ordenadas de mayor a menor registro.",
        StatesCaption = "Personas registradas y cobertura por entidad federativa",
        StatesColState = "Estado",
        StatesColLearners = "Personas registradas",
        StatesColCoverage = "Cobertura",
        StatesColCoverageUnit = "por 100,000 hab.",
        StatesTotal = "Total nacional",
        StatesWithheld = "Reservado",
        StatesSmallCellNote = "«<5»: menos de 5 personas, incluso ninguna. Las cifras pequeñas no se publican para proteger la privacidad; esos estados aparecen al final, en orden alfabético, y sin cobertura.",
        StatesWithheldNote = "«Reservado»: cifra de 5 o más que se oculta porque solo un estado tiene menos de 5; así su cifra no puede deducirse restando del total.",
        StatesCensusNote = "Cobertura: personas registradas por cada 100,000 habitantes según el Censo de Población y Vivienda 2020 (INEGI). La barra es proporcional a la cobertura más alta.",
        StatesScrollLabel = "Tabla de registro por estado",
        SmallCellSpoken = "menos de 5",
        NotPublished = "no publicada",
        KeyPlaceholder = "ID.SECRETO",
        PartnersTitle = "Para aliados y sistemas",
        PartnersIntro = "Universidades, cámaras, empresas y oficinas estatales registran personas directamente desde sus sistemas con la API de Semillero, una a una o con un archivo CSV.",
        PartnersKeysTitle = "1. Pida una llave",
        PartnersKeys = "El equipo operador del programa crea una llave de API para su organización, con rol «aliado». El secreto se muestra una sola vez: guárdelo como una contraseña.",
        PartnersAuthTitle = "2. Identifíquese en cada solicitud",
        PartnersAuth = "Envíe la llave en el encabezado Authorization de cada solicitud:",
        PartnersCsvTitle = "3. Registre o importe",
        PartnersCsv = "Registre a una persona con JSON o suba un CSV con estas columnas (segundo_apellido y correo son opcionales):",
        PartnersCtaReference = "Leer la referencia de la API",
        PartnersCtaInteractive = "Probar la API interactiva",

        ApiTitle = "Referencia de la API",
        ApiLead = "La API de Semillero permite a operadores y aliados registrar personas por su CURP, consultarlas e importar archivos CSV. Habla JSON, usa llaves de API y responde los errores con problem+json (RFC 9457).",
        ApiLinksLabel = "Documentos de la API",
        ApiInteractive = "Documentación interactiva (Scalar)",
        ApiOpenApi = "Documento OpenAPI 3 (JSON)",
        ApiTocLabel = "En esta página",
        ApiAuthTitle = "Autenticación",
        ApiAuthIntro = "Cada solicitud a /api lleva una llave de API. Las llaves las crea el equipo operador con la línea de comandos de Semillero:",
        ApiAuthCreate = "La llave tiene la forma ID.SECRETO. Envíela en el encabezado Authorization:",
        ApiAuthSend = "Sin llave, o con una llave inválida o revocada, la respuesta es 401. Con una llave válida cuyo rol no alcanza, 403.",
        ApiAuthSecretOnce = "El secreto solo se muestra al crear la llave; Semillero guarda únicamente su huella (SHA-256). Si se pierde, se crea otra.",
        ApiRolesTitle = "Roles",
        ApiRoleOperador = "operador: el equipo del programa. Ve todo el registro y puede crear llaves.",
        ApiRoleAliado = "aliado: una organización aliada. Registra e importa personas, y solo ve a las personas que ella misma registró.",
        ApiEndpointsTitle = "Operaciones",
        ApiEndpointsCaption = "Operaciones de la API, quién puede usarlas y qué devuelven",
        ApiColEndpoint = "Método y ruta",
        ApiColWho = "Quién",
        ApiColReturns = "Qué devuelve",
        ApiPublic = "Pública",
        ApiOperadorOnly = "operador",
        ApiOperadorAliado = "operador, aliado",
        ApiOperadorAliadoOwn = "operador; aliado (solo lo suyo)",
        ApiEpRegister = "Registra a una persona (JSON con curp, nombre, primerApellido, segundoApellido, correo, entidad, segmento). 201 con Location y el registro; 400 con cada campo y su motivo; 409 si la CURP ya está registrada, con la ubicación del registro existente.",
        ApiEpGet = "Una persona por su id. 200 con el registro; 404 si no existe o no es visible para la llave.",
        ApiEpSearch = "Busca por CURP exacta y entidad, paginado: items, page, pageSize y total. 400 si la entidad no existe o la página está fuera de rango.",
        ApiEpImport = "Importa un CSV (multipart/form-data, campo «file»). 201 con el resumen y las filas con problemas (un aliado solo actualiza a quienes registró; las demás filas quedan como «ya_registrado_por_otro», sin cambios); 400 si falta el archivo, no se puede leer o faltan columnas obligatorias (no se importa nada).",
        ApiEpImportGet = "El resultado de una importación ya hecha: archivo, quién, cuándo y conteos. 404 si no existe o es de otro aliado.",
        ApiEpKeys = "Crea una llave (JSON con role y name). 201 con el token, que se muestra una sola vez; 400 si el rol o el nombre no son válidos.",
        ApiEpHealth = "Estado del servicio y de la base de datos.",
        ApiEpDocs = "Este contrato en formato OpenAPI y su documentación interactiva.",
        ApiStatusTitle = "Respuestas y errores",
        ApiStatusIntro = "Los errores llegan como application/problem+json (RFC 9457): title, status, detail, instance y traceId para soporte. Los de validación incluyen errors (motivos por campo) y reasons (cada motivo con su código, en español y en inglés).",
        ApiStatusCaption = "Códigos de estado que la API devuelve a propósito",
        ApiColStatus = "Código",
        ApiColMeaning = "Significado",
        ApiStatus200 = "Correcto: el cuerpo trae lo que pidió.",
        ApiStatus201 = "Creado: el encabezado Location apunta al recurso nuevo.",
        ApiStatus400 = "Datos no válidos: revise errors y reasons; nada se guardó.",
        ApiStatus401 = "Falta la llave de API o no es válida (incluye WWW-Authenticate: Bearer).",
        ApiStatus403 = "La llave es válida, pero su rol no permite la operación.",
        ApiStatus404 = "No existe, o su llave no puede verlo: un aliado no distingue los registros de otros de los inexistentes.",
        ApiStatus409 = "La CURP ya está registrada: Location y existingId señalan el registro existente. Cada persona se registra una sola vez. Si la registró otra institución o la propia persona, el 409 trae code «ya_registrado_por_otro» y ningún id.",
        ApiProblemExample = "Ejemplo: respuesta 409",
        Example409Title = "La CURP ya está registrada",
        Example409Detail = "Cada persona se registra una sola vez; el registro existente está en «location».",
        ApiLanguageNote = "Los mensajes siguen el idioma de la solicitud: español de México por omisión; inglés con Accept-Language: en o con ?culture=en.",
        ApiExamplesTitle = "Ejemplos",
        ApiExampleRegister = "Registrar a una persona",
        ApiExampleImport = "Importar un archivo",
        ApiCsvTitle = "Importación de CSV",
        ApiCsvIntro = "Suba el archivo como multipart/form-data en el campo «file». La primera fila es el encabezado; el orden de las columnas no importa y los nombres se comparan sin distinguir mayúsculas, acentos, espacios ni guiones.",
        ApiCsvColumnsCaption = "Columnas del archivo de importación",
        ApiColColumn = "Columna",
        ApiColRequired = "Obligatoria",
        ApiColAlsoAccepted = "También se acepta",
        ApiColDescription = "Contenido",
        Yes = "Sí",
        No = "No",
        ApiCsvCurp = "CURP de 18 caracteres; se verifica su formato y dígito verificador.",
        ApiCsvNombre = "Nombre o nombres, como en la CURP.",
        ApiCsvPrimerApellido = "Primer apellido.",
        ApiCsvSegundoApellido = "Segundo apellido, si lo hay.",
        ApiCsvCorreo = "Correo electrónico de contacto.",
        ApiCsvEntidad = "Estado de residencia (ver «Entidades»).",
        ApiCsvSegmento = "Uno de los segmentos del programa (ver «Segmentos»).",
        ApiCsvHeaderNote = "Ejemplo de archivo:",
        ApiCsvExample = "Ejemplo",
        ApiCsvFileTitle = "Formatos de archivo",
        ApiCsvEncodings = "Codificación, detectada automáticamente:",
        ApiCsvEncodingUtf8 = "UTF-8, con o sin BOM («CSV UTF-8» de Excel).",
        ApiCsvEncoding1252 = "Windows-1252 («CSV (delimitado por comas)» de Excel en Windows): acentos y ñ se leen bien.",
        ApiCsvEncodingUtf16 = "UTF-16 con BOM («Texto Unicode» de Excel).",
        ApiCsvSeparators = "Separador, detectado automáticamente: coma, punto y coma (Excel con configuración regional en español), tabulador o barra vertical.",
        ApiCsvNotExcel = "Un libro de Excel (.xlsx, .xls) o un PDF se rechaza con instrucciones para guardarlo como CSV.",
        ApiCsvSize = "Tamaño máximo: {0} MB por archivo.",
        ApiCsvBehaviourTitle = "Cómo se aplica",
        ApiCsvAtomic = "Todo o nada ante fallas: la importación corre en una sola transacción; si se interrumpe, no queda nada a medias.",
        ApiCsvIdempotent = "Repetible: subir el mismo archivo otra vez no cambia nada (las filas cuentan como unchanged).",
        ApiCsvDuplicates = "Si una CURP se repite dentro del archivo, se conserva la primera fila y las demás se reportan como duplicadas.",
        ApiCsvUpdates = "Si la persona ya estaba registrada, se actualizan correo, entidad y segmento; un correo vacío nunca borra el registrado.",
        ApiCsvReportTitle = "Reporte por fila",
        ApiCsvReport = "La respuesta trae el id de la importación, la codificación y el separador detectados, los conteos por resultado y la lista de filas con problemas: número de fila (como en Excel: el encabezado es la fila 1), CURP, columna y motivo en español y en inglés.",
        ApiCsvReportLimit = "Se listan hasta {0} filas con problemas; problemsTruncated indica si hubo más.",
        ApiCsvStatusesCaption = "Conteos del resumen: qué pasó con cada fila",
        ApiCsvInserted = "Persona nueva, registrada.",
        ApiCsvUpdated = "Ya registrada; cambiaron sus datos de contacto.",
        ApiCsvUnchanged = "Ya registrada con los mismos datos.",
        ApiCsvDuplicate = "La CURP ya apareció en una fila anterior del archivo.",
        ApiCsvRejected = "Algún campo no es válido; la fila no se guardó.",
        ApiSegmentsTitle = "Segmentos",
        ApiSegmentsCaption = "Valores aceptados en «segmento»",
        ApiColValue = "Valor",
        ApiColSummaryField = "Campo del resumen",
        ApiColMeaningSegment = "Quién",
        ApiStatesTitle = "Entidades",
        ApiStatesText = "«entidad» acepta la clave INEGI (9 o 09), el nombre oficial o corto con o sin acentos (Ciudad de México, Veracruz), la abreviatura (Jal.), la clave ISO 3166-2 (MX-JAL) o la clave de la CURP (JC).",
        ApiSearchNote = "Búsqueda: page empieza en 1; pageSize va de 1 a {0} (50 por omisión).",

        NotFoundTitle = "No encontramos esta página",
        NotFoundText = "Puede que la dirección tenga un error o que la página ya no exista.",
        NotFoundPath = "Dirección solicitada:",
        NotFoundNext = "Puede seguir por aquí:",
        BadRequestTitle = "No pudimos procesar la solicitud",
        BadRequestText = "El formulario pudo haber caducado o llegó incompleto. Vuelva a la página, recárguela e inténtelo de nuevo.",
    };

    public static Texts En { get; } = new()
    {
        Tagline = "Cloud and AI skills for all of Mexico",
        MetaDescription = "Semillero: free training in cloud, artificial intelligence and innovation for people, startups, SMEs, investors and academia in all 32 Mexican states.",
        SkipToContent = "Skip to content",
        HomeLinkLabel = "Semillero, home page",
        NavLabel = "Main",
        NavHome = "Home",
        NavStates = "Progress by state",
        NavApi = "API",
        LanguageLabel = "Language",
        TopbarNote = "National cloud and artificial intelligence skilling program",
        MenuButton = "Menu",
        PagesLabel = "Result pages",
        FooterUnofficialTitle = "About badges",
        FooterUnofficial = "Non-official recognition: badges do not constitute official certification.",
        FooterSourcesTitle = "Data sources",
        FooterSources = "Population by state: INEGI, 2020 Population and Housing Census. Registry: Semillero, live.",
        FooterSmallCells = "To protect privacy, public figures of fewer than 5 people are shown as \"<5\", and a figure that would let them be worked out, as \"Withheld\". Zeros are published.",
        FooterDevelopersTitle = "For developers",
        FooterApiReference = "API reference",
        FooterApiInteractive = "Interactive documentation",
        FooterOpenApi = "OpenAPI document",
        FooterProgram = "National cloud and artificial intelligence skilling program of Mexico's Ministry of Economy (Secretaría de Economía).",

        HomeTitle = "Home",
        HeroEyebrow = "National digital skills program",
        HeroTitle = "Learn cloud and artificial intelligence, free, from any state",
        HeroLead = "Semillero brings together the national program's free training in cloud, artificial intelligence and innovation with Mexico's Ministry of Economy, on several providers' platforms. It is for people in every state, startups, SMEs, investors and academia.",
        HeroOnce = "Semillero knows each person once, by their CURP: our figures count people, not enrollments.",
        HeroCtaStates = "See progress by state",
        HeroCtaPartners = "For partners and systems",
        CountersTitle = "The program today",
        CounterLearners = "People registered",
        CounterLearnersNote = "One per CURP, nationwide.",
        CounterStates = "States reached",
        CounterStatesValue = "{0} of {1}",
        CounterStatesNote = "States with at least one person registered.",
        CounterUpdated = "Last updated",
        CounterUpdatedNote = "Live figures, computed when this page opened.",
        TimeZoneMexico = "Mexico City time",
        TimeZoneUtc = "UTC",
        HowTitle = "How it works",
        HowOnceTitle = "One person, one record",
        HowOnce = "Your school, your employer or a program office registers you with your CURP. Registered twice, you still count as one person.",
        HowFreeTitle = "Free training",
        HowFree = "Courses in cloud, artificial intelligence and innovation on several providers' platforms, at your own pace and free of charge.",
        HowBadgeTitle = "Badges, not certificates",
        HowBadge = "When you finish you receive a digital badge. It is a non-official recognition: it does not constitute official certification.",
        StatesTitle = "Registration by state",
        StatesIntro = "People registered in each state and coverage per 100,000 inhabitants, sorted from most to fewest registered.",
        StatesCaption = "People registered and coverage by state",
        StatesColState = "State",
        StatesColLearners = "People registered",
        StatesColCoverage = "Coverage",
        StatesColCoverageUnit = "per 100,000 inhabitants",
        StatesTotal = "National total",
        StatesWithheld = "Withheld",
        StatesSmallCellNote = "\"<5\": fewer than 5 people, possibly none. Small figures are not published, to protect privacy; those states are listed last, alphabetically, without coverage.",
        StatesWithheldNote = "\"Withheld\": a figure of 5 or more, hidden because only one state has fewer than 5, so that figure cannot be worked out by subtracting from the total.",
        StatesCensusNote = "Coverage: people registered per 100,000 inhabitants according to the 2020 Population and Housing Census (INEGI). Bars are proportional to the highest coverage.",
        StatesScrollLabel = "Registration by state table",
        SmallCellSpoken = "fewer than 5",
        NotPublished = "not published",
        KeyPlaceholder = "ID.SECRET",
        PartnersTitle = "For partners and systems",
        PartnersIntro = "Universities, chambers of commerce, companies and state offices register people straight from their systems with the Semillero API, one at a time or with a CSV file.",
        PartnersKeysTitle = "1. Ask for a key",
        PartnersKeys = "The program's operations team creates an API key for your organization, with the \"aliado\" (partner) role. The secret is shown only once: keep it like a password.",
        PartnersAuthTitle = "2. Identify yourself on every request",
        PartnersAuth = "Send the key in the Authorization header of each request:",
        PartnersCsvTitle = "3. Register or import",
        PartnersCsv = "Register one person with JSON or upload a CSV with these columns (segundo_apellido and correo are optional):",
        PartnersCtaReference = "Read the API reference",
        PartnersCtaInteractive = "Try the interactive API",

        ApiTitle = "API reference",
        ApiLead = "The Semillero API lets operators and partners register people by their CURP, look them up and import CSV files. It speaks JSON, uses API keys and reports errors as problem+json (RFC 9457).",
        ApiLinksLabel = "API documents",
        ApiInteractive = "Interactive documentation (Scalar)",
        ApiOpenApi = "OpenAPI 3 document (JSON)",
        ApiTocLabel = "On this page",
        ApiAuthTitle = "Authentication",
        ApiAuthIntro = "Every request to /api carries an API key. Keys are created by the operations team with the Semillero command line:",
        ApiAuthCreate = "A key looks like ID.SECRET. Send it in the Authorization header:",
        ApiAuthSend = "Without a key, or with an invalid or revoked key, the response is 401. With a valid key whose role is not enough, 403.",
        ApiAuthSecretOnce = "The secret is shown only when the key is created; Semillero keeps only its fingerprint (SHA-256). If it is lost, make a new one.",
        ApiRolesTitle = "Roles",
        ApiRoleOperador = "operador (operator): the program team. Sees the whole registry and can create keys.",
        ApiRoleAliado = "aliado (partner): a partner organization. Registers and imports people, and sees only the people it registered itself.",
        ApiEndpointsTitle = "Operations",
        ApiEndpointsCaption = "API operations, who may use them and what they return",
        ApiColEndpoint = "Method and path",
        ApiColWho = "Who",
        ApiColReturns = "What it returns",
        ApiPublic = "Public",
        ApiOperadorOnly = "operador",
        ApiOperadorAliado = "operador, aliado",
        ApiOperadorAliadoOwn = "operador; aliado (own records only)",
        ApiEpRegister = "Registers one person (JSON with curp, nombre, primerApellido, segundoApellido, correo, entidad, segmento). 201 with Location and the record; 400 with each field and its reason; 409 if the CURP is already registered, with the existing record's location.",
        ApiEpGet = "One person by id. 200 with the record; 404 if it does not exist or the key cannot see it.",
        ApiEpSearch = "Searches by exact CURP and state, paged: items, page, pageSize and total. 400 if the state is unknown or the page is out of range.",
        ApiEpImport = "Imports a CSV (multipart/form-data, field \"file\"). 201 with the summary and the rows with problems (a partner updates only the people it registered; other rows come back as \"ya_registrado_por_otro\", unchanged); 400 if the file is missing, unreadable or lacks required columns (nothing is imported).",
        ApiEpImportGet = "The result of a finished import: file, who, when and counts. 404 if it does not exist or belongs to another partner.",
        ApiEpKeys = "Creates a key (JSON with role and name). 201 with the token, shown only once; 400 if the role or name is invalid.",
        ApiEpHealth = "Health of the service and its database.",
        ApiEpDocs = "This contract as an OpenAPI document and its interactive documentation.",
        ApiStatusTitle = "Responses and errors",
        ApiStatusIntro = "Errors arrive as application/problem+json (RFC 9457): title, status, detail, instance and a traceId for support. Validation errors add errors (reasons by field) and reasons (each reason with its code, in Spanish and English).",
        ApiStatusCaption = "Status codes the API returns on purpose",
        ApiColStatus = "Code",
        ApiColMeaning = "Meaning",
        ApiStatus200 = "OK: the body holds what you asked for.",
        ApiStatus201 = "Created: the Location header points to the new resource.",
        ApiStatus400 = "Invalid data: check errors and reasons; nothing was saved.",
        ApiStatus401 = "The API key is missing or invalid (with WWW-Authenticate: Bearer).",
        ApiStatus403 = "The key is valid, but its role does not allow the operation.",
        ApiStatus404 = "Not there, or your key cannot see it: a partner cannot tell other partners' records from missing ones.",
        ApiStatus409 = "The CURP is already registered: Location and existingId point to the existing record. Each person is registered once. If another institution or the person themself registered them, the 409 carries code «ya_registrado_por_otro» and no id.",
        ApiProblemExample = "Example: a 409 response",
        Example409Title = "The CURP is already registered",
        Example409Detail = "Each person is registered once; the existing record is at «location».",
        ApiLanguageNote = "Messages follow the request's language: Mexican Spanish by default; English with Accept-Language: en or ?culture=en.",
        ApiExamplesTitle = "Examples",
        ApiExampleRegister = "Register one person",
        ApiExampleImport = "Import a file",
        ApiCsvTitle = "CSV import",
        ApiCsvIntro = "Upload the file as multipart/form-data in the \"file\" field. The first row is the header; column order does not matter and names are compared ignoring case, accents, spaces and hyphens.",
        ApiCsvColumnsCaption = "Columns of the import file",
        ApiColColumn = "Column",
        ApiColRequired = "Required",
        ApiColAlsoAccepted = "Also accepted",
        ApiColDescription = "Content",
        Yes = "Yes",
        No = "No",
        ApiCsvCurp = "18-character CURP; its format and check digit are verified.",
        ApiCsvNombre = "Given name(s), as in the CURP.",
        ApiCsvPrimerApellido = "First surname.",
        ApiCsvSegundoApellido = "Second surname, if any.",
        ApiCsvCorreo = "Contact email address.",
        ApiCsvEntidad = "State of residence (see \"States\").",
        ApiCsvSegmento = "One of the program's segments (see \"Segments\").",
        ApiCsvHeaderNote = "Example file:",
        ApiCsvExample = "Example",
        ApiCsvFileTitle = "File formats",
        ApiCsvEncodings = "Encoding, detected automatically:",
        ApiCsvEncodingUtf8 = "UTF-8, with or without BOM (Excel's \"CSV UTF-8\").",
        ApiCsvEncoding1252 = "Windows-1252 (Excel's \"CSV (comma delimited)\" on Windows): accents and ñ are read correctly.",
        ApiCsvEncodingUtf16 = "UTF-16 with BOM (Excel's \"Unicode Text\").",
        ApiCsvSeparators = "Separator, detected automatically: comma, semicolon (Excel with Spanish regional settings), tab or pipe.",
        ApiCsvNotExcel = "An Excel workbook (.xlsx, .xls) or a PDF is rejected with instructions to save it as CSV.",
        ApiCsvSize = "Maximum size: {0} MB per file.",
        ApiCsvBehaviourTitle = "How it is applied",
        ApiCsvAtomic = "All or nothing on failure: the import runs in a single transaction; if it is interrupted, nothing is left half done.",
        ApiCsvIdempotent = "Repeatable: uploading the same file again changes nothing (rows count as unchanged).",
        ApiCsvDuplicates = "If a CURP repeats within the file, the first row is kept and the others are reported as duplicates.",
        ApiCsvUpdates = "If the person was already registered, email, state and segment are updated; an empty email never erases the one on record.",
        ApiCsvReportTitle = "Per-row report",
        ApiCsvReport = "The response holds the import's id, the encoding and separator detected, the counts per result and the list of rows with problems: row number (as in Excel: the header is row 1), CURP, column and reason in Spanish and English.",
        ApiCsvReportLimit = "Up to {0} rows with problems are listed; problemsTruncated says whether there were more.",
        ApiCsvStatusesCaption = "Summary counts: what happened to each row",
        ApiCsvInserted = "New person, registered.",
        ApiCsvUpdated = "Already registered; contact details changed.",
        ApiCsvUnchanged = "Already registered with the same details.",
        ApiCsvDuplicate = "The CURP already appeared in an earlier row of the file.",
        ApiCsvRejected = "Some field is invalid; the row was not saved.",
        ApiSegmentsTitle = "Segments",
        ApiSegmentsCaption = "Values accepted in \"segmento\"",
        ApiColValue = "Value",
        ApiColSummaryField = "Summary field",
        ApiColMeaningSegment = "Who",
        ApiStatesTitle = "States",
        ApiStatesText = "\"entidad\" accepts the INEGI code (9 or 09), the official or short name with or without accents (Ciudad de México, Veracruz), the abbreviation (Jal.), the ISO 3166-2 code (MX-JAL) or the CURP code (JC).",
        ApiSearchNote = "Search: page starts at 1; pageSize ranges from 1 to {0} (50 by default).",

        NotFoundTitle = "We couldn't find this page",
        NotFoundText = "The address may have a typo, or the page may no longer exist.",
        NotFoundPath = "Address requested:",
        NotFoundNext = "You can continue here:",
        BadRequestTitle = "We couldn't process this request",
        BadRequestText = "The form may have expired or arrived incomplete. Go back to the page, reload it and try again.",
    };

    public static string Format(string format, params object[] args) =>
        string.Format(CultureInfo.CurrentCulture, format, args);

    public static string Number(int n) => n.ToString("N0", CultureInfo.CurrentCulture);

    // Coverage per 100,000: one decimal, two below 10 so early, small figures still differ.
    public static string Coverage(double per100k) => Number(per100k, per100k < 10 ? 2 : 1);

    public static string Number(double n, int decimals) => n.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.CurrentCulture);
}
