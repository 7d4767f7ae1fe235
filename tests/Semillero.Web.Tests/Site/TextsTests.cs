using System.Reflection;
using System.Text.RegularExpressions;

namespace Semillero.Web.Tests.Site;

// Every page text exists in Spanish and in English. The typed *Texts classes hold one instance per
// language (static Es and En); `required` makes the compiler refuse a missing property, but not an
// empty string or a translation that dropped or renumbered a {0} placeholder. This checks both by
// reflection over every *Texts class of the web assembly, so a new class is covered without a line here.
public sealed partial class TextsTests
{
    private static readonly Assembly Web = typeof(Program).Assembly;

    public static TheoryData<string> TextClasses()
    {
        var data = new TheoryData<string>();
        foreach (var type in TextTypes())
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Fact]
    public void TextClasses_InTheWebAssembly_AreFoundWithBothLanguages()
    {
        var types = TextTypes();

        // The site-wide texts and the account texts are among them; a broken lookup finds nothing.
        Assert.Contains(types, t => t.Name == "Texts");
        Assert.Contains(types, t => t.Name == "CuentaTexts");
        Assert.True(types.Count >= 15, $"Found only {types.Count} *Texts classes.");
        foreach (var type in types)
        {
            Assert.True(Instance(type, "Es") is not null, $"{type.FullName} has no static Es instance.");
            Assert.True(Instance(type, "En") is not null, $"{type.FullName} has no static En instance.");
        }
    }

    [Theory]
    [MemberData(nameof(TextClasses))]
    public void EveryText_InBothLanguages_IsNonEmptyWithTheSamePlaceholders(string typeName)
    {
        var type = Web.GetType(typeName, throwOnError: true)!;
        var es = Instance(type, "Es")!;
        var en = Instance(type, "En")!;
        var strings = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(string) && p.GetIndexParameters().Length == 0)
            .ToList();
        Assert.NotEmpty(strings);

        var problems = new List<string>();
        foreach (var property in strings)
        {
            var spanish = (string?)property.GetValue(es);
            var english = (string?)property.GetValue(en);
            if (string.IsNullOrWhiteSpace(spanish))
            {
                problems.Add($"{property.Name}: empty in Spanish");
            }

            if (string.IsNullOrWhiteSpace(english))
            {
                problems.Add($"{property.Name}: empty in English");
            }

            if (spanish is not null && english is not null && !Placeholders(spanish).SetEquals(Placeholders(english)))
            {
                problems.Add($"{property.Name}: placeholders {{{string.Join(",", Placeholders(spanish).Order())}}} in Spanish, {{{string.Join(",", Placeholders(english).Order())}}} in English");
            }
        }

        Assert.True(problems.Count == 0, $"{type.Name}:\n" + string.Join("\n", problems));
    }

    [Theory]
    [InlineData("Hola {0}, tiene {1:N0}.", new[] { 0, 1 })]
    [InlineData("{{literal}} y {0,5}", new[] { 0 })]
    [InlineData("Sin marcadores", new int[0])]
    public void Placeholders_OfAFormatString_AreTheArgumentIndexes(string format, int[] expected) =>
        Assert.Equal(expected.ToHashSet(), Placeholders(format));

    private static List<Type> TextTypes() =>
        [.. Web.GetTypes()
            .Where(t => t.IsClass && t.Name.EndsWith("Texts", StringComparison.Ordinal) && !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)];

    // The Es and En instances are static properties on most classes and static fields on a few.
    private static object? Instance(Type type, string name)
    {
        const BindingFlags Static = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic;
        var value = type.GetProperty(name, Static)?.GetValue(null) ?? type.GetField(name, Static)?.GetValue(null);
        return value?.GetType() == type ? value : null;
    }

    // The composite-format argument indexes ({0}, {1:N0}, {2,5}); doubled braces are literal braces.
    private static HashSet<int> Placeholders(string format) =>
        [.. PlaceholderPattern().Matches(format.Replace("{{", "", StringComparison.Ordinal).Replace("}}", "", StringComparison.Ordinal))
            .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];

    [GeneratedRegex(@"\{(\d+)(?:,-?\d+)?(?::[^}]*)?\}")]
    private static partial Regex PlaceholderPattern();
}
