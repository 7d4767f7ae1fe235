using System.Globalization;
using Semillero.Calendar;
using Semillero.Language;

namespace Semillero.Web.Credits;

// The words of the startup profile (/empresa/startup) and the investors' directory
// (/organizacion/startups), Spanish first and English, side by side
// (docs/adr/0010-typed-texts-in-both-languages.md). Keep HTML out of these values.
public sealed class StartupTexts
{
    private StartupTexts(bool english) => English = english;

    public static StartupTexts Current => UiLanguage.IsEnglish ? En : Es;

    public static StartupTexts Es { get; } = new(false);

    public static StartupTexts En { get; } = new(true);

    public bool English { get; }

    private string P(string es, string en) => English ? en : es;

    public static string Format(string format, params object?[] args) => string.Format(CultureInfo.CurrentCulture, format, args);

    public static string Number(int value) => value.ToString("N0", CultureInfo.CurrentCulture);

    public string Day(DateTime at) => Dates.Written(at);

    // The profile page
    public string Eyebrow => P("Créditos de nube", "Cloud credits");
    public string ProfileTitle => P("Perfil de startup", "Startup profile");
    public string ProfileLead => P("Cuéntenos de su startup y de quienes la fundaron. Con este perfil su startup solicita créditos de nube y, si usted lo permite, aparece en el directorio que consultan fondos de inversión y aceleradoras.",
        "Tell us about your startup and its founders. With this profile your startup applies for cloud credits and, if you allow it, appears in the directory that investment funds and accelerators browse.");
    public string BackToCompany => P("Mi empresa", "My company");
    public string NoCompany => P("Su cuenta no está vinculada a una empresa. Registre a su empresa o pida al equipo del programa que la vincule.",
        "Your account is not linked to a company. Register your company or ask the program team to link it.");
    public string RegisterCompany => P("Registrar mi empresa", "Register my company");
    public string EditCompany => P("Editar el perfil de la empresa", "Edit the company profile");
    public string Saved => P("Perfil de startup guardado.", "Startup profile saved.");
    public string ErrorSummaryTitle => P("Revise estos datos antes de guardar", "Check these details before saving");
    public string NotVerifiedNote => P("El equipo del programa aún no verifica su empresa: puede completar el perfil, pero no aparecerá en el directorio de inversionistas hasta que la verifique.",
        "The program team has not verified your company yet: you can complete the profile, but it will not appear in the investors' directory until it does.");

    public string CompanyTitle => P("De la empresa", "From the company record");
    public string CompanyLead => P("El sector, la entidad y el sitio web se editan en el perfil de la empresa.", "Sector, state and website are edited in the company profile.");
    public string FieldSector => P("Sector SCIAN", "SCIAN sector");
    public string FieldState => P("Entidad", "State");
    public string FieldWebsite => P("Sitio web", "Website");
    public string NoWebsite => P("Sin sitio web", "No website");

    public string StepStartup => P("Su startup", "Your startup");
    public string FieldFoundedOn => P("Fecha de fundación", "Founding date");
    public string FieldFoundedOnHint => P("La fecha del acta constitutiva o, si aún no la tiene, la de inicio de operaciones.", "The date of incorporation or, if not incorporated yet, when operations began.");
    public string FieldStage => P("Etapa de financiamiento", "Funding stage");
    public string ChooseStage => P("Elija la etapa", "Choose the stage");
    public string FieldFunding => P("Financiamiento externo recibido a la fecha", "External funding raised to date");
    public string FieldFundingHint => P("En rangos: no necesita dar una cifra exacta.", "In bands: no exact figure needed.");
    public string ChooseFunding => P("Elija el rango", "Choose the band");
    public string FieldPitch => P("¿Qué hace su startup y para quién?", "What does your startup do, and for whom?");
    // {0}: maximum characters
    public string FieldPitchHint => P("Un párrafo, hasta {0} caracteres.", "One paragraph, up to {0} characters.");

    public string StepFounders => P("Personas fundadoras", "Founders");
    // {0}: maximum founders
    public string FoundersLead => P("De 1 a {0} personas, con su CURP y nombre. Si una persona fundadora está registrada en el programa con su CURP, su formación cuenta para su startup. Solo su empresa y el equipo del programa ven estos datos; los inversionistas ven qué rutas completaron, nunca quiénes son.",
        "From 1 to {0} people, with their CURP and name. When a founder is registered in the program with their CURP, their training counts for your startup. Only your company and the program team see these details; investors see which paths they completed, never who they are.");
    public string FoundersHint => P("Deje vacías las filas que no necesite. Para quitar a una persona, borre su CURP y nombre.", "Leave the rows you do not need empty. To remove someone, clear their CURP and name.");
    // {0}: row number
    public string FounderLegend => P("Persona fundadora {0}", "Founder {0}");
    public string FounderCurp => P("CURP", "CURP");
    public string FounderName => P("Nombre completo", "Full name");
    public string Registered => P("Registrada en el programa", "Registered in the program");

    public string StepVisibility => P("Directorio de inversionistas", "Investors' directory");
    public string FieldVisible => P("Mostrar mi startup a fondos de inversión y aceleradoras verificados", "Show my startup to verified investment funds and accelerators");
    public string FieldVisibleHint => P("Verán el nombre comercial, sector, entidad, etapa, financiamiento, año de fundación, descripción, sitio web y qué rutas completaron sus fundadores (cuántos), nunca sus nombres ni CURP.",
        "They will see the trade name, sector, state, stage, funding, founding year, pitch, website and which paths its founders completed (how many), never their names or CURPs.");
    public string Save => P("Guardar perfil", "Save profile");
    public string Cancel => P("Cancelar", "Cancel");
    // {0}: date
    public string LastSaved => P("Última actualización: {0}.", "Last updated: {0}.");

    // The directory
    public string DirectoryEyebrow => P("Inversión y aceleración", "Investment and acceleration");
    public string DirectoryTitle => P("Directorio de startups", "Startup directory");
    public string DirectoryLead => P("Startups verificadas por el programa que aceptaron aparecer aquí, con lo que sus fundadores completaron en el programa.",
        "Startups verified by the program that agreed to appear here, with what their founders completed in the program.");
    public string BackToOrganization => P("Mi organización", "My organization");
    public string BackToOperations => P("Operación", "Operations");
    public string FilterSector => P("Sector", "Sector");
    public string FilterState => P("Entidad", "State");
    public string FilterStage => P("Etapa", "Stage");
    public string Any => P("Todos", "All");
    public string Filter => P("Filtrar", "Filter");
    public string Clear => P("Quitar filtros", "Clear filters");
    public string None => P("Ninguna startup coincide con estos filtros.", "No startup matches these filters.");
    public string Pager => P("Páginas del directorio", "Directory pages");
    public string ColStage => P("Etapa", "Stage");
    public string ColFunding => P("Financiamiento", "Funding");
    public string ColFounded => P("Fundada en", "Founded in");
    public string ColFounders => P("Fundadores", "Founders");
    public string FounderPathsTitle => P("Rutas que completaron sus fundadores", "Paths its founders completed");
    public string NoFounderPaths => P("Sus fundadores aún no completan rutas del programa.", "Its founders have not completed program paths yet.");
    // {0}: path name, {1}: founders, {2}: total founders
    public string PathCount => P("{0}: {1} de {2}", "{0}: {1} of {2}");
    public string Visit => P("Sitio web", "Website");
    public string Refused => P("No puede consultar el directorio", "You cannot browse the directory");
    public string OperatorCardText => P("Las startups que aceptaron aparecer ante fondos de inversión y aceleradoras, como ellos las ven.",
        "The startups that agreed to appear to investment funds and accelerators, as those see them.");
    public string OperatorCardAction => P("Ver el directorio", "See the directory");

    // {0}: count
    public string Results(int count) => Format(P("{0} startups", "{0} startups"), Number(count));
}
