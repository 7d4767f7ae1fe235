using Semillero.Language;

namespace Semillero.Web.Shell;

// The words of the start pages the shell owns: the learner's /mi-aprendizaje/inicio and the
// operators' first steps on /operacion. Each step says what to do and what happens after.
public sealed class InicioTexts
{
    public static InicioTexts Current => UiLanguage.IsEnglish ? En : Es;

    // Learner start page
    public required string Title { get; init; }
    public required string Eyebrow { get; init; }

    // {0}: the person's name.
    public required string Welcome { get; init; }
    public required string Lead { get; init; }
    public required string StepsLead { get; init; }
    public required string PathTitle { get; init; }
    public required string PathText { get; init; }
    public required string PathLink { get; init; }

    // {0}: paths started, {1}: paths completed.
    public required string PathProgress { get; init; }
    public required string LearnTitle { get; init; }
    public required string LearnText { get; init; }
    public required string LearnLink { get; init; }

    // {0}: activities recorded.
    public required string LearnProgress { get; init; }
    public required string LinkTitle { get; init; }
    public required string LinkText { get; init; }
    public required string LinkLink { get; init; }

    // {0}: linked accounts.
    public required string LinkProgress { get; init; }
    public required string BadgeTitle { get; init; }
    public required string BadgeText { get; init; }
    public required string BadgeLink { get; init; }

    // {0}: courses completed, {1}: badges.
    public required string BadgeProgress { get; init; }
    public required string ProfileTitle { get; init; }
    public required string ProfileText { get; init; }
    public required string ProfileLink { get; init; }
    public required string ProfileVisible { get; init; }
    public required string ProfileHidden { get; init; }
    public required string RightsTitle { get; init; }
    public required string RightsText { get; init; }
    public required string RightsLink { get; init; }

    // Operators' first steps on /operacion
    public required string OpLead { get; init; }
    public required string OpCatalogTitle { get; init; }
    public required string OpCatalogText { get; init; }
    public required string OpCatalogLink { get; init; }
    public required string OpKeysTitle { get; init; }
    public required string OpKeysText { get; init; }
    public required string OpKeysLink { get; init; }
    public required string OpUsersTitle { get; init; }
    public required string OpUsersText { get; init; }
    public required string OpUsersLink { get; init; }
    public required string OpTargetsTitle { get; init; }
    public required string OpTargetsText { get; init; }
    public required string OpTargetsLink { get; init; }

    public static InicioTexts Es { get; } = new()
    {
        Title = "Inicio",
        Eyebrow = "Mi aprendizaje",
        Welcome = "Le damos la bienvenida, {0}",
        Lead = "Semillero reúne lo que usted aprende en las plataformas de los proveedores del programa y lo convierte en insignias verificables que las empresas pueden consultar.",
        StepsLead = "Siga estos pasos en orden. Cada uno se marca como listo en cuanto nos llegan los datos.",
        PathTitle = "1. Elija una ruta de aprendizaje",
        PathText = "Una ruta es un conjunto de cursos que, al terminarlos, le da una insignia. Revise el catálogo y elija la que le sirva para el trabajo que busca.",
        PathLink = "Ver el catálogo de rutas",
        PathProgress = "Rutas iniciadas: {0} · terminadas: {1}",
        LearnTitle = "2. Tome los cursos en la plataforma del proveedor",
        LearnText = "Cada curso de la ruta se toma en la plataforma de su proveedor (la página de la ruta tiene el enlace). Regístrese allí con el mismo correo que usó en Semillero: así su avance llega aquí solo.",
        LearnLink = "Ver mi actividad registrada",
        LearnProgress = "Actividades registradas hasta ahora: {0}",
        LinkTitle = "3. Vincule su cuenta del proveedor, si usa otro correo",
        LinkText = "Si en la plataforma del proveedor usa otro correo o un nombre de usuario, vincule esa cuenta para que su avance cuente para usted.",
        LinkLink = "Vincular una cuenta",
        LinkProgress = "Cuentas vinculadas: {0}",
        BadgeTitle = "4. Reciba sus logros e insignias",
        BadgeText = "Cuando el proveedor reporta que terminó un curso, aparece en sus logros. Al terminar todos los cursos de una ruta, Semillero emite su insignia, que cualquiera puede verificar con un enlace.",
        BadgeLink = "Ver mis insignias",
        BadgeProgress = "Cursos terminados: {0} · insignias: {1}",
        ProfileTitle = "5. Active su perfil laboral",
        ProfileText = "Si usted lo decide, las empresas verificadas ven un perfil sin su nombre (solo un alias, su estado y sus habilidades) y pueden invitarle a una vacante. Usted decide si acepta.",
        ProfileLink = "Completar mi perfil laboral",
        ProfileVisible = "Su perfil está visible para las empresas.",
        ProfileHidden = "Su perfil aún no está visible para las empresas.",
        RightsTitle = "Sus datos personales",
        RightsText = "En «Mis datos» puede descargar, corregir o retirar sus autorizaciones en cualquier momento.",
        RightsLink = "Ir a mis datos",
        OpLead = "Lo que el programa necesita para empezar a operar. Cada paso se marca en cuanto el sistema lo ve hecho.",
        OpCatalogTitle = "Publique una ruta del catálogo",
        OpCatalogText = "Las personas eligen rutas del catálogo público; una ruta publicada con sus reglas es lo que otorga insignias.",
        OpCatalogLink = "Ir al catálogo",
        OpKeysTitle = "Entregue credenciales a los aliados",
        OpKeysText = "Cada plataforma de un aliado necesita una credencial para enviar los registros de aprendizaje (xAPI).",
        OpKeysLink = "Ir a credenciales",
        OpUsersTitle = "Invite a las demás cuentas",
        OpUsersText = "Empresas, aliados, analistas y otras personas operadoras entran con una invitación.",
        OpUsersLink = "Ir a usuarios",
        OpTargetsTitle = "Registre las metas del programa",
        OpTargetsText = "El tablero de avance mide al programa contra sus metas vigentes.",
        OpTargetsLink = "Ir a metas",
    };

    public static InicioTexts En { get; } = new()
    {
        Title = "Start",
        Eyebrow = "My learning",
        Welcome = "Welcome, {0}",
        Lead = "Semillero gathers what you learn on the program's providers' platforms and turns it into verifiable badges that employers can check.",
        StepsLead = "Follow these steps in order. Each one is marked done as soon as the data reaches us.",
        PathTitle = "1. Choose a learning path",
        PathText = "A path is a set of courses that earns you a badge when you finish them. Browse the catalog and choose the one that helps with the job you want.",
        PathLink = "Browse the catalog of paths",
        PathProgress = "Paths started: {0} · completed: {1}",
        LearnTitle = "2. Take the courses on the provider's platform",
        LearnText = "Each course of the path is taken on its provider's platform (the path's page links to it). Sign up there with the same email you used on Semillero: your progress then arrives here by itself.",
        LearnLink = "See my recorded activity",
        LearnProgress = "Activities recorded so far: {0}",
        LinkTitle = "3. Link your provider account, if you use another email",
        LinkText = "If you use another email or a user name on the provider's platform, link that account so your progress counts for you.",
        LinkLink = "Link an account",
        LinkProgress = "Linked accounts: {0}",
        BadgeTitle = "4. Receive your achievements and badges",
        BadgeText = "When the provider reports that you finished a course, it shows in your achievements. Once you finish every course of a path, Semillero issues its badge, which anyone can verify with a link.",
        BadgeLink = "See my badges",
        BadgeProgress = "Courses completed: {0} · badges: {1}",
        ProfileTitle = "5. Turn on your work profile",
        ProfileText = "If you choose to, verified employers see a profile without your name (only an alias, your state and your skills) and can invite you to a vacancy. You decide whether to accept.",
        ProfileLink = "Complete my work profile",
        ProfileVisible = "Your profile is visible to employers.",
        ProfileHidden = "Your profile is not visible to employers yet.",
        RightsTitle = "Your personal data",
        RightsText = "Under “My data” you can download or correct your data, or withdraw your consents, at any time.",
        RightsLink = "Go to my data",
        OpLead = "What the program needs to start operating. Each step is marked as soon as the system sees it done.",
        OpCatalogTitle = "Publish a path in the catalog",
        OpCatalogText = "People choose paths from the public catalog; a published path with its rules is what awards badges.",
        OpCatalogLink = "Go to the catalog",
        OpKeysTitle = "Give partners their credentials",
        OpKeysText = "Each partner's platform needs a credential to send learning records (xAPI).",
        OpKeysLink = "Go to credentials",
        OpUsersTitle = "Invite the other accounts",
        OpUsersText = "Employers, partners, analysts and other operators sign in through an invitation.",
        OpUsersLink = "Go to users",
        OpTargetsTitle = "Record the program's targets",
        OpTargetsText = "The progress dashboard measures the program against its targets in force.",
        OpTargetsLink = "Go to targets",
    };
}
