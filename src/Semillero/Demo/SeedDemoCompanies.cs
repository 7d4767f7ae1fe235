using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Companies;
using Semillero.Data;
using Semillero.Identity;
using Semillero.Vacancies;

namespace Semillero.Demo;

public sealed record SeedDemoCompaniesOutcome(int Companies, int Vacancies, bool AccountBound);

// The demo's employers: a dozen verified companies (synthetic RFCs with valid check digits) with
// about thirty open vacancies over the skills list, and the demo empresa account bound to the
// first of them. Only into a database without demo companies; the demo account itself is created
// by SeedDemoAccounts (web start-up on the embedded demo database).
public sealed class SeedDemoCompanies(SemilleroDb db, TimeProvider clock)
{
    public const string SeededBy = "demo";
    public static readonly string DemoEmpresaEmail = $"{Roles.Empresa}@{SeedDemoAccounts.Domain}";

    // The RFC of the company the demo empresa account is bound to (the first below), before its check digit.
    public const string DemoEmpresaRfcStart = "NDS190312K4";

    private sealed record DemoCompany(string Letters, string Date, string Homoclave, string LegalName, string TradeName, string Sector, string State, int Workers, decimal Sales, CompanyKind Kind, string Description);

    private sealed record DemoVacancy(string Title, string Description, (string Id, int Level, bool Required)[] Skills, WorkModality Modality, string? State, int? Min, int? Max, int Openings);

    private static readonly DemoCompany[] Companies =
    [
        new("NDS", "190312", "K4", "Nube del Sur Tecnologías, S.A.P.I. de C.V.", "Nube del Sur", "54", "14", 42, 38m, CompanyKind.Startup,
            "Consultoría de migración a la nube para pymes del occidente del país."),
        new("DMA", "150804", "R2", "Datos y Manufactura Avanzada, S.A. de C.V.", "DataMAV", "31-33", "19", 180, 220m, CompanyKind.Pyme,
            "Manufactura de autopartes con analítica de datos en planta."),
        new("CAO", "110527", "TN", "Comercializadora Agrícola de Oaxaca, S.C. de R.L.", "AgroOax", "43", "20", 28, 60m, CompanyKind.Pyme,
            "Distribución de café y mezcal a mayoristas, con tienda en línea."),
        new("FMX", "200115", "3H", "Finanzas Móviles de México, S.A.P.I. de C.V.", "Monedero MX", "52", "09", 65, 12m, CompanyKind.Startup,
            "Pagos y ahorro desde el teléfono para personas sin cuenta bancaria."),
        new("SMB", "080930", "P7", "Salud Maya del Bajío, S.A. de C.V.", "Clínicas Maya", "62", "11", 95, 140m, CompanyKind.Pyme,
            "Red de clínicas con expediente clínico electrónico."),
        new("LVC", "130218", "WQ", "Logística Veracruzana de Carga, S.A. de C.V.", "LogiVer", "48-49", "30", 240, 310m, CompanyKind.Grande,
            "Transporte y almacenaje desde el puerto de Veracruz."),
        new("EDA", "170706", "1B", "Educación Digital Abierta, A.C.", "Aula Abierta", "61", "21", 18, 5.5m, CompanyKind.Pyme,
            "Cursos en línea para docentes de educación básica."),
        new("TEN", "210422", "MX", "Turismo Experiencias del Noreste, S.A. de C.V.", "Ruta Norte", "72", "19", 9, 3.2m, CompanyKind.Startup,
            "Reservas de experiencias turísticas en Nuevo León y Coahuila."),
        new("ENS", "120911", "6F", "Energía Solar del Norte, S.A. de C.V.", "SolNor", "22", "26", 120, 95m, CompanyKind.Pyme,
            "Instalación y monitoreo remoto de paneles solares."),
        new("RCM", "061123", "JD", "Retail Conectado de México, S.A. de C.V.", "Tiendas Conecta", "46", "15", 850, 1200m, CompanyKind.Grande,
            "Cadena de tiendas de conveniencia con comercio electrónico."),
        new("IAY", "220301", "8S", "Inteligencia Aplicada de Yucatán, S.A.P.I. de C.V.", "IA Peninsular", "54", "31", 14, 4m, CompanyKind.Startup,
            "Modelos de visión por computadora para agricultura y turismo."),
        new("CIP", "091014", "A5", "Constructora e Ingeniería de Puebla, S.A. de C.V.", "CIPSA", "23", "21", 60, 80m, CompanyKind.Pyme,
            "Obra civil con modelado digital y control de proyectos en la nube."),
    ];

    private static readonly DemoVacancy[] Vacancies =
    [
        new("Ingeniera o ingeniero de nube", "Diseñar y operar la infraestructura en la nube de nuestros clientes: redes, cómputo, almacenamiento y costos.",
            [("nube-arquitectura", 2, true), ("nube-redes", 2, true), ("nube-infraestructura-codigo", 2, false), ("nube-costos", 1, false)], WorkModality.Hibrido, "14", 35000, 48000, 2),
        new("Especialista en migración a la nube", "Planear y ejecutar migraciones de servidores locales a la nube con el menor tiempo fuera de servicio.",
            [("nube-migracion", 3, true), ("nube-computo-virtual", 2, true), ("nube-bases-datos", 2, false)], WorkModality.Remoto, null, 40000, 55000, 1),
        new("Analista de datos de producción", "Construir tableros de indicadores de planta y encontrar causas de defectos con estadística.",
            [("datos-analisis", 2, true), ("datos-tableros", 2, true), ("datos-sql", 2, true), ("datos-estadistica", 1, false)], WorkModality.Presencial, "19", 22000, 30000, 2),
        new("Ingeniería de datos", "Diseñar los flujos ETL que llevan los datos de sensores de planta a un almacén de datos en la nube.",
            [("datos-ingenieria", 3, true), ("datos-etl", 2, true), ("datos-python", 2, true), ("nube-bases-datos", 1, false)], WorkModality.Hibrido, "19", 38000, 52000, 1),
        new("Responsable de comercio electrónico", "Operar la tienda en línea, el catálogo y las campañas digitales para mayoristas.",
            [("innovacion-comercio-electronico", 2, true), ("innovacion-mercadotecnia-digital", 2, true), ("datos-hojas-calculo", 1, false)], WorkModality.Presencial, "20", 15000, 20000, 1),
        new("Auxiliar de análisis en hojas de cálculo", "Llevar inventarios y pedidos en hojas de cálculo y preparar reportes semanales.",
            [("datos-hojas-calculo", 2, true), ("datos-analisis", 1, false)], WorkModality.Presencial, "20", 10000, 13000, 2),
        new("Desarrolladora o desarrollador backend", "Construir las APIs de pagos móviles con pruebas automatizadas y despliegue continuo.",
            [("digital-programacion", 3, true), ("nube-apis", 2, true), ("digital-pruebas-software", 2, true), ("nube-integracion-continua", 2, false)], WorkModality.Remoto, null, 45000, 65000, 3),
        new("Especialista en seguridad en la nube", "Gestionar identidades, accesos y cumplimiento regulatorio de una plataforma financiera.",
            [("nube-seguridad", 3, true), ("nube-identidad-acceso", 3, true), ("nube-cumplimiento", 2, true), ("digital-ciberseguridad", 2, false)], WorkModality.Hibrido, "09", 55000, 75000, 1),
        new("Científica o científico de datos", "Modelos de riesgo y detección de fraude con aprendizaje automático.",
            [("ia-aprendizaje-automatico", 3, true), ("datos-python", 3, true), ("ia-evaluacion-modelos", 2, true), ("ia-sesgos", 2, false)], WorkModality.Hibrido, "09", 50000, 70000, 2),
        new("Soporte de sistemas clínicos", "Atender a personal de clínicas en el uso del expediente electrónico y sus equipos.",
            [("digital-soporte-ti", 2, true), ("digital-redes", 1, true), ("digital-colaboracion", 1, false)], WorkModality.Presencial, "11", 14000, 18000, 3),
        new("Analista de IA para salud", "Evaluar asistentes de IA para notas clínicas, con cuidado de la privacidad de pacientes.",
            [("ia-generativa", 2, true), ("ia-privacidad", 2, true), ("ia-responsable", 2, true), ("ia-evaluacion-modelos", 1, false)], WorkModality.Hibrido, "11", 30000, 42000, 1),
        new("Coordinación de logística con datos", "Optimizar rutas y almacenaje con pronósticos de demanda.",
            [("ia-series-tiempo", 2, true), ("datos-analisis", 2, true), ("datos-visualizacion", 1, false)], WorkModality.Presencial, "30", 28000, 36000, 1),
        new("Administración de plataforma de contenedores", "Operar los servicios de rastreo de carga sobre Kubernetes con monitoreo y alta disponibilidad.",
            [("nube-kubernetes", 3, true), ("nube-contenedores", 3, true), ("nube-monitoreo", 2, true), ("nube-devops", 2, false)], WorkModality.Hibrido, "30", 45000, 60000, 1),
        new("Diseño instruccional con IA", "Crear cursos en línea para docentes con apoyo de herramientas de IA generativa.",
            [("ia-generativa", 1, true), ("ia-ingenieria-instrucciones", 2, true), ("digital-accesibilidad", 1, false)], WorkModality.Remoto, null, 18000, 24000, 2),
        new("Desarrollo web accesible", "Mantener la plataforma de cursos y hacerla accesible para personas con discapacidad.",
            [("digital-desarrollo-web", 2, true), ("digital-accesibilidad", 2, true), ("digital-control-versiones", 1, true)], WorkModality.Remoto, null, 25000, 32000, 1),
        new("Producto digital para turismo", "Definir y probar con usuarios nuevas funciones de la aplicación de reservas.",
            [("innovacion-producto-digital", 2, true), ("innovacion-experimentos", 2, true), ("innovacion-diseno-servicios", 1, false)], WorkModality.Hibrido, "19", 26000, 34000, 1),
        new("Mercadotecnia digital", "Campañas en redes y buscadores para experiencias turísticas, medidas con analítica web.",
            [("innovacion-mercadotecnia-digital", 2, true), ("datos-analisis", 1, false)], WorkModality.Presencial, "05", 14000, 19000, 1),
        new("Analista de monitoreo de energía", "Vigilar en tiempo real la producción de plantas solares y detectar fallas con datos.",
            [("datos-tiempo-real", 2, true), ("datos-tableros", 2, true), ("nube-monitoreo", 1, false)], WorkModality.Presencial, "26", 22000, 29000, 2),
        new("Especialista en IoT y nube", "Conectar inversores solares a la nube y automatizar alertas.",
            [("nube-mensajeria", 2, true), ("nube-sin-servidor", 2, true), ("digital-programacion", 2, true)], WorkModality.Hibrido, "26", 32000, 42000, 1),
        new("Analista de recomendación de productos", "Mejorar las recomendaciones de la tienda en línea con modelos y experimentos A/B.",
            [("ia-recomendacion", 3, true), ("innovacion-experimentos", 2, true), ("datos-sql", 2, true)], WorkModality.Hibrido, "15", 42000, 56000, 1),
        new("Gobierno de datos", "Definir calidad, catálogo y reglas de uso de datos de clientes en toda la cadena.",
            [("datos-gobierno", 3, true), ("datos-calidad", 2, true), ("ia-gobierno", 1, false)], WorkModality.Presencial, "15", 48000, 62000, 1),
        new("Automatización con bajo código", "Automatizar procesos de tienda con herramientas de bajo código y asistentes de IA.",
            [("digital-bajo-codigo", 2, true), ("ia-automatizacion", 2, true), ("digital-colaboracion", 1, false)], WorkModality.Presencial, "15", 18000, 24000, 4),
        new("Ingeniería de visión por computadora", "Entrenar modelos que cuentan y clasifican cultivos a partir de imágenes de drones.",
            [("ia-vision-computadora", 3, true), ("ia-aprendizaje-profundo", 3, true), ("datos-python", 2, true), ("ia-mlops", 1, false)], WorkModality.Hibrido, "31", 40000, 58000, 1),
        new("Ingeniería de MLOps", "Llevar modelos a producción en la nube con monitoreo y reentrenamiento.",
            [("ia-mlops", 3, true), ("ia-servicios-nube", 2, true), ("nube-contenedores", 2, false)], WorkModality.Remoto, null, 48000, 64000, 1),
        new("Agentes de IA para atención turística", "Construir asistentes que responden a turistas con generación aumentada por recuperación.",
            [("ia-agentes", 2, true), ("ia-recuperacion-aumentada", 2, true), ("ia-procesamiento-lenguaje", 2, false)], WorkModality.Remoto, null, 36000, 50000, 1),
        new("Control de proyectos en la nube", "Llevar el control de obra con herramientas colaborativas en la nube y tableros.",
            [("digital-colaboracion", 2, true), ("datos-tableros", 1, true), ("innovacion-agil", 1, false)], WorkModality.Presencial, "21", 20000, 26000, 2),
        new("Transformación digital de obra", "Coordinar la adopción de herramientas digitales y de IA en la constructora.",
            [("innovacion-transformacion-digital", 2, true), ("ia-casos-negocio", 2, true), ("innovacion-agil", 2, false)], WorkModality.Hibrido, "21", 35000, 45000, 1),
        new("FinOps: costos de nube", "Medir y reducir el gasto de nube de los clientes con etiquetado y presupuestos.",
            [("nube-finops", 2, true), ("nube-costos", 3, true), ("datos-hojas-calculo", 2, false)], WorkModality.Remoto, null, 38000, 50000, 1),
        new("Asistente de programación con IA", "Apoyar al equipo de desarrollo con asistentes de código y buenas prácticas de control de versiones.",
            [("ia-asistentes-codigo", 2, true), ("digital-control-versiones", 2, true), ("digital-programacion", 1, true)], WorkModality.Remoto, null, 20000, 28000, 2),
        new("Pitch y financiamiento para startups", "Preparar presentaciones a inversionistas y solicitudes de apoyo para la aceleradora.",
            [("innovacion-presentacion-inversion", 2, true), ("innovacion-financiamiento", 2, true), ("innovacion-modelo-negocio", 1, false)], WorkModality.Hibrido, "14", 24000, 32000, 1),
    ];

    public async Task<SeedDemoCompaniesOutcome> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = VacancyRules.TodayInMexicoCity(clock);
        var companies = 0;
        var vacancies = 0;
        if (!await db.Companies.AnyAsync(c => c.CreatedBy == SeededBy, ct))
        {
            var created = new List<Company>();
            foreach (var d in Companies)
            {
                var rfcBody = d.Letters + d.Date + d.Homoclave;
                var input = new CompanyInput(rfcBody + Rfc.CheckDigit(rfcBody), d.LegalName, d.TradeName, d.Sector, d.State, d.Workers, d.Sales,
                    CompanyRules.Wire(d.Kind), $"https://{d.TradeName.ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal)}.demo.semillero.example", d.Description);
                var (valid, errors, _) = CompanyRules.Validate(input);
                if (valid is null)
                {
                    throw new InvalidOperationException($"Demo company {d.TradeName} is invalid: {string.Join("; ", errors.Select(e => e.Reason.En))}");
                }

                var company = RegisterCompany.NewCompany(valid, SeededBy, now, verified: true);
                created.Add(company);
                db.Companies.Add(company);
            }

            for (var i = 0; i < Vacancies.Length; i++)
            {
                var d = Vacancies[i];
                var company = created[i * created.Count / Vacancies.Length];
                var input = new VacancyInput(d.Title, d.Description, d.Skills.Select(s => new VacancySkillInput(s.Id, s.Level, s.Required)).ToList(),
                    VacancyRules.Wire(d.Modality), d.State, d.Min, d.Max, d.Openings, today.AddDays(20 + (i * 7 % 60)));
                var (valid, errors) = VacancyRules.Validate(input, today);
                if (valid is null)
                {
                    throw new InvalidOperationException($"Demo vacancy {d.Title} is invalid: {string.Join("; ", errors.Select(e => e.Reason.En))}");
                }

                // Published a little apart, so "newest first" has an order to show.
                var published = now.AddHours(-i * 5);
                var vacancy = new Vacancy
                {
                    Id = Guid.CreateVersion7(published),
                    CompanyId = company.Id,
                    Title = valid.Title,
                    Description = valid.Description,
                    Modality = valid.Modality,
                    StateCode = valid.State?.Clave,
                    SalaryMin = valid.SalaryMin,
                    SalaryMax = valid.SalaryMax,
                    Openings = valid.Openings,
                    ClosesOn = valid.ClosesOn,
                    Status = VacancyStatus.Abierta,
                    CreatedAt = published,
                    UpdatedAt = published,
                    PublishedAt = published,
                    CreatedBy = SeededBy,
                };
                vacancy.Skills.AddRange(valid.Skills.Select(s => new VacancySkill { VacancyId = vacancy.Id, SkillId = s.Skill.Id, Level = s.Level, Required = s.Required }));
                db.Vacancies.Add(vacancy);
            }

            await db.SaveChangesAsync(ct);
            companies = created.Count;
            vacancies = Vacancies.Length;
        }

        return new SeedDemoCompaniesOutcome(companies, vacancies, await BindDemoAccountAsync(ct));
    }

    // The demo empresa account (made by SeedDemoAccounts) manages the first demo company.
    private async Task<bool> BindDemoAccountAsync(CancellationToken ct)
    {
        var normalized = DemoEmpresaEmail.ToUpperInvariant();
        var user = await db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == normalized && u.CompanyId == null, ct);
        if (user is null)
        {
            return false;
        }

        var first = Companies[0];
        var rfc = first.Letters + first.Date + first.Homoclave;
        var company = await db.Companies.AsNoTracking().Where(c => c.Rfc.StartsWith(rfc) && c.CreatedBy == SeededBy).Select(c => new { c.Id, c.TradeName }).FirstOrDefaultAsync(ct);
        if (company is null)
        {
            return false;
        }

        user.CompanyId = company.Id;
        user.Organization = company.TradeName;
        // The sign-in cookie carries the company: a changed stamp makes open sessions pick it up.
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        await db.SaveChangesAsync(ct);
        return true;
    }
}
