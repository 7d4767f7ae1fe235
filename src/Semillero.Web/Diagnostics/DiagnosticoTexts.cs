using System.Globalization;
using Semillero.Calendar;
using Semillero.Companies;
using Semillero.Diagnostics;
using Semillero.Language;

namespace Semillero.Web.Diagnostics;

// The words of the diagnostic's pages (the company's hub, the questionnaire, a colleague's link,
// the result and the method), Spanish first and English, side by side
// (docs/adr/0010-typed-texts-in-both-languages.md).
public sealed class DiagnosticoTexts
{
    private DiagnosticoTexts(bool english) => English = english;

    public static DiagnosticoTexts Current => UiLanguage.IsEnglish ? En : Es;

    public static DiagnosticoTexts Es { get; } = new(false);

    public static DiagnosticoTexts En { get; } = new(true);

    public bool English { get; }

    private string P(string es, string en) => English ? en : es;

    public static string Format(string format, params object?[] args) => string.Format(CultureInfo.CurrentCulture, format, args);

    public string Day(DateTime at) => Dates.Written(at);

    public static string Number(decimal value) => value.ToString(value == decimal.Truncate(value) ? "N0" : "N1", CultureInfo.CurrentCulture);

    // T0, T1 … : the company's assessments in submission order.
    public static string Sequence(int? sequence) => sequence is { } s ? "T" + s.ToString(CultureInfo.InvariantCulture) : "—";

    // Hub
    public string Eyebrow => P("Diagnóstico de madurez en IA", "AI-maturity diagnostic");
    public string HubTitle => P("Diagnóstico de su empresa", "Your company's diagnostic");
    public string HubLead => P("Mida dónde está su empresa en datos, nube e inteligencia artificial, reciba las rutas de formación que cierran sus brechas y vuelva a medir cuando su personal se haya formado.",
        "Measure where your company stands in data, cloud and artificial intelligence, get the training paths that close its gaps, and measure again once your staff has trained.");
    public string HowTitle => P("Cómo funciona", "How it works");
    public string How1(int questions, int minutes) => Format(P("{0} preguntas de opción múltiple en 7 dimensiones, unos {1} minutos. Cada opción describe una situación concreta: elija la que describe a su empresa hoy.",
        "{0} multiple-choice questions in 7 dimensions, about {1} minutes. Each option describes a concrete situation: choose the one that describes your company today."), questions, minutes);
    public string How2 => P("Sus respuestas se guardan al pasar de una dimensión a otra; puede dejarlo y volver después, y cambiar cualquier respuesta hasta enviarlo.",
        "Your answers are saved as you move from one dimension to the next; you can leave and come back later, and change any answer until you submit.");
    public string How3(int colleagues) => Format(P("Puede invitar hasta {0} colegas a responder por su cuenta. El resultado toma la mediana de las respuestas de cada pregunta y muestra qué tanto difieren.",
        "You can invite up to {0} colleagues to answer on their own. The result takes the median of each question's answers and shows how far they differ."), colleagues);
    public string How4 => P("Es un autodiagnóstico: lo responden personas de su empresa. Una vez enviado no cambia; para medir su avance, empiece otro cuando quiera (T1, T2…).",
        "It is a self-assessment: people from your company answer it. Once submitted it does not change; to measure your progress, start another whenever you like (T1, T2…).");
    public string MethodLink => P("Cómo se calcula el resultado", "How the result is computed");
    public string Start => P("Empezar el diagnóstico", "Start the diagnostic");
    public string StartAgain => P("Volver a medir", "Measure again");
    public string Continue => P("Continuar el diagnóstico", "Continue the diagnostic");
    public string OpenTitle => P("Diagnóstico en curso", "Diagnostic in progress");
    public string OpenProgress(int answered, int total, DateTime started) => Format(P("Lleva {0} de {1} preguntas respondidas; lo empezó el {2}.", "{0} of {1} questions answered; started on {2}."), answered, total, Dates.Written(started));
    public string HistoryTitle => P("Sus diagnósticos", "Your diagnostics");
    public string NoHistory => P("Aún no ha enviado ningún diagnóstico.", "You have not submitted a diagnostic yet.");
    public string ColWhen => P("Enviado", "Submitted");
    public string ColWho => P("Quién lo aplicó", "Run by");
    public string ColScore => P("Puntaje", "Score");
    public string ColLevel => P("Nivel", "Level");
    public string ColDefinition => P("Qué significa", "What it means");
    public string ColAdvanced => P("Uso avanzado de IA", "Advanced AI use");
    public string SeeResult => P("Ver resultado", "See result");
    public string LastResult(string sequence, int overall, int level) => Format(P("Su último resultado, {0}: {1} de 100, nivel {2}.", "Your latest result, {0}: {1} out of 100, level {2}."), sequence, overall, level);
    public string AgainHint => P("Vuelva a medir cuando su personal haya tomado las rutas recomendadas: el resultado mostrará el cambio por dimensión desde T0.",
        "Measure again once your staff has taken the recommended paths: the result will show the change by dimension since T0.");
    public string FirstHint => P("Reserve unos 15 minutos; puede pausar y continuar después.", "Set aside about 15 minutes; you can pause and continue later.");
    public string Yes => P("Sí", "Yes");
    public string No => P("No", "No");
    public string NoCompany => P("Su cuenta no está ligada a una empresa. Registre su empresa para usar el diagnóstico.", "Your account is not linked to a company. Register your company to use the diagnostic.");
    public string RegisterCompany => P("Registrar mi empresa", "Register my company");
    public string NotVerified => P("El diagnóstico se abre cuando el equipo del programa verifique los datos de su empresa.", "The diagnostic opens once the program team verifies your company's data.");
    public string Mode(AssessmentMode mode, string? organization) => mode == AssessmentMode.Acompanado
        ? Format(P("Acompañado por {0}", "Run with {0}"), organization ?? "—")
        : P("Autodiagnóstico", "Self-assessment");
    public string InProgress => P("En curso", "In progress");

    // Questionnaire
    public string QuestionnaireTitle => P("Cuestionario", "Questionnaire");
    public string StepsLabel => P("Dimensiones del diagnóstico", "Diagnostic dimensions");
    public string StepAnswered(int answered, int total) => Format(P("{0} de {1}", "{0} of {1}"), answered, total);
    public string ReviewStep => P("Revisar y enviar", "Review and submit");
    public string DimensionOf(int n, int total) => Format(P("Dimensión {0} de {1}", "Dimension {0} of {1}"), n, total);
    public string NotYet => P("Todavía no sé / dejar sin respuesta", "Not sure yet / leave unanswered");
    public string SaveNext => P("Guardar y seguir", "Save and continue");
    public string Save => P("Guardar", "Save");
    public string Saved => P("Respuestas guardadas.", "Answers saved.");
    public string Previous => P("Dimensión anterior", "Previous dimension");
    public string ErrorSummaryTitle => P("No se guardaron las respuestas", "The answers were not saved");
    public string ReviewTitle => P("Revisar y enviar", "Review and submit");
    public string ReviewLead => P("Así quedaría el resultado con las respuestas de hoy. Cuando todas las preguntas tengan al menos una respuesta podrá enviarlo.",
        "This is how the result would look with today's answers. Once every question has at least one answer you can submit it.");
    public string Incomplete => P("Incompleta", "Incomplete");
    public string UnansweredTitle(int n) => n == 1 ? P("Falta 1 pregunta por responder", "1 question is still unanswered") : Format(P("Faltan {0} preguntas por responder", "{0} questions are still unanswered"), n);
    public string AllAnswered => P("Todas las preguntas tienen respuesta.", "Every question has an answer.");
    public string LiveOverall(int overall, string level) => Format(P("Puntaje general: {0} de 100, nivel {1}.", "Overall score: {0} out of 100, level {1}."), overall, level);
    public string ColleaguesTitle => P("Colegas que responden", "Colleagues answering");
    public string ColleaguesLead(int max) => Format(P("Invite hasta {0} personas de su empresa que conozcan su operación. Cada una recibe un enlace personal por correo y responde por su cuenta; nadie ve las respuestas de otra persona.",
        "Invite up to {0} people from your company who know how it runs. Each receives a personal link by email and answers on their own; nobody sees anyone else's answers."), max);
    public string You => P("Usted (quien dirige el diagnóstico)", "You (leading the diagnostic)");
    public string AnsweredCount(int n, int total) => Format(P("{0} de {1} respondidas", "{0} of {1} answered"), n, total);
    public string InvitedOn(DateTime at) => Format(P("invitada el {0}", "invited on {0}"), Dates.Written(at));
    public string Withdrawn => P("Invitación retirada", "Invitation withdrawn");
    public string Withdraw => P("Retirar invitación", "Withdraw invitation");
    public string InviteLabel => P("Correo del colega", "Colleague's email");
    public string InviteHint => P("Le llegará un enlace que vence en 60 días o cuando envíe el diagnóstico.", "They get a link that expires in 60 days or when you submit the diagnostic.");
    public string Invite => P("Invitar", "Invite");
    public string Invited => P("Invitación enviada.", "Invitation sent.");
    public string WithdrawnDone => P("Invitación retirada: sus respuestas ya no cuentan.", "Invitation withdrawn: their answers no longer count.");
    public string SubmitTitle => P("Enviar el diagnóstico", "Submit the diagnostic");
    public string SubmitWarning => P("Al enviarlo, el resultado queda fijo y nadie puede cambiar respuestas. Para medir de nuevo más adelante, empiece otro diagnóstico.",
        "Once submitted, the result is fixed and nobody can change answers. To measure again later, start another diagnostic.");
    public string Submit => P("Enviar y ver el resultado", "Submit and see the result");
    public string SubmitIncomplete => P("No se envió: faltan respuestas.", "Not submitted: answers are missing.");

    // Colleague
    public string ColleagueTitle(string company) => Format(P("Diagnóstico de IA de {0}", "{0}'s AI diagnostic"), company);
    public string ColleagueLead => P("Le invitaron a dar su punto de vista. Responda según lo que usted ve en la empresa; sus respuestas se combinan con las de sus colegas (la mediana de cada pregunta) y nadie ve las suyas por separado.",
        "You were invited to give your view. Answer from what you see in the company; your answers are combined with your colleagues' (the median of each question) and nobody sees yours separately.");
    public string ColleagueDone => P("Gracias: sus respuestas quedaron guardadas", "Thank you: your answers are saved");
    public string ColleagueDoneText(int answered, int total) => Format(P("Respondió {0} de {1} preguntas. Puede volver con el mismo enlace y cambiarlas mientras la empresa no envíe el diagnóstico.",
        "You answered {0} of {1} questions. You can come back with the same link and change them until the company submits the diagnostic."), answered, total);
    public string ColleagueFinish => P("Terminar", "Finish");
    public string LinkInvalidTitle => P("Este enlace no abre un diagnóstico", "This link does not open a diagnostic");
    public string LinkInvalid => P("El enlace no es válido o ya venció. Pida a la empresa que le invite de nuevo.", "The link is not valid or has expired. Ask the company to invite you again.");
    public string ClosedTitle => P("El diagnóstico ya se cerró", "The diagnostic is closed");
    public string Closed => P("La empresa ya envió este diagnóstico o retiró su invitación; sus respuestas ya no pueden cambiar. Gracias por su tiempo.",
        "The company has submitted this diagnostic or withdrawn your invitation; your answers can no longer change. Thank you for your time.");

    // Result
    public string ResultTitle(int? sequence) => Format(P("Resultado del diagnóstico {0}", "Diagnostic result {0}"), Sequence(sequence));
    public string ResultMeta(DateTime submitted, int version, int respondents) => Format(P("Enviado el {0} · banco de preguntas versión {1} · respondieron {2} persona(s)",
        "Submitted on {0} · question bank version {1} · {2} respondent(s)"), Dates.Written(submitted), version, respondents);
    public string OverallLabel => P("Puntaje general", "Overall score");
    public string OutOf100 => P("de 100", "out of 100");
    public string LevelLabel(int level, string name) => Format(P("Nivel {0}: {1}", "Level {0}: {1}"), level, name);
    public string AdvancedYes => P("Su empresa hace uso avanzado de IA.", "Your company is at advanced AI use.");
    public string AdvancedNo => P("Su empresa aún no está en uso avanzado de IA.", "Your company is not yet at advanced AI use.");
    public string RadarTitle => P("Puntaje por dimensión", "Score by dimension");
    public string RadarDescription(string list) => Format(P("Gráfica de radar de las 7 dimensiones, de 0 a 100: {0}. La tabla siguiente da los mismos números.",
        "Radar chart of the 7 dimensions, 0 to 100: {0}. The table below gives the same numbers."), list);
    public string LegendCurrent(int? sequence) => Format(P("Este diagnóstico ({0})", "This diagnostic ({0})"), Sequence(sequence));
    public string LegendT0 => P("T0 (primer diagnóstico)", "T0 (first diagnostic)");
    public string LegendPeers => P("Empresas similares (mediana)", "Similar companies (median)");
    public string ColDimension => P("Dimensión", "Dimension");
    public string ColT0 => P("T0", "T0");
    public string ColChange => P("Cambio", "Change");
    public string ColPeers => P("Pares (mediana)", "Peers (median)");
    public string ColSpread => P("Rango entre personas", "Range across respondents");
    public string TableCaption => P("Puntajes de 0 a 100 por dimensión", "Scores 0 to 100 by dimension");
    public string WeakestTitle => P("Dónde empezar: sus 3 dimensiones más bajas", "Where to start: your 3 lowest dimensions");
    public string WeakestLead => P("Para cada una, las rutas del catálogo que enseñan las habilidades que la cierran. Son gratuitas y terminan en una insignia verificable.",
        "For each, the catalog paths that teach the skills that close it. They are free and end in a verifiable badge.");
    public string NoPaths => P("Aún no hay rutas publicadas para esta dimensión.", "There are no published paths for this dimension yet.");
    public string SkillsMatched(int n) => n == 1 ? P("1 habilidad de la dimensión", "1 skill of the dimension") : Format(P("{0} habilidades de la dimensión", "{0} skills of the dimension"), n);
    public string PeersTitle => P("Frente a empresas similares", "Compared with similar companies");
    public string PeersShown(int n, string band, string sector) => Format(P("Comparado con {0} empresas de tamaño {1} del sector {2} que respondieron la misma versión (su diagnóstico más reciente). La columna «Pares» muestra su mediana.",
        "Compared with {0} {1} companies in sector {2} that answered the same version (their latest diagnostic). The \"Peers\" column shows their median."), n, band, sector);
    public string PeersHidden(string band, string sector) => Format(P("Todavía no se muestra: hay menos de 5 empresas de tamaño {0} del sector {1} con un diagnóstico de esta versión, y con menos se podría reconocer a alguna.",
        "Not shown yet: fewer than 5 {0} companies in sector {1} have a diagnostic of this version, and with fewer one of them could be recognised."), band, sector);
    public string ChangeTitle => P("Cambio desde su primer diagnóstico", "Change since your first diagnostic");
    public string ChangeLine(int t0Overall, int overall, DateTime t0At) => Format(P("Puntaje general: {0} en T0 ({2}) → {1} hoy.", "Overall score: {0} at T0 ({2}) → {1} now."), t0Overall, overall, Dates.Written(t0At));
    public string NoChange => P("Este es su primer diagnóstico con esta versión del banco de preguntas: el cambio se mostrará cuando vuelva a medir.",
        "This is your first diagnostic with this version of the question bank: the change will show when you measure again.");
    public string Pdf => P("Descargar el resultado en PDF", "Download the result as PDF");
    public string TrainTitle => P("Invite a su personal a formarse", "Invite your staff to train");
    public string TrainLead => P("Elija una ruta o una convocatoria y escriba los correos de las personas (uno por línea, hasta 50). Cada una recibe un correo con el enlace para registrarse e inscribirse; usted verá cuántas se registraron, se inscribieron y egresaron, no quiénes.",
        "Choose a path or a cohort and enter the people's addresses (one per line, up to 50). Each gets an email with the link to register and enrol; you will see how many registered, enrolled and graduated, not who.");
    public string TrainTarget => P("Ruta o convocatoria", "Path or cohort");
    public string TrainTargetPlaceholder => P("Elija una", "Choose one");
    public string TrainRecommended => P("Rutas recomendadas", "Recommended paths");
    public string TrainOtherPaths => P("Otras rutas del catálogo", "Other catalog paths");
    public string TrainCohorts => P("Convocatorias abiertas de las rutas recomendadas", "Open cohorts of the recommended paths");
    public string TrainEmails => P("Correos de su personal", "Your staff's addresses");
    public string TrainSend => P("Enviar invitaciones", "Send invitations");
    public string TrainSent(int sent, int already) => already == 0
        ? Format(P("Se enviaron {0} invitaciones.", "{0} invitations were sent."), sent)
        : Format(P("Se enviaron {0} invitaciones; {1} persona(s) ya estaban invitadas a lo mismo.", "{0} invitations were sent; {1} person(s) were already invited to the same."), sent, already);
    public string FunnelTitle => P("Qué pasó con sus invitaciones", "What became of your invitations");
    public string FunnelInvited => P("Invitadas", "Invited");
    public string FunnelRegistered => P("Registradas", "Registered");
    public string FunnelEnrolled => P("Inscritas", "Enrolled");
    public string FunnelGraduated => P("Egresadas", "Graduated");
    public string FunnelCaption => P("Personas invitadas por ruta o convocatoria", "People invited by path or cohort");
    public string BackToHub => P("Volver a sus diagnósticos", "Back to your diagnostics");
    public string ErrorTrainTitle => P("No se enviaron las invitaciones", "The invitations were not sent");

    public string Band(SizeBand band) => band switch
    {
        SizeBand.Micro => P("micro", "micro"),
        SizeBand.Pequena => P("pequeña", "small"),
        SizeBand.Mediana => P("mediana", "medium"),
        _ => P("grande", "large"),
    };

    // Method
    public string MethodTitle => P("Cómo se calcula el diagnóstico", "How the diagnostic is computed");
    public string MethodLead => P("El método completo, para que cualquier persona pueda recalcular un resultado con una calculadora.",
        "The whole method, so anyone can recompute a result with a calculator.");
    public string MethodVersion(int version, string publishedOn) => Format(P("Banco de preguntas versión {0}, publicado el {1}.", "Question bank version {0}, published on {1}."), version, publishedOn);
    public string StepsTitle => P("Del cuestionario al nivel", "From questionnaire to level");
    public string Step1 => P("Cada respuesta vale el puntaje de la opción elegida, de 0 a 4.", "Each answer is worth the chosen option's score, 0 to 4.");
    public string Step2 => P("El puntaje de una pregunta es la mediana de las respuestas de las personas que la respondieron (con un número par de respuestas, el promedio de las dos de en medio).",
        "A question's score is the median of the answers of the people who answered it (with an even number of answers, the mean of the two middle ones).");
    public string Step3 => P("El puntaje de una dimensión es el promedio de sus preguntas ÷ 4 × 100, redondeado al entero (las mitades hacia arriba).",
        "A dimension's score is the mean of its questions ÷ 4 × 100, rounded to the integer (halves up).");
    public string Step4 => P("El puntaje general es el promedio de los 7 puntajes de dimensión ya redondeados, redondeado igual. Un diagnóstico se envía solo cuando todas las preguntas tienen al menos una respuesta.",
        "The overall score is the mean of the 7 rounded dimension scores, rounded the same way. A diagnostic is submitted only when every question has at least one answer.");
    public string Step5 => P("El nivel sale del puntaje general: 0–19 nivel 0, 20–39 nivel 1, 40–59 nivel 2, 60–79 nivel 3, 80–100 nivel 4.",
        "The level comes from the overall score: 0–19 level 0, 20–39 level 1, 40–59 level 2, 60–79 level 3, 80–100 level 4.");
    public string ExampleTitle => P("Un ejemplo", "An example");
    public string Example => P("Tres personas responden una pregunta con 1, 3 y 4: su puntaje es 3. Si la otra pregunta de esa dimensión tiene 2, la dimensión es (3 + 2) ÷ 2 = 2.5 → 2.5 ÷ 4 × 100 = 62.5 → 63.",
        "Three people answer a question with 1, 3 and 4: its score is 3. If the dimension's other question scores 2, the dimension is (3 + 2) ÷ 2 = 2.5 → 2.5 ÷ 4 × 100 = 62.5 → 63.");
    public string LevelsTitle => P("Niveles", "Levels");
    public string AdvancedTitle => P("Uso avanzado de IA", "Advanced AI use");
    public string AdvancedBaseline => P("Es la cifra principal del programa: la proporción de Pymes diagnosticadas en uso avanzado, frente a cerca del 3 % de las empresas mexicanas que usan IA avanzada.",
        "It is the program's headline figure: the share of assessed Pymes at advanced use, against about 3% of Mexican companies that use advanced AI.");
    public string CompareTitle => P("Comparaciones", "Comparisons");
    public string Compare1 => P("Los puntajes se comparan solo dentro de una misma versión del banco de preguntas: el cambio desde T0, la comparación con empresas similares y las cifras del programa.",
        "Scores are compared only within one version of the question bank: the change since T0, the comparison with similar companies and the program's figures.");
    public string Compare2 => P("Empresas similares son las del mismo tamaño (estratificación DOF 2009) y sector SCIAN; se muestra su mediana solo cuando son 5 o más.",
        "Similar companies share the size band (DOF 2009 stratification) and SCIAN sector; their median is shown only when there are 5 or more.");
    public string Compare3 => P("Las rutas recomendadas son las del catálogo que enseñan las habilidades de cada una de las 3 dimensiones más bajas (empates en el orden del cuestionario).",
        "The recommended paths are the catalog's paths that teach the skills of each of the 3 lowest dimensions (ties in the questionnaire's order).");
    public string QuestionsTitle => P("Las preguntas", "The questions");
    public string QuestionCount(int n) => Format(P("{0} preguntas", "{0} questions"), n);
    public string Origin => P("El instrumento sigue la estructura de la Evaluación de Madurez Digital de la Comisión Europea (JRC) para sus centros de innovación digital y del AI Readiness Index de AI Singapore (CC BY 4.0); sus textos son propios.",
        "The instrument follows the structure of the European Commission's (JRC) Digital Maturity Assessment for its digital innovation hubs and AI Singapore's AI Readiness Index (CC BY 4.0); its texts are its own.");
    public string ApiNote => P("El banco completo está en la API:", "The whole bank is in the API:");
}
