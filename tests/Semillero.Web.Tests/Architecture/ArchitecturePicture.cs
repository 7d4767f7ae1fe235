using System.Text.RegularExpressions;

namespace Semillero.Web.Tests.Architecture;

// Reads the feature order and the shared kernel out of docs/architecture.md's picture: the lines
// from "top" to "bottom" name one feature each, top first; the "shared kernel" lines name the
// kernel's folders.
public static partial class ArchitecturePicture
{
    public static (List<string> Order, HashSet<string> Kernel) Read()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), "docs", "architecture.md"));
        var order = new List<string>();
        var kernel = new HashSet<string>(StringComparer.Ordinal);
        var inFeatures = false;
        var inKernel = false;
        foreach (var line in lines)
        {
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("top ", StringComparison.Ordinal))
            {
                inFeatures = true;
            }

            if (inFeatures && FeatureLine().Match(line) is { Success: true } feature)
            {
                order.Add(feature.Groups["name"].Value);
            }

            if (trimmed.StartsWith("bottom ", StringComparison.Ordinal))
            {
                inFeatures = false;
            }

            if (trimmed.StartsWith("shared kernel", StringComparison.Ordinal))
            {
                inKernel = true;
            }
            else if (trimmed.StartsWith("data ", StringComparison.Ordinal))
            {
                inKernel = false;
            }

            if (inKernel)
            {
                foreach (Match name in KernelName().Matches(trimmed.Replace("shared kernel", "", StringComparison.Ordinal).Trim()))
                {
                    kernel.Add(name.Groups["name"].Value);
                }
            }
        }

        return (order, kernel);
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

    // "   top              Demo            seeds …", "    │               Arco            access …"
    [GeneratedRegex(@"^\s*(?:top|bottom|│)\s+(?<name>[A-Z][A-Za-z]+)\s{2,}")]
    private static partial Regex FeatureLine();

    // A kernel folder is a capitalised word followed by a space and an opening parenthesis, or at
    // the start of an item ("Skills", "Importing (CSV reading)").
    [GeneratedRegex(@"(?:^|·\s*)(?<name>[A-Z][A-Za-z]+)")]
    private static partial Regex KernelName();
}
