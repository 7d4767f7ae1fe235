using System.Text.Json;
using System.Text.Json.Serialization;
using Semillero.Skills;

namespace Semillero.Diagnostics;

// One version of the diagnostic's question bank, as published (Bank/diagnostico-v1.json, or a later
// version an operator published). Its JSON is the record: an assessment keeps the version it was
// taken with, and its scores mean something only against that version's questions.
public sealed record QuestionBank(
    int Version,
    string PublishedOn,
    int Minutes,
    IReadOnlyList<MaturityLevel> Levels,
    AdvancedUseRule AdvancedUse,
    IReadOnlyList<Dimension> Dimensions)
{
    public IEnumerable<Question> Questions => Dimensions.SelectMany(d => d.Questions);

    public Question? FindQuestion(string id) => Questions.FirstOrDefault(q => q.Id == id);

    public Dimension? FindDimension(string id) => Dimensions.FirstOrDefault(d => d.Id == id);

    public MaturityLevel Level(int level) => Levels.First(l => l.Level == level);
}

public sealed record MaturityLevel(int Level, string NameEs, string NameEn, string DefinitionEs, string DefinitionEn)
{
    public string Name(bool english) => english ? NameEn : NameEs;

    public string Definition(bool english) => english ? DefinitionEn : DefinitionEs;
}

// "Uso avanzado de IA": the overall level is at least MinLevel and the named question (AI in
// production in a core process) scores at least MinScore (docs/diagnostic.md).
public sealed record AdvancedUseRule(string QuestionId, int MinScore, int MinLevel, string DefinitionEs, string DefinitionEn)
{
    public string Definition(bool english) => english ? DefinitionEn : DefinitionEs;
}

public sealed record Dimension(string Id, string NameEs, string NameEn, string SummaryEs, string SummaryEn, IReadOnlyList<string> Skills, IReadOnlyList<Question> Questions)
{
    public string Name(bool english) => english ? NameEn : NameEs;

    public string Summary(bool english) => english ? SummaryEn : SummaryEs;
}

public sealed record Question(string Id, string TextEs, string TextEn, IReadOnlyList<AnswerOption> Options)
{
    public string Text(bool english) => english ? TextEn : TextEs;
}

public sealed record AnswerOption(int Score, string Es, string En)
{
    public string Text(bool english) => english ? En : Es;
}

// Reading and checking a bank's JSON. A bank that fails a check is refused whole, with every
// problem named, so an operator's typo never reaches a company's questionnaire.
public static class QuestionBanks
{
    public const int MaxJsonLength = 200_000;
    public const int MinScore = 0;
    public const int MaxScore = 4;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    // The version shipped with the code; later versions live in the database.
    public static QuestionBank Shipped { get; } = LoadShipped();

    public static string ShippedJson { get; } = ReadShipped();

    public static (QuestionBank? Bank, IReadOnlyList<string> Errors) Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return (null, ["El banco está vacío. / The bank is empty."]);
        }

        if (json.Length > MaxJsonLength)
        {
            return (null, [$"El banco pasa de {MaxJsonLength:N0} caracteres. / The bank is longer than {MaxJsonLength:N0} characters."]);
        }

        QuestionBank? bank;
        try
        {
            bank = JsonSerializer.Deserialize<QuestionBank>(json, Json);
        }
        catch (JsonException e)
        {
            return (null, [$"El JSON no es válido: {e.Message} / The JSON is not valid."]);
        }

        if (bank is null)
        {
            return (null, ["El banco está vacío. / The bank is empty."]);
        }

        var errors = Check(bank);
        return errors.Count == 0 ? (bank, errors) : (null, errors);
    }

    public static List<string> Check(QuestionBank bank)
    {
        ArgumentNullException.ThrowIfNull(bank);
        var errors = new List<string>();
        if (bank.Version < 1)
        {
            errors.Add("«version» debe ser un entero de 1 en adelante. / \"version\" must be an integer from 1.");
        }

        if (bank.Levels is null || bank.Levels.Count != 5 || !bank.Levels.Select(l => l.Level).Order().SequenceEqual([0, 1, 2, 3, 4]))
        {
            errors.Add("«levels» debe definir los niveles 0 a 4, uno cada uno. / \"levels\" must define levels 0 to 4, one each.");
        }
        else
        {
            errors.AddRange(bank.Levels.Where(l => Blank(l.NameEs, l.NameEn, l.DefinitionEs, l.DefinitionEn))
                .Select(l => $"El nivel {l.Level} necesita nombre y definición en español e inglés. / Level {l.Level} needs a name and definition in Spanish and English."));
        }

        if (bank.Dimensions is null || bank.Dimensions.Count is < 3 or > 10)
        {
            errors.Add("«dimensions» debe tener de 3 a 10 dimensiones. / \"dimensions\" must have 3 to 10 dimensions.");
            return errors;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in bank.Dimensions)
        {
            if (string.IsNullOrWhiteSpace(d.Id) || !ids.Add(d.Id))
            {
                errors.Add($"La dimensión «{d.Id}» no tiene identificador o se repite. / Dimension \"{d.Id}\" has no id or repeats one.");
            }

            if (Blank(d.NameEs, d.NameEn))
            {
                errors.Add($"La dimensión «{d.Id}» necesita nombre en español e inglés. / Dimension \"{d.Id}\" needs a name in Spanish and English.");
            }

            errors.AddRange((d.Skills ?? []).Where(s => SkillCatalog.Find(s) is null)
                .Select(s => $"La dimensión «{d.Id}» nombra la habilidad «{s}», que no está en la lista. / Dimension \"{d.Id}\" names unknown skill \"{s}\"."));

            if (d.Questions is null || d.Questions.Count is < 2 or > 6)
            {
                errors.Add($"La dimensión «{d.Id}» debe tener de 2 a 6 preguntas. / Dimension \"{d.Id}\" must have 2 to 6 questions.");
                continue;
            }

            foreach (var q in d.Questions)
            {
                if (string.IsNullOrWhiteSpace(q.Id) || !ids.Add(q.Id))
                {
                    errors.Add($"La pregunta «{q.Id}» no tiene identificador o se repite. / Question \"{q.Id}\" has no id or repeats one.");
                }

                if (Blank(q.TextEs, q.TextEn))
                {
                    errors.Add($"La pregunta «{q.Id}» necesita texto en español e inglés. / Question \"{q.Id}\" needs text in Spanish and English.");
                }

                if (q.Options is null || !q.Options.Select(o => o.Score).SequenceEqual([0, 1, 2, 3, 4]) || q.Options.Any(o => Blank(o.Es, o.En)))
                {
                    errors.Add($"La pregunta «{q.Id}» debe tener cinco opciones con puntaje 0 a 4, en orden y con texto en ambos idiomas. / Question \"{q.Id}\" must have five options scored 0 to 4, in order, with text in both languages.");
                }
            }
        }

        if (bank.AdvancedUse is null || bank.Dimensions.SelectMany(d => d.Questions ?? []).All(q => q.Id != bank.AdvancedUse.QuestionId)
            || bank.AdvancedUse.MinScore is < MinScore or > MaxScore || bank.AdvancedUse.MinLevel is < 0 or > 4)
        {
            errors.Add("«advancedUse» debe nombrar una pregunta del banco, un puntaje de 0 a 4 y un nivel de 0 a 4. / \"advancedUse\" must name one of the bank's questions, a score 0–4 and a level 0–4.");
        }

        return errors;
    }

    private static bool Blank(params string?[] values) => values.Any(string.IsNullOrWhiteSpace);

    private static string ReadShipped()
    {
        using var stream = typeof(QuestionBanks).Assembly.GetManifestResourceStream("Semillero.Diagnostics.Bank.diagnostico-v1.json")
            ?? throw new InvalidOperationException("The shipped question bank is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static QuestionBank LoadShipped()
    {
        var (bank, errors) = Parse(ReadShipped());
        // The file is ours; a mistake in it must fail the first test run, not a company's questionnaire.
        return bank ?? throw new InvalidOperationException("The shipped question bank is invalid: " + string.Join("; ", errors));
    }
}
