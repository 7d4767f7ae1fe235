using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Semillero.Bench.LearningRecords;

// Deterministic xAPI 1.0.3 statements of about 1 KB, shaped like what partners' platforms send:
// Moodle's logstore_xapi (account on the site's homePage or mbox, course/section/site context
// activities, the Learning Locker "info" extension) and Open edX's event-routing-backends (anonymous
// account id, block IRIs, transformer-version and session-id extensions, version "1.0.3"). Every other
// statement carries its own id (retry-safe clients); the rest get one from the LRS.
public static class StatementGenerator
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.FromHours(-6));

    private static readonly (string Id, string En)[] MoodleVerbs =
    [
        ("http://adlnet.gov/expapi/verbs/completed", "completed"),
        ("http://adlnet.gov/expapi/verbs/attempted", "attempted"),
        ("http://id.tincanapi.com/verb/viewed", "viewed"),
        ("http://adlnet.gov/expapi/verbs/passed", "passed"),
        ("http://adlnet.gov/expapi/verbs/failed", "failed"),
        ("http://adlnet.gov/expapi/verbs/answered", "answered"),
    ];

    private static readonly (string Id, string En)[] EdxVerbs =
    [
        ("http://adlnet.gov/expapi/verbs/answered", "answered"),
        ("https://w3id.org/xapi/video/verbs/played", "played"),
        ("https://w3id.org/xapi/video/verbs/completed", "completed"),
        ("http://adlnet.gov/expapi/verbs/registered", "registered"),
        ("http://adlnet.gov/expapi/verbs/passed", "passed"),
    ];

    private static readonly (string Module, string Type, string Es)[] MoodleModules =
    [
        ("quiz", "http://adlnet.gov/expapi/activities/assessment", "Cuestionario"),
        ("assign", "http://adlnet.gov/expapi/activities/assessment", "Tarea"),
        ("page", "http://id.tincanapi.com/activitytype/lms/module", "Lectura"),
        ("lesson", "http://adlnet.gov/expapi/activities/lesson", "Lección"),
        ("forum", "http://id.tincanapi.com/activitytype/discussion", "Foro"),
    ];

    private static readonly string[] Topics =
    [
        "Fundamentos de cómputo en la nube", "Introducción a la inteligencia artificial", "Almacenamiento y bases de datos",
        "Redes virtuales y seguridad", "Aprendizaje automático aplicado", "Contenedores y orquestación", "IA generativa responsable",
        "Analítica de datos para negocios", "Arquitecturas sin servidor", "Innovación y emprendimiento digital",
    ];

    private static readonly string[] GivenNames = ["María", "José", "Guadalupe", "Juan", "Fernanda", "Luis", "Ximena", "Ángel", "Sofía", "Diego", "Itzel", "Jesús"];

    private static readonly string[] Surnames = ["Hernández", "García", "Martínez", "López", "González", "Pérez", "Rodríguez", "Sánchez", "Ramírez", "Cruz", "Núñez", "Ávila"];

    // count statements from seed; the same arguments always give the same bytes.
    public static IReadOnlyList<byte[]> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var result = new List<byte[]>(count);
        var buffer = new ArrayBufferWriter<byte>(2048);
        for (var i = 0; i < count; i++)
        {
            buffer.ResetWrittenCount();
            using (var w = new Utf8JsonWriter(buffer, Compact))
            {
                var withId = i % 2 == 0;
                if (random.Next(3) < 2)
                {
                    WriteMoodle(w, random, withId);
                }
                else
                {
                    WriteOpenEdx(w, random, withId);
                }
            }

            result.Add(buffer.WrittenSpan.ToArray());
        }

        return result;
    }

    private static void WriteMoodle(Utf8JsonWriter w, Random random, bool withId)
    {
        var site = random.Next(1, 6);
        var home = $"https://aula{site}.example.mx";
        var user = random.Next(1, 40_000);
        var course = random.Next(2, 60);
        var cm = random.Next(100, 5_000);
        var (module, type, kind) = MoodleModules[random.Next(MoodleModules.Length)];
        var (verbId, verbEn) = MoodleVerbs[random.Next(MoodleVerbs.Length)];
        var topic = Topics[course % Topics.Length];
        var when = Timestamp(random);

        w.WriteStartObject();
        if (withId)
        {
            w.WriteString("id", Uuid(random));
        }

        w.WriteStartObject("actor");
        w.WriteString("name", $"{GivenNames[user % GivenNames.Length]} {Surnames[user / 7 % Surnames.Length]} {Surnames[user / 3 % Surnames.Length]}");
        if (random.Next(3) == 0)
        {
            w.WriteString("mbox", $"mailto:aprendiz{user}@correo{site}.example.mx");
        }
        else
        {
            w.WriteStartObject("account");
            w.WriteString("homePage", home);
            w.WriteString("name", user.ToString(CultureInfo.InvariantCulture));
            w.WriteEndObject();
        }

        w.WriteEndObject();

        w.WriteStartObject("verb");
        w.WriteString("id", verbId);
        w.WriteStartObject("display");
        w.WriteString("en", verbEn);
        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteStartObject("object");
        w.WriteString("id", $"{home}/mod/{module}/view.php?id={cm}");
        w.WriteString("objectType", "Activity");
        w.WriteStartObject("definition");
        w.WriteStartObject("name");
        w.WriteString("es-MX", $"{kind} {cm % 12 + 1}, unidad {cm % 5 + 1}");
        w.WriteEndObject();
        if (module is "quiz" or "assign")
        {
            w.WriteStartObject("description");
            w.WriteString("es-MX", $"Semana {cm % 8 + 1} del curso {course}.");
            w.WriteEndObject();
        }

        w.WriteString("type", type);
        w.WriteEndObject();
        w.WriteEndObject();

        if (verbEn is "completed" or "passed" or "failed" or "answered")
        {
            WriteResult(w, random, verbEn != "failed" && (verbEn == "passed" || random.Next(4) > 0), response: null);
        }

        w.WriteStartObject("context");
        if (random.Next(2) == 0)
        {
            w.WriteString("registration", Uuid(random));
        }

        w.WriteString("platform", "Moodle");
        w.WriteString("language", "es-MX");
        w.WriteStartObject("contextActivities");
        w.WriteStartArray("parent");
        Activity(w, $"{home}/course/view.php?id={course}", "http://id.tincanapi.com/activitytype/lms/course", topic);
        w.WriteEndArray();
        w.WriteStartArray("grouping");
        Activity(w, home, "http://id.tincanapi.com/activitytype/lms", name: null);
        w.WriteEndArray();
        w.WriteStartArray("category");
        Activity(w, "http://moodle.org", "http://id.tincanapi.com/activitytype/source", name: null);
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteStartObject("extensions");
        w.WriteStartObject("http://lrs.learninglocker.net/define/extensions/info");
        w.WriteString("http://moodle.org", "4.3.4");
        w.WriteString("https://github.com/xAPI-vle/moodle-logstore_xapi", "v4.7.1");
        w.WriteString("event_name", $"\\mod_{module}\\event\\course_module_{verbEn}");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteString("timestamp", when.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        w.WriteEndObject();
    }

    private static void WriteOpenEdx(Utf8JsonWriter w, Random random, bool withId)
    {
        var site = random.Next(1, 4);
        var home = $"https://cursos{site}.example.org";
        var course = random.Next(0, Topics.Length);
        var run = $"course-v1:Semillero+NUBE{100 + course}+2026_T1";
        var (verbId, verbEn) = EdxVerbs[random.Next(EdxVerbs.Length)];
        var block = Convert.ToHexStringLower(Bytes(random, 16));
        var video = verbId.Contains("/video/", StringComparison.Ordinal);
        var when = Timestamp(random).ToUniversalTime();

        w.WriteStartObject();
        if (withId)
        {
            w.WriteString("id", Uuid(random));
        }

        w.WriteStartObject("actor");
        w.WriteString("objectType", "Agent");
        w.WriteStartObject("account");
        w.WriteString("homePage", home);
        w.WriteString("name", Uuid(random, pool: 30_000));
        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteStartObject("verb");
        w.WriteString("id", verbId);
        w.WriteStartObject("display");
        w.WriteString("en", verbEn);
        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteStartObject("object");
        w.WriteString("objectType", "Activity");
        if (verbEn == "registered")
        {
            w.WriteString("id", $"{home}/course/{run}");
            w.WriteStartObject("definition");
            w.WriteString("type", "http://adlnet.gov/expapi/activities/course");
            w.WriteStartObject("name");
            w.WriteString("es-MX", Topics[course]);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        else
        {
            w.WriteString("id", $"{home}/xblock/block-v1:Semillero+NUBE{100 + course}+2026_T1+type@{(video ? "video" : "problem")}+block@{block}");
            w.WriteStartObject("definition");
            w.WriteString("type", video ? "https://w3id.org/xapi/video/activity-type/video" : "http://adlnet.gov/expapi/activities/cmi.interaction");
            w.WriteStartObject("name");
            w.WriteString("es-MX", video ? $"Video {random.Next(1, 30)}: {Topics[course]}" : $"Pregunta {random.Next(1, 30)} — {Topics[course]}");
            w.WriteEndObject();
            if (!video)
            {
                w.WriteStartObject("description");
                w.WriteString("es-MX", "Elija el servicio adecuado para el caso.");
                w.WriteEndObject();
                w.WriteString("interactionType", "choice");
                w.WriteStartArray("correctResponsesPattern");
                w.WriteStringValue("choice_2");
                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();

        if (verbEn is "answered" or "passed")
        {
            var correct = random.Next(3) > 0;
            WriteResult(w, random, correct, response: verbEn == "answered" ? (correct ? "choice_2" : $"choice_{random.Next(0, 2)}") : null);
        }
        else if (video)
        {
            w.WriteStartObject("result");
            w.WriteStartObject("extensions");
            w.WriteNumber("https://w3id.org/xapi/video/extensions/time", Math.Round(random.NextDouble() * 600, 3));
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteStartObject("context");
        w.WriteString("platform", "Open edX");
        w.WriteString("language", "es-MX");
        if (verbEn != "registered")
        {
            w.WriteStartObject("contextActivities");
            w.WriteStartArray("parent");
            Activity(w, $"{home}/course/{run}", "http://adlnet.gov/expapi/activities/course", Topics[course]);
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteStartObject("extensions");
        w.WriteString("https://w3id.org/xapi/openedx/extension/transformer-version", "event-routing-backends@9.3.2");
        w.WriteString("https://w3id.org/xapi/openedx/extensions/session-id", Convert.ToHexStringLower(Bytes(random, 16)));
        if (video)
        {
            w.WriteNumber("https://w3id.org/xapi/video/extensions/length", 600.0);
        }

        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteString("timestamp", when.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffffzzz", CultureInfo.InvariantCulture));
        w.WriteString("version", "1.0.3");
        w.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter w, Random random, bool success, string? response)
    {
        var max = random.Next(1, 5) * 5;
        var raw = success ? random.Next(max * 6 / 10, max + 1) : random.Next(0, max * 6 / 10);
        w.WriteStartObject("result");
        w.WriteStartObject("score");
        w.WriteNumber("scaled", Math.Round((double)raw / max, 4));
        w.WriteNumber("raw", raw);
        w.WriteNumber("min", 0);
        w.WriteNumber("max", max);
        w.WriteEndObject();
        w.WriteBoolean("success", success);
        w.WriteBoolean("completion", true);
        if (response is not null)
        {
            w.WriteString("response", response);
        }

        w.WriteString("duration", $"PT{random.Next(0, 50)}M{random.Next(0, 60)}S");
        w.WriteEndObject();
    }

    private static void Activity(Utf8JsonWriter w, string id, string type, string? name)
    {
        w.WriteStartObject();
        w.WriteString("id", id);
        w.WriteStartObject("definition");
        w.WriteString("type", type);
        if (name is not null)
        {
            w.WriteStartObject("name");
            w.WriteString("es-MX", name);
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    // Spread over a 12-week term, in Mexico City time (UTC-6).
    private static DateTimeOffset Timestamp(Random random) => Start.AddSeconds(random.Next(0, 84 * 24 * 3600)).AddMilliseconds(random.Next(1000));

    private static byte[] Bytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    // A random (version 4, RFC 4122 variant) UUID; with pool, one of that many fixed values, so
    // actors repeat the way learners do.
    private static string Uuid(Random random, int pool = 0)
    {
        var bytes = pool > 0 ? Bytes(new Random(random.Next(pool)), 16) : Bytes(random, 16);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true).ToString();
    }
}
