using System.Globalization;
using System.Text;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;
using Semillero.Importing;

namespace Semillero.Dashboards;

// The names are the kinds of value a dashboard column shows, as a reader of the sheet would say them.
#pragma warning disable CA1720
public enum ColumnKind { Text, Integer, Decimal, Percent }
#pragma warning restore CA1720

public sealed record ExportColumn(string Header, ColumnKind Kind);

/// <summary>
/// A dashboard view as a table. A null cell is a suppressed or missing value and is written empty.
/// <see cref="ColumnKind.Percent"/> cells hold a fraction (0.25 = 25%), as spreadsheets do.
/// </summary>
public sealed record ExportTable(string Title, IReadOnlyList<ExportColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows, IReadOnlyList<string> Notes);

public static class TableExport
{
    public const string NotePrefix = "Nota: ";

    private const int MaxSheetName = 31;
    private const string PercentFormat = "0.0%";

    // Characters Excel forbids in sheet names; a name with them makes the whole file unreadable.
    private static readonly char[] InvalidSheetChars = ['\\', '/', '?', '*', '[', ']', ':'];

    public static async Task WriteCsvAsync(ExportTable t, Stream s, CancellationToken ct)
    {
        Validate(t);
        ArgumentNullException.ThrowIfNull(s);

        // SafeCsvWriter adds the BOM (so Excel reads ñ/á right) and escapes formula-looking cells.
        await using var csv = new SafeCsvWriter(s);
        await csv.WriteRowAsync([.. t.Columns.Select(c => c.Header)]);
        foreach (var row in t.Rows)
        {
            ct.ThrowIfCancellationRequested();
            var cells = new string?[t.Columns.Count];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = CsvCell(row[i], t.Columns[i].Kind);
            }

            await csv.WriteRowAsync(cells);
        }

        // Notes (sources, suppression rules) travel with the numbers, or a forwarded file loses them.
        foreach (var note in t.Notes)
        {
            await csv.WriteRowAsync(NotePrefix + note);
        }
    }

    public static async Task WriteXlsxAsync(ExportTable t, Stream s, CancellationToken ct)
    {
        Validate(t);
        ArgumentNullException.ThrowIfNull(s);

        // Positional keys instead of headers: headers may repeat, and MiniExcel writes its own header
        // row without the formula neutralisation below, so the header goes in as an ordinary row.
        var keys = Enumerable.Range(0, t.Columns.Count).Select(i => "c" + i.ToString(CultureInfo.InvariantCulture)).ToArray();

        var rows = new List<Dictionary<string, object?>>(t.Rows.Count + t.Notes.Count + 2)
        {
            Row(keys, t.Columns.Select(c => (object?)Inert(c.Header))),
        };
        foreach (var row in t.Rows)
        {
            rows.Add(Row(keys, row.Select((v, i) => XlsxCell(v, t.Columns[i].Kind))));
        }

        if (t.Notes.Count > 0)
        {
            rows.Add(Row(keys, []));
            foreach (var note in t.Notes)
            {
                rows.Add(Row(keys, [Inert(NotePrefix + note)]));
            }
        }

        var config = new OpenXmlConfiguration
        {
            // Only the invariant culture makes MiniExcel write numbers as numeric cells.
            Culture = CultureInfo.InvariantCulture,
            // The notes sit below the table; a filter over them would sort notes in with the data.
            AutoFilter = false,
            FreezeRowCount = 1,
            // Cells are data, never paths to files to embed.
            EnableWriteFilePath = false,
            EnableConvertByteArray = false,
            DynamicColumns = [.. t.Columns.Select((c, i) => new DynamicExcelColumn(keys[i])
            {
                Width = ColumnWidth(t, i),
                Format = c.Kind == ColumnKind.Percent ? PercentFormat : null,
            })],
        };

        await s.SaveAsAsync(rows, printHeader: false, sheetName: SheetName(t.Title), excelType: ExcelType.XLSX, configuration: config, cancellationToken: ct);
    }

    /// <summary>
    /// Excel's rules for sheet names: at most 31 characters, none of \ / ? * [ ] :, not blank and not
    /// starting or ending with an apostrophe.
    /// </summary>
    public static string SheetName(string title)
    {
        var sb = new StringBuilder(title.Length);
        foreach (var ch in title)
        {
            if (!char.IsControl(ch) && Array.IndexOf(InvalidSheetChars, ch) < 0)
            {
                sb.Append(ch);
            }
        }

        var name = sb.ToString().Trim().Trim('\'').Trim();
        if (name.Length > MaxSheetName)
        {
            // Never cut a surrogate pair in half: half an emoji is invalid XML.
            var cut = char.IsHighSurrogate(name[MaxSheetName - 1]) ? MaxSheetName - 1 : MaxSheetName;
            name = name[..cut].TrimEnd().TrimEnd('\'');
        }

        return name.Length == 0 ? "Hoja1" : name;
    }

    /// <summary>
    /// A text that a spreadsheet would read as a formula (= + - @, tab, CR) gets a leading apostrophe,
    /// the same rule SafeCsvWriter applies, so that the cell stays inert even if someone re-saves the
    /// workbook as CSV and opens that.
    /// </summary>
    public static string Inert(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    // MiniExcel's automatic widths need a seekable stream, which an HTTP response is not; the longest
    // header or cell is a good enough guide. Notes are left out: they may spill over empty cells.
    private static double ColumnWidth(ExportTable t, int column)
    {
        var longest = t.Rows.Select(r => r[column] is { } v ? Text(v).Length : 0).Append(t.Columns[column].Header.Length).Max();
        return Math.Clamp(longest + 2, 10, 60);
    }

    private static void Validate(ExportTable t)
    {
        ArgumentNullException.ThrowIfNull(t);
        if (t.Columns.Count == 0)
        {
            throw new ArgumentException("An export needs at least one column.", nameof(t));
        }

        for (var i = 0; i < t.Rows.Count; i++)
        {
            if (t.Rows[i].Count != t.Columns.Count)
            {
                throw new ArgumentException($"Row {i} has {t.Rows[i].Count} cells for {t.Columns.Count} columns.", nameof(t));
            }
        }
    }

    private static Dictionary<string, object?> Row(string[] keys, IEnumerable<object?> values)
    {
        // Every row needs every key: MiniExcel reads the columns from the first row.
        var row = keys.ToDictionary(k => k, _ => (object?)null);
        var i = 0;
        foreach (var value in values)
        {
            row[keys[i++]] = value;
        }

        return row;
    }

    // Known limit: SafeCsvWriter escapes every cell, so a negative number comes out as '-3 (text in
    // Excel). Dashboard counts are not negative; a signed column needs a numeric path in SafeCsvWriter.
    private static string? CsvCell(object? value, ColumnKind kind) =>
        Number(value, kind) switch
        {
            long l => l.ToString(CultureInfo.InvariantCulture),
            decimal d => d.ToString(CultureInfo.InvariantCulture),
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            null => value is null ? null : Text(value),
            _ => Text(value!),
        };

    private static object? XlsxCell(object? value, ColumnKind kind) =>
        Number(value, kind) ?? (value is null ? null : Inert(Text(value)));

    // The number a numeric column's cell holds, or null when it is empty or not a number (a caller may
    // put a marker like "n/d" in a numeric column; it is then written as text, not dropped).
    private static object? Number(object? value, ColumnKind kind)
    {
        if (kind == ColumnKind.Text)
        {
            return null;
        }

        return value switch
        {
            int or long or short or byte or sbyte or uint or ushort => Convert.ToInt64(value, CultureInfo.InvariantCulture),
            ulong u => (decimal)u,
            decimal d => d,
            // Infinity and NaN have no spreadsheet number; they fall through to text.
            double d when double.IsFinite(d) => d,
            float f when float.IsFinite(f) => (double)f,
            _ => null,
        };
    }

    private static string Text(object value) => value switch
    {
        string s => s,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
