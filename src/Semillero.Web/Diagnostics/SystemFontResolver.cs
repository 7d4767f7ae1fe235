using PdfSharp.Fonts;

namespace Semillero.Web.Diagnostics;

// PDFsharp's Core build, the one that runs on Linux, finds no fonts by itself: it asks a resolver
// for the bytes of each face and embeds them. Every PDF we write uses DejaVu Sans, which covers
// Spanish and is on every Debian machine (fonts-dejavu-core comes with fontconfig).
public sealed class SystemFontResolver : IFontResolver
{
    public const string FamilyName = "DejaVu Sans";
    public const string DebianPackage = "fonts-dejavu-core";

    private const string RegularFace = "DejaVuSans";
    private const string BoldFace = "DejaVuSans-Bold";

    // Debian's own place first; other layouts keep the same file names somewhere below these.
    private static readonly string DebianDirectory = "/usr/share/fonts/truetype/dejavu";
    private static readonly string[] FallbackDirectories = ["/usr/share/fonts", "/usr/local/share/fonts"];

    private static readonly Lock Gate = new();
    private static SystemFontResolver? installed;

    private readonly Dictionary<string, byte[]> faces = new(StringComparer.Ordinal);

    // GlobalFontSettings.FontResolver may be set once per process, before any font is used, and the
    // web host and the tests share one process: the first caller installs it, the rest find it.
    // The faces are read here, so a machine without the fonts fails on the first PDF with a message
    // that names the package, not deep inside PDFsharp.
    public static void EnsureInstalled()
    {
        if (Volatile.Read(ref installed) is not null)
        {
            return;
        }

        lock (Gate)
        {
            if (installed is not null)
            {
                return;
            }

            var resolver = new SystemFontResolver();
            resolver.Load(RegularFace);
            resolver.Load(BoldFace);
            switch (GlobalFontSettings.FontResolver)
            {
                case null:
                    GlobalFontSettings.FontResolver = resolver;
                    break;
                case SystemFontResolver:
                    break;
                case var other:
                    throw new InvalidOperationException(
                        $"PDFsharp already has another font resolver ({other.GetType().FullName}); Semillero's PDFs need {nameof(SystemFontResolver)}, installed before any other.");
            }

            Volatile.Write(ref installed, resolver);
        }
    }

    // Whatever family is asked for, DejaVu Sans answers: it is the only one the PDFs name, and a
    // stray request (PDFsharp's own default) should still find glyphs. Italic is slanted by PDFsharp.
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? BoldFace : RegularFace, mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[]? GetFont(string faceName) => Load(faceName);

    private byte[] Load(string faceName)
    {
        lock (faces)
        {
            if (!faces.TryGetValue(faceName, out var bytes))
            {
                bytes = File.ReadAllBytes(Find(faceName + ".ttf"));
                faces.Add(faceName, bytes);
            }

            return bytes;
        }
    }

    private static string Find(string fileName)
    {
        var debian = Path.Combine(DebianDirectory, fileName);
        if (File.Exists(debian))
        {
            return debian;
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MatchCasing = MatchCasing.CaseSensitive };
        foreach (var directory in FallbackDirectories.Where(Directory.Exists))
        {
            if (Directory.EnumerateFiles(directory, fileName, options).FirstOrDefault() is { } found)
            {
                return found;
            }
        }

        throw new InvalidOperationException(
            $"The font {FamilyName} ({fileName}) was not found in {DebianDirectory} nor below {string.Join(" or ", FallbackDirectories)}; "
            + $"PDFs embed it. On Debian or Ubuntu install the package {DebianPackage}: apt-get install -y {DebianPackage}");
    }
}
