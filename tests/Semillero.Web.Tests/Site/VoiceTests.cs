using System.Reflection;
using System.Text.RegularExpressions;

namespace Semillero.Web.Tests.Site;

// Spanish texts address people as usted (docs/texts.md, "Spanish: one voice, usted"). The tú markers
// are read from the block in docs/texts.md, so the rule and the check cannot drift apart.
public sealed partial class VoiceTests
{
    private static readonly Assembly Web = typeof(Program).Assembly;

    [Fact]
    public void SpanishTexts_EveryTextsClass_UseUsted()
    {
        var markers = Markers.Read();
        var problems = new List<string>();
        foreach (var type in Web.GetTypes().Where(t => t.IsClass && t.Name.EndsWith("Texts", StringComparison.Ordinal)
                     && !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute))))
        {
            const BindingFlags Static = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic;
            var es = type.GetProperty("Es", Static)?.GetValue(null) ?? type.GetField("Es", Static)?.GetValue(null);
            if (es?.GetType() != type)
            {
                continue;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                         .Where(p => p.PropertyType == typeof(string) && p.GetIndexParameters().Length == 0))
            {
                if (property.GetValue(es) is string text && markers.Find(text) is { } found)
                {
                    problems.Add($"{type.Name}.{property.Name}: «{found}» in «{text}»");
                }
            }
        }

        Assert.True(problems.Count == 0, "tú forms in Spanish texts:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void SpanishLiterals_InTheSources_UseUsted()
    {
        var markers = Markers.Read();
        var src = Path.Combine(RepositoryRoot(), "src");
        var problems = new List<string>();
        foreach (var file in Directory.EnumerateFiles(src, "*.*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(src, file).Replace('\\', '/');
            if (relative.Contains("/bin/", StringComparison.Ordinal) || relative.Contains("/obj/", StringComparison.Ordinal)
                || relative.Contains("/Migrations/", StringComparison.Ordinal))
            {
                continue;
            }

            IEnumerable<string> texts = Path.GetExtension(file) switch
            {
                ".cs" => Literals(File.ReadAllText(file)),
                ".cshtml" => Literals(File.ReadAllText(file)).Concat(MarkupText().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value)),
                ".md" when file.EndsWith(".es.md", StringComparison.Ordinal) => [File.ReadAllText(file)],
                _ => [],
            };
            foreach (var text in texts.Where(LooksSpanish))
            {
                if (markers.Find(text) is { } found)
                {
                    problems.Add($"{relative}: «{found}» in «{(text.Length > 120 ? text[..120] + "…" : text)}»");
                }
            }
        }

        Assert.True(problems.Count == 0, "tú forms in Spanish source texts:\n" + string.Join("\n", problems));
    }

    [Theory]
    [InlineData("Aprende nube e inteligencia artificial", "Aprende")]
    [InlineData("Tu institución te registra con tu CURP.", "Tu")]
    [InlineData("Si crees que es un error, escribe al equipo.", "crees")]
    [InlineData("Aún no terminas una ruta; recibirás su insignia.", "terminas")]
    [InlineData("El formulario caducó. Vuelva a la página, recárgala e inténtalo de nuevo.", "recárgala")]
    [InlineData("La bitácora: Revisa la lista.", "Revisa")]
    [InlineData("Otra persona cambió el curso mientras guardabas.", "guardabas")]
    [InlineData("Terminaste la ruta.", "Terminaste")]
    public void Markers_OnATuText_FindTheTuForm(string text, string expected) =>
        Assert.Equal(expected, Markers.Read().Find(text));

    [Theory]
    [InlineData("Aprenda nube e inteligencia artificial; su institución le registra con su CURP.")]
    [InlineData("El cliente revisa la lista; Registra a una persona por su CURP.")]
    [InlineData("Si cree que es un error, escriba al equipo del programa; recibirá una respuesta a más tardar el lunes.")]
    [InlineData("Vuelva atrás y detrás de la tabla verá el contraste: suplente, siguiente, existe.")]
    public void Markers_OnAnUstedText_FindNothing(string text) =>
        Assert.Null(Markers.Read().Find(text));

    // A literal is Spanish when it has at least two of Spanish's commonest short words; English
    // literals ("Paste the credential", "completes it") are left to English review.
    private static bool LooksSpanish(string text) => SpanishWord().Count(text) >= 2;

    private static IEnumerable<string> Literals(string source) =>
        StringLiteral().Matches(source).Select(m => m.Value);

    private sealed class Markers
    {
        private readonly Regex _anywhere;
        private readonly Regex _sentenceStart;
        private readonly HashSet<string> _except;

        private Markers(Regex anywhere, Regex sentenceStart, HashSet<string> except)
        {
            _anywhere = anywhere;
            _sentenceStart = sentenceStart;
            _except = except;
        }

        public static Markers Read()
        {
            var doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "texts.md"));
            var block = MarkerBlock().Match(doc);
            Assert.True(block.Success, "docs/texts.md has no ```tu-markers block.");
            var lists = block.Groups[1].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(line => line.Split(':', 2))
                .ToDictionary(p => p[0].Trim(), p => p[1].Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
            var words = string.Join('|', lists["words"].Select(Regex.Escape));
            var endings = string.Join('|', lists["endings"].Select(e => @"\p{L}+" + Regex.Escape(e)));
            var starts = string.Join('|', lists["sentence-start"].Select(Regex.Escape));
            return new Markers(
                new Regex($@"(?<!\p{{L}})(?:(?i:{words})|{endings})(?!\p{{L}})", RegexOptions.CultureInvariant),
                new Regex($@"(?:^|[.:;!?]\s+|[¿¡«""(]\s*)({starts})(?!\p{{L}})", RegexOptions.CultureInvariant | RegexOptions.Multiline),
                lists["except"].ToHashSet(StringComparer.OrdinalIgnoreCase));
        }

        public string? Find(string text)
        {
            foreach (Match m in _anywhere.Matches(text))
            {
                if (!_except.Contains(m.Value))
                {
                    return m.Value;
                }
            }

            var start = _sentenceStart.Match(text);
            return start.Success ? start.Groups[1].Value : null;
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Semillero.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Semillero.slnx not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("```tu-markers\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex MarkerBlock();

    // Raw strings ("""…"""), verbatim and regular literals, interpolated or not.
    [GeneratedRegex("\"\"\"[\\s\\S]*?\"\"\"|\\$?@?\"(?:[^\"\\\\\\n]|\\\\.|\"\")*\"")]
    private static partial Regex StringLiteral();

    // Text between tags in Razor markup.
    [GeneratedRegex(@">([^<>@{}]+)<")]
    private static partial Regex MarkupText();

    [GeneratedRegex(@"(?<!\p{L})(?:el|la|los|las|que|de|del|una|para|con|por|su|sus|se|en)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex SpanishWord();
}
