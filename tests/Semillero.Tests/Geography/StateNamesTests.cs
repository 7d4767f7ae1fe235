using System.Text.RegularExpressions;
using Semillero.Geography;

namespace Semillero.Tests.Geography;

// One catalogue names the states everywhere (docs/texts.md, states): the short usual name on every
// page, CSV and chart, the official one only where a document needs it, and no other list.
public sealed partial class StateNamesTests
{
    [Theory]
    [InlineData("15", "Estado de México", "México", "State of Mexico")]
    [InlineData("09", "Ciudad de México", "Ciudad de México", "Mexico City")]
    [InlineData("16", "Michoacán", "Michoacán de Ocampo", "Michoacán")]
    [InlineData("30", "Veracruz", "Veracruz de Ignacio de la Llave", "Veracruz")]
    [InlineData("05", "Coahuila", "Coahuila de Zaragoza", "Coahuila")]
    public void Name_IsTheShortUsualName_AndTheOfficialOneIsKept(string clave, string name, string official, string english)
    {
        var state = Entidades.ByCode(clave)!;
        Assert.Equal(name, state.Name);
        Assert.Equal(official, state.NombreOficial);
        Assert.Equal(english, state.NameEn);
        Assert.Equal(name, Entidades.NameOf(clave, english: false));
        Assert.Equal(english, Entidades.NameOf(clave, english: true));
        Assert.Equal(clave, Entidades.Find(english)?.Clave);
    }

    [Fact]
    public void Sources_OutsideGeography_HoldNoListOfStateNames()
    {
        var names = Entidades.All
            .SelectMany(e => new[] { (e.Name, e.Clave), (e.NombreOficial, e.Clave), (e.NameEn, e.Clave) })
            .Where(n => n.Item1 != "México") // also the country
            .DistinctBy(n => n.Item1)
            .ToDictionary(n => n.Item1, n => n.Clave, StringComparer.Ordinal);
        var src = Path.Combine(RepositoryRoot(), "src");
        var problems = new List<string>();
        foreach (var file in Directory.EnumerateFiles(src, "*.*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(src, file).Replace('\\', '/');
            if (relative.StartsWith("Semillero/Geography/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal)
                || relative.Contains("/obj/", StringComparison.Ordinal) || Path.GetExtension(file) is not (".cs" or ".cshtml" or ".js"))
            {
                continue;
            }

            var text = File.ReadAllText(file);
            if (relative.EndsWith(".cs", StringComparison.Ordinal) && text.Contains(".NombreOficial", StringComparison.Ordinal))
            {
                problems.Add($"{relative}: uses NombreOficial; pages, CSVs and charts use Entidad.Name or Entidades.NameOf");
            }

            // A literal that is exactly a state's name ("Oaxaca", 'Jalisco', >Puebla<): three in a file make a list.
            var listed = ExactName().Matches(text)
                .Select(m => m.Groups["name"].Value)
                .Where(names.ContainsKey)
                .Select(n => names[n])
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (listed.Count >= 3)
            {
                problems.Add($"{relative}: names {listed.Count} states itself ({string.Join(", ", listed)}); use Entidades");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
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

    [GeneratedRegex("""(?:"|'|>)(?<name>[^"'<>\n]{4,40})(?:"|'|<)""")]
    private static partial Regex ExactName();
}
