using PdfSharp.Fonts;
using Semillero.Web.Diagnostics;

namespace Semillero.Web.Tests.Diagnostics;

public sealed class SystemFontResolverTests
{
    // PDFsharp takes one resolver per process and the tests render PDFs in parallel with the web
    // hosts: however many callers race, one resolver is installed and none of them throws.
    [Fact]
    public void EnsureInstalled_FromManyThreadsAtOnce_InstallsOneResolver()
    {
        Parallel.For(0, 16, _ => SystemFontResolver.EnsureInstalled());
        SystemFontResolver.EnsureInstalled();

        var resolver = Assert.IsType<SystemFontResolver>(GlobalFontSettings.FontResolver);
        Assert.NotEqual(resolver.ResolveTypeface(SystemFontResolver.FamilyName, bold: false, italic: false)!.FaceName,
            resolver.ResolveTypeface(SystemFontResolver.FamilyName, bold: true, italic: false)!.FaceName);
        Assert.True(resolver.GetFont("DejaVuSans-Bold")!.Length > 100_000, "DejaVu Sans Bold is a TrueType file of some 700 kB");
    }
}
