using System.Diagnostics;
using PdfSharp.Pdf.IO;
using Semillero.Web.Diagnostics;

namespace Semillero.Web.Tests.Diagnostics;

// The PDF is read back the way a person's tools read it: poppler's pdftotext for the text (accents
// included, so the fonts are embedded with their Unicode map) and pdftoppm for the first page's
// picture. ./test.sh installs poppler-utils (scripts/prereqs.sh); a missing tool fails the test.
public sealed class ResultPdfTests
{
    private static readonly ResultPdfDimension[] SpanishDimensions =
    [
        new("Estrategia y liderazgo", 71, 60, 55, "Baja (8 pts)"),
        new("Datos", 58, 49, 52, "Media (15 pts)"),
        new("Tecnología e infraestructura", 66, 61, 58, "Baja (6 pts)"),
        new("Talento y cultura", 49, 40, 47, "Alta (24 pts)"),
        new("Procesos y automatización", 63, 55, 50, "Media (12 pts)"),
        new("Uso de IA en productos y servicios", 54, 38, 44, "Media (14 pts)"),
        new("Gobierno, ética y seguridad", 41, 35, 46, "Alta (21 pts)"),
    ];

    internal static ResultPdfInput Spanish() => new(
        English: false,
        CompanyName: "Tortillería La Espiga Dorada, S.A. de C.V.",
        Rfc: "TED150312AB1",
        Title: "Diagnóstico de madurez en IA — T1",
        ModeLine: "Autodiagnóstico: respondieron 3 personas de la empresa",
        VersionLine: "Banco de preguntas versión 1",
        SubmittedAt: new DateTime(2027, 3, 12, 18, 30, 0, DateTimeKind.Utc),
        OverallScore: 62,
        Level: 3,
        LevelName: "Adopción integrada",
        LevelDefinition: "La empresa usa IA en varios procesos con responsables definidos y mide sus resultados; falta extenderla a toda la operación y gobernarla de forma sistemática.",
        AdvancedAi: true,
        AdvancedAiLine: "Uso avanzado de IA: sí (modelos propios o ajustados en al menos un proceso clave)",
        Dimensions: SpanishDimensions,
        Recommendations:
        [
            new("Gobierno, ética y seguridad", 41, ["Ruta: IA responsable para pymes", "Ruta: Protección de datos personales (LFPDPPP)"]),
            new("Talento y cultura", 49, ["Ruta: Alfabetización en IA para equipos", "Ruta: Liderazgo del cambio digital"]),
            new("Uso de IA en productos y servicios", 54, ["Ruta: Diseño de productos con IA"]),
        ],
        PeersLine: "Pares: mediana de 23 empresas del mismo sector (SCIAN 311) y tamaño.",
        ChangeLine: "Cambio desde T0 (12 de marzo de 2026): +12 puntos en el puntaje general.",
        Labels: ResultPdfTexts.Es,
        MethodText: "El puntaje de cada dimensión es el promedio de sus preguntas, llevado a una escala de 0 a 100. "
            + "El puntaje general pondera las siete dimensiones por igual. El nivel (0 a 4) resulta del puntaje general y de reglas mínimas por dimensión. "
            + "La dispersión es la diferencia entre la respuesta más alta y la más baja de las personas que respondieron.\n"
            + "Los pares se muestran sólo cuando hay al menos 10 empresas comparables.",
        PublicUrl: "https://semillero.example.mx/diagnostico/resultado/7f3c9a2e-5b1d-4c8e-9f0a-123456789abc");

    private static ResultPdfInput English() => Spanish() with
    {
        English = true,
        Title = "AI maturity assessment — T1",
        ModeLine = "Self-assessment: 3 people answered",
        VersionLine = "Question bank version 1",
        LevelName = "Integrated adoption",
        LevelDefinition = "The company uses AI in several processes with named owners and measures the results.",
        AdvancedAiLine = "Advanced use of AI: yes",
        Dimensions = [.. SpanishDimensions.Select((d, i) => d with { Name = EnglishNames[i], Spread = "Medium" })],
        Recommendations = [new("Governance, ethics and security", 41, ["Path: Responsible AI for SMEs"])],
        PeersLine = null,
        ChangeLine = null,
        Labels = ResultPdfTexts.En,
        MethodText = "Each dimension's score is the mean of its questions on a 0 to 100 scale.",
    };

    private static readonly string[] EnglishNames =
    [
        "Strategy and leadership", "Data", "Technology and infrastructure", "Talent and culture",
        "Processes and automation", "AI in products and services", "Governance, ethics and security",
    ];

    [Fact]
    public async Task Render_SpanishResult_TextHasHeadlineNumbersAndEveryDimension()
    {
        var input = Spanish();

        var text = await Poppler.TextAsync(ResultPdf.Render(input));

        var flat = Flatten(text);
        Assert.Contains(input.CompanyName, flat, StringComparison.Ordinal);
        Assert.Contains("62", flat, StringComparison.Ordinal);
        Assert.Contains("Nivel 3", flat, StringComparison.Ordinal);
        Assert.Contains("Adopción integrada", flat, StringComparison.Ordinal);
        Assert.Contains("12 de marzo de 2027", flat, StringComparison.Ordinal);
        foreach (var dimension in input.Dimensions)
        {
            Assert.Contains(dimension.Name, flat, StringComparison.Ordinal);
        }

        Assert.Contains("Ruta: IA responsable para pymes", flat, StringComparison.Ordinal);
        Assert.Contains("Ruta: Alfabetización en IA para equipos", flat, StringComparison.Ordinal);
        Assert.Contains("Puntajes por dimensión", flat, StringComparison.Ordinal);
        Assert.Contains("Metodología", flat, StringComparison.Ordinal);
        Assert.Contains(input.PeersLine!, flat, StringComparison.Ordinal);
        Assert.Contains(input.ChangeLine!, flat, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_SpanishResult_FirstPageRasterizes()
    {
        var png = await Poppler.FirstPagePngAsync(ResultPdf.Render(Spanish()));

        Assert.True(png.Length > 1000, $"pdftoppm wrote only {png.Length} bytes");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
    }

    [Fact]
    public void Render_SpanishResult_HasMetadataLanguageAndBookmarks()
    {
        using var document = PdfReader.Open(new MemoryStream(ResultPdf.Render(Spanish())), PdfDocumentOpenMode.Import);

        Assert.Equal("es-MX", document.Internals.Catalog.Elements.GetString("/Lang"));
        Assert.Equal("Semillero", document.Info.Author);
        Assert.Contains("Tortillería La Espiga Dorada", document.Info.Title, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(document.Info.Subject));
        var root = Assert.Single(document.Outlines);
        Assert.Equal("Diagnóstico de madurez en IA — T1", root.Title);
        var headings = root.Outlines.Select(o => o.Title).ToList();
        Assert.Contains("Puntajes por dimensión", headings);
        Assert.Contains("Recomendaciones", headings);
        Assert.Contains("Metodología", headings);
    }

    [Fact]
    public async Task Render_EnglishResult_IsInEnglishWithoutT0OrPeerNotes()
    {
        var input = English();
        var pdf = ResultPdf.Render(input);

        var flat = Flatten(await Poppler.TextAsync(pdf));
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);

        Assert.Equal("en", document.Internals.Catalog.Elements.GetString("/Lang"));
        Assert.Contains("Scores by dimension", flat, StringComparison.Ordinal);
        Assert.Contains("Integrated adoption", flat, StringComparison.Ordinal);
        Assert.Contains("March 12, 2027", flat, StringComparison.Ordinal);
        Assert.Contains("Governance, ethics and security", flat, StringComparison.Ordinal);
        Assert.Contains("Path: Responsible AI for SMEs", flat, StringComparison.Ordinal);
        Assert.DoesNotContain("Puntaje", flat, StringComparison.Ordinal);
        Assert.Contains("Recommendations", Assert.Single(document.Outlines).Outlines.Select(o => o.Title));
    }

    [Fact]
    public async Task Render_LongMethodText_FlowsOntoMorePagesWithFooters()
    {
        var method = string.Join(" ", Enumerable.Repeat("La dispersión mide el desacuerdo entre quienes respondieron.", 150));
        var pdf = ResultPdf.Render(Spanish() with { MethodText = method });

        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        var text = await Poppler.TextAsync(pdf);

        Assert.True(document.PageCount >= 2, $"{document.PageCount} page(s)");
        Assert.Contains($"Página {document.PageCount} de {document.PageCount}", text, StringComparison.Ordinal);
        Assert.Equal(150, System.Text.RegularExpressions.Regex.Count(text, "desacuerdo"));
    }

    [Fact]
    public void Render_LevelOrScoreOutOfRange_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => ResultPdf.Render(Spanish() with { Level = 5 }));
        Assert.Throws<ArgumentException>(() => ResultPdf.Render(Spanish() with { OverallScore = 101 }));
        Assert.Throws<ArgumentException>(() => ResultPdf.Render(Spanish() with { Dimensions = [.. SpanishDimensions.Take(2)] }));
    }

    // pdftotext keeps the page's line breaks and layout columns; the checks are about words.
    private static string Flatten(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));

    private static class Poppler
    {
        public static async Task<string> TextAsync(byte[] pdf)
        {
            var directory = Directory.CreateTempSubdirectory("semillero-pdf-");
            try
            {
                var file = Path.Combine(directory.FullName, "result.pdf");
                await File.WriteAllBytesAsync(file, pdf);
                await RunAsync("pdftotext", ["-enc", "UTF-8", file, Path.Combine(directory.FullName, "result.txt")]);
                return await File.ReadAllTextAsync(Path.Combine(directory.FullName, "result.txt"));
            }
            finally
            {
                directory.Delete(recursive: true);
            }
        }

        public static async Task<byte[]> FirstPagePngAsync(byte[] pdf)
        {
            var directory = Directory.CreateTempSubdirectory("semillero-pdf-");
            try
            {
                var file = Path.Combine(directory.FullName, "result.pdf");
                await File.WriteAllBytesAsync(file, pdf);
                await RunAsync("pdftoppm", ["-png", "-r", "50", "-f", "1", "-l", "1", "-singlefile", file, Path.Combine(directory.FullName, "page")]);
                return await File.ReadAllBytesAsync(Path.Combine(directory.FullName, "page.png"));
            }
            finally
            {
                directory.Delete(recursive: true);
            }
        }

        private static async Task RunAsync(string tool, string[] arguments)
        {
            var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            Process process;
            try
            {
                process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                throw new InvalidOperationException(
                    $"'{tool}' is needed by the PDF tests but could not be run ({e.Message}). Install Debian's poppler-utils "
                    + "(./test.sh does it when run as root, see scripts/prereqs.sh): apt-get install -y poppler-utils", e);
            }

            using (process)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
                var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
                _ = await process.StandardOutput.ReadToEndAsync(timeout.Token);
                await process.WaitForExitAsync(timeout.Token);
                Assert.True(process.ExitCode == 0, $"{tool} exited with {process.ExitCode}: {await stderr}");
            }
        }
    }
}
