using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using CsvHelper;
using Semillero.Dashboards;

namespace Semillero.Tests.Dashboards;

public sealed class TableExportTests
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static readonly string[] Hostile = ["=HYPERLINK(\"http://evil.example\",\"clic\")", "+1", "@SUM(A1:A2)", "-2+3", "\tx", "\rx"];

    private static ExportTable Table(params IReadOnlyList<object?>[] rows) => new(
        "Avance por estado",
        [
            new ExportColumn("Estado", ColumnKind.Text),
            new ExportColumn("Personas", ColumnKind.Integer),
            new ExportColumn("Promedio", ColumnKind.Decimal),
            new ExportColumn("Avance", ColumnKind.Percent),
        ],
        rows,
        ["Fuente: registros de Semillero.", "Celdas vacías: menos de 5 personas."]);

    private static readonly ExportTable Sample = Table(
        ["Michoacán", 1234L, 2.5m, 0.25],
        ["Nuevo León", 7, 1.125, 0.5m],
        ["Yucatán", null, null, null]);

    [Fact]
    public async Task Csv_starts_with_a_utf8_bom_and_round_trips_accents()
    {
        var bytes = await CsvBytes(Sample);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var rows = ParseCsv(bytes);
        Assert.Equal(["Estado", "Personas", "Promedio", "Avance"], rows[0]);
        Assert.Equal("Michoacán", rows[1][0]);
        Assert.Equal("Nuevo León", rows[2][0]);
    }

    [Fact]
    public async Task Csv_numbers_use_a_dot_whatever_the_current_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("es-ES"); // decimal comma
        try
        {
            var rows = ParseCsv(await CsvBytes(Sample));

            Assert.Equal(["Michoacán", "1234", "2.5", "0.25"], rows[1]);
            Assert.Equal(["Nuevo León", "7", "1.125", "0.5"], rows[2]);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public async Task Csv_null_cells_are_empty()
    {
        var rows = ParseCsv(await CsvBytes(Sample));

        Assert.Equal(["Yucatán", "", "", ""], rows[3]);
    }

    [Fact]
    public async Task Csv_notes_follow_the_table_in_the_first_column()
    {
        var rows = ParseCsv(await CsvBytes(Sample));

        Assert.Equal(6, rows.Count);
        Assert.Equal("Nota: Fuente: registros de Semillero.", rows[4][0]);
        Assert.Equal("Nota: Celdas vacías: menos de 5 personas.", rows[5][0]);
    }

    [Fact]
    public async Task Csv_formula_like_text_is_neutralised()
    {
        var rows = ParseCsv(await CsvBytes(Table([.. Hostile.Select(h => new object?[] { h, 1, 1.0, 0.1 })])));

        for (var i = 0; i < Hostile.Length; i++)
        {
            Assert.Equal("'" + Hostile[i], rows[i + 1][0]);
        }
    }

    [Fact]
    public async Task Xlsx_formula_like_text_is_neutralised_and_no_formula_is_written()
    {
        var table = Table([.. Hostile.Select(h => new object?[] { h, 1, 1.0, 0.1 })]) with { Columns = [new ExportColumn("=Estado", ColumnKind.Text), .. Table().Columns.Skip(1)] };
        var sheet = await Xlsx(table);

        Assert.Equal("'=Estado", sheet.Cells["A1"].Value);
        for (var i = 0; i < Hostile.Length; i++)
        {
            var cell = sheet.Cells["A" + (i + 2)];
            // XML parsing turns a raw CR into LF; what matters is the apostrophe in front.
            Assert.Equal("'" + Hostile[i].Replace('\r', '\n'), cell.Value);
            Assert.NotEqual("n", cell.Type);
        }

        Assert.DoesNotContain(sheet.Xml.Descendants(), e => e.Name.LocalName == "f");
    }

    [Fact]
    public async Task Xlsx_numbers_are_numeric_cells()
    {
        var sheet = await Xlsx(Sample);

        foreach (var (reference, value) in new[] { ("B2", "1234"), ("C2", "2.5"), ("D2", "0.25"), ("B3", "7"), ("C3", "1.125"), ("D3", "0.5") })
        {
            var cell = sheet.Cells[reference];
            Assert.True(cell.Type is null or "n", $"{reference} is t=\"{cell.Type}\"");
            Assert.Equal(value, cell.Value);
        }
    }

    [Fact]
    public async Task Xlsx_percent_cells_are_shown_as_percentages()
    {
        var sheet = await Xlsx(Sample);

        Assert.Equal("0.0%", sheet.FormatCode(sheet.Cells["D2"]));
        Assert.NotEqual("0.0%", sheet.FormatCode(sheet.Cells["C2"]));
    }

    [Fact]
    public async Task Xlsx_text_in_a_numeric_column_stays_text()
    {
        var sheet = await Xlsx(Table(["Colima", "n/d", "-", 0.1]));

        Assert.Equal("n/d", sheet.Cells["B2"].Value);
        Assert.Equal("'-", sheet.Cells["C2"].Value);
    }

    [Fact]
    public async Task Xlsx_header_nulls_unicode_and_notes()
    {
        var sheet = await Xlsx(Sample);

        Assert.Equal("Estado", sheet.Cells["A1"].Value);
        Assert.Equal("Avance", sheet.Cells["D1"].Value);
        Assert.Equal("Michoacán", sheet.Cells["A2"].Value);
        Assert.Equal("Nuevo León", sheet.Cells["A3"].Value);
        Assert.Equal("Yucatán", sheet.Cells["A4"].Value);
        foreach (var reference in new[] { "B4", "C4", "D4" })
        {
            Assert.True(!sheet.Cells.TryGetValue(reference, out var cell) || cell.Value == "", reference);
        }

        // Notes below the table, after a blank row.
        Assert.Equal("Nota: Fuente: registros de Semillero.", sheet.Cells["A6"].Value);
        Assert.Equal("Nota: Celdas vacías: menos de 5 personas.", sheet.Cells["A7"].Value);
    }

    [Fact]
    public async Task Xlsx_sheet_is_named_after_the_title()
    {
        var sheet = await Xlsx(Sample with { Title = "Avance: 2025/T1 [borrador] por estado y región" });

        Assert.Equal(TableExport.SheetName("Avance: 2025/T1 [borrador] por estado y región"), sheet.Name);
        Assert.Equal("Avance 2025T1 borrador por esta", sheet.Name);
    }

    [Theory]
    [InlineData("Avance por estado", "Avance por estado")]
    [InlineData("a/b\\c?d*e[f]g:h", "abcdefgh")]
    [InlineData("'Entre comillas'", "Entre comillas")]
    [InlineData("   ", "Hoja1")]
    [InlineData("[]:", "Hoja1")]
    [InlineData("0123456789012345678901234567890123456789", "0123456789012345678901234567890")]
    public void Sheet_names_follow_excel_rules(string title, string expected)
    {
        var name = TableExport.SheetName(title);

        Assert.Equal(expected, name);
        Assert.InRange(name.Length, 1, 31);
    }

    [Fact]
    public async Task Xlsx_opens_with_a_spreadsheet_reader()
    {
        using var stream = new MemoryStream();
        await TableExport.WriteXlsxAsync(Sample, stream, CancellationToken.None);
        stream.Position = 0;

        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: false)
            .Cast<IDictionary<string, object?>>()
            .ToList();

        Assert.Equal("Michoacán", rows[1]["A"]);
        Assert.Equal(1234d, Convert.ToDouble(rows[1]["B"], CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Rows_that_do_not_match_the_columns_are_refused()
    {
        var bad = Table(["Colima", 1]);

        await Assert.ThrowsAsync<ArgumentException>(() => TableExport.WriteCsvAsync(bad, Stream.Null, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => TableExport.WriteXlsxAsync(bad, Stream.Null, CancellationToken.None));
    }

    private static async Task<byte[]> CsvBytes(ExportTable table)
    {
        using var stream = new MemoryStream();
        await TableExport.WriteCsvAsync(table, stream, CancellationToken.None);
        return stream.ToArray();
    }

    private static List<string[]> ParseCsv(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8);
        using var csv = new CsvParser(reader, CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(csv.Record!);
        }

        return rows;
    }

    private sealed record Cell(string? Type, int Style, string Value);

    private sealed record Sheet(string Name, XDocument Xml, Dictionary<string, Cell> Cells, XDocument Styles)
    {
        public string? FormatCode(Cell cell)
        {
            var xf = Styles.Root!.Element(Main + "cellXfs")!.Elements(Main + "xf").ElementAt(cell.Style);
            var id = (int)xf.Attribute("numFmtId")!;
            return Styles.Root.Element(Main + "numFmts")?.Elements(Main + "numFmt")
                .FirstOrDefault(f => (int)f.Attribute("numFmtId")! == id)?.Attribute("formatCode")?.Value;
        }
    }

    // Reads the first worksheet straight from the package, so the test sees what Excel sees.
    private static async Task<Sheet> Xlsx(ExportTable table)
    {
        using var stream = new MemoryStream();
        await TableExport.WriteXlsxAsync(table, stream, CancellationToken.None);
        stream.Position = 0;
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read);

        XDocument Load(string path)
        {
            using var entry = zip.GetEntry(path)!.Open();
            return XDocument.Load(entry);
        }

        var shared = zip.GetEntry("xl/sharedStrings.xml") is null
            ? []
            : Load("xl/sharedStrings.xml").Root!.Elements(Main + "si").Select(si => string.Concat(si.Descendants(Main + "t").Select(t => t.Value))).ToList();

        var xml = Load("xl/worksheets/sheet1.xml");
        var cells = new Dictionary<string, Cell>();
        foreach (var c in xml.Descendants(Main + "c"))
        {
            var type = (string?)c.Attribute("t");
            var raw = type == "inlineStr"
                ? string.Concat(c.Descendants(Main + "t").Select(t => t.Value))
                : c.Element(Main + "v")?.Value ?? "";
            var value = type == "s" ? shared[int.Parse(raw, CultureInfo.InvariantCulture)] : raw;
            cells[(string)c.Attribute("r")!] = new Cell(type, (int?)c.Attribute("s") ?? 0, value);
        }

        var name = (string)Load("xl/workbook.xml").Descendants(Main + "sheet").First().Attribute("name")!;
        return new Sheet(name, xml, cells, Load("xl/styles.xml"));
    }
}
