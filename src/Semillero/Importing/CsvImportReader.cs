using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using CsvHelper;
using CsvHelper.Configuration;
using Semillero.Geography;

namespace Semillero.Importing;

// A column an import expects. Aliases are the other headers real office files use for it; all are
// compared folded (case, accents, spaces/underscores/hyphens ignored).
public sealed record CsvColumn(string Name, bool Required, params string[] Aliases);

// One data row. RowNumber is the line a person sees in Excel: the header is row 1.
public sealed record CsvRow(int RowNumber, string?[] Values, string? FormatError);

public abstract record CsvOpenOutcome
{
    public sealed record Opened(CsvImportReader Reader) : CsvOpenOutcome;

    public sealed record Unreadable(string Es, string En) : CsvOpenOutcome;

    public sealed record MissingColumns(IReadOnlyList<string> Missing, IReadOnlyList<string> Found) : CsvOpenOutcome;
}

// Opens the CSV files Mexican offices really send: UTF-8 with or without BOM, UTF-16 with BOM
// ("Texto Unicode" from Excel), or Windows-1252 ("CSV" from Excel on Windows); separated by
// commas, semicolons (Excel with a Spanish locale), tabs or pipes. Reads row by row.
public sealed class CsvImportReader : IDisposable
{
    private static readonly Encoding Windows1252 = CreateWindows1252();
    private readonly CountingStream _counting;
    private readonly StreamReader _text;
    private readonly CsvReader _csv;
    private readonly int[] _columnIndex;

    private CsvImportReader(CountingStream counting, StreamReader text, CsvReader csv, int[] columnIndex, Encoding encoding, string delimiter, IReadOnlyList<string> header)
    {
        Header = header;
        _counting = counting;
        _text = text;
        _csv = csv;
        _columnIndex = columnIndex;
        Encoding = encoding;
        Delimiter = delimiter;
    }

    public Encoding Encoding { get; }

    // The file's header row as written.
    public IReadOnlyList<string> Header { get; }

    public string Delimiter { get; }

    public long BytesRead => _counting.BytesRead;

    // Whether the file has the column (by its index in the list given to Open): an import whose
    // requirement is "one of these two" checks it after opening.
    public bool HasColumn(int column) => _columnIndex[column] >= 0;

    public long Length => _counting.Length;

    public string EncodingName => Encoding.CodePage switch
    {
        1252 => "windows-1252",
        1200 => "utf-16le",
        1201 => "utf-16be",
        _ => "utf-8",
    };

    // The stream must be seekable: the encoding is decided by reading the whole file once, because
    // a Windows-1252 "é" can first appear on row 90,000.
    public static CsvOpenOutcome Open(Stream stream, IReadOnlyList<CsvColumn> columns)
    {
        if (!stream.CanSeek)
        {
            throw new ArgumentException("The import stream must be seekable; buffer uploads to disk first.", nameof(stream));
        }

        var sniff = Sniff(stream);
        if (sniff.Error is { } error)
        {
            return error;
        }

        // BOM detection stays off in the reader so a BOM-less file is never re-guessed; skip the BOM here.
        stream.Position = sniff.PreambleLength;
        var counting = new CountingStream(stream);
        var text = new StreamReader(counting, sniff.Encoding!, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024, leaveOpen: true);

        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = true,
            DetectDelimiter = true,
            DetectDelimiterValues = [",", ";", "\t", "|"],
            TrimOptions = TrimOptions.Trim,
            MissingFieldFound = null,
            BadDataFound = null,
            IgnoreBlankLines = true,
        };
        var csv = new CsvReader(text, config);
        string[] header;
        try
        {
            if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } h)
            {
                csv.Dispose();
                text.Dispose();
                return new CsvOpenOutcome.Unreadable("El archivo no tiene encabezados.", "The file has no header row.");
            }

            header = h;
        }
        catch (CsvHelperException)
        {
            csv.Dispose();
            text.Dispose();
            return new CsvOpenOutcome.Unreadable("No se pudo leer el encabezado del archivo como CSV.", "The file's header could not be read as CSV.");
        }

        var folded = header.Select(FoldHeader).ToArray();
        var index = new int[columns.Count];
        var missing = new List<string>();
        for (var c = 0; c < columns.Count; c++)
        {
            var names = columns[c].Aliases.Prepend(columns[c].Name).Select(FoldHeader).ToHashSet(StringComparer.Ordinal);
            index[c] = Array.FindIndex(folded, names.Contains);
            if (index[c] < 0 && columns[c].Required)
            {
                missing.Add(columns[c].Name);
            }
        }

        if (missing.Count > 0)
        {
            csv.Dispose();
            text.Dispose();
            return new CsvOpenOutcome.MissingColumns(missing, header);
        }

        return new CsvOpenOutcome.Opened(new CsvImportReader(counting, text, csv, index, sniff.Encoding!, csv.Parser.Delimiter == "\t" ? "tab" : csv.Parser.Delimiter, header));
    }

    public IEnumerable<CsvRow> Rows()
    {
        var row = 1;
        while (_csv.Read())
        {
            row++;
            var record = _csv.Parser.Record ?? [];
            if (record.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var values = new string?[_columnIndex.Length];
            for (var c = 0; c < _columnIndex.Length; c++)
            {
                var i = _columnIndex[c];
                values[c] = i >= 0 && i < record.Length ? record[i] : null;
            }

            yield return new CsvRow(row, values, null);
        }
    }

    public void Dispose()
    {
        _csv.Dispose();
        _text.Dispose();
    }

    internal static string FoldHeader(string header) => Entidades.Fold(header.Trim().Trim('"', '\uFEFF')).Replace(' ', '_');

    private sealed record SniffResult(Encoding? Encoding, int PreambleLength, CsvOpenOutcome.Unreadable? Error);

    private static SniffResult Sniff(Stream stream)
    {
        stream.Position = 0;
        Span<byte> head = stackalloc byte[4];
        var n = stream.ReadAtLeast(head, 4, throwOnEndOfStream: false);
        head = head[..n];

        if (n == 0)
        {
            return Fail("El archivo está vacío.", "The file is empty.");
        }

        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            return Fail("El archivo es un libro de Excel (.xlsx) u otro comprimido, no un CSV. En Excel use «Guardar como» › «CSV UTF-8 (delimitado por comas)».",
                "The file is an Excel workbook (.xlsx) or another zip archive, not a CSV. In Excel use «Save as» › «CSV UTF-8 (comma delimited)».");
        }

        if (head.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }))
        {
            return Fail("El archivo es un libro de Excel 97-2003 (.xls), no un CSV. En Excel use «Guardar como» › «CSV UTF-8».",
                "The file is an Excel 97-2003 workbook (.xls), not a CSV. In Excel use «Save as» › «CSV UTF-8».");
        }

        if (head.StartsWith("%PDF"u8))
        {
            return Fail("El archivo es un PDF, no un CSV.", "The file is a PDF, not a CSV.");
        }

        if (head.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            return ScanUtf8(stream, 3) ? new SniffResult(new UTF8Encoding(false, true), 3, null) : NotText();
        }

        if (head.StartsWith(new byte[] { 0xFF, 0xFE }))
        {
            return new SniffResult(new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2, null);
        }

        if (head.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            return new SniffResult(new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2, null);
        }

        if (ContainsNul(stream))
        {
            return NotText();
        }

        return ScanUtf8(stream, 0)
            ? new SniffResult(new UTF8Encoding(false, true), 0, null)
            : new SniffResult(Windows1252, 0, null);

        static SniffResult Fail(string es, string en) => new(null, 0, new CsvOpenOutcome.Unreadable(es, en));

        static SniffResult NotText() => Fail(
            "El archivo no es texto CSV (contiene bytes binarios). Guárdelo como «CSV UTF-8» e intente de nuevo.",
            "The file is not CSV text (it contains binary bytes). Save it as «CSV UTF-8» and try again.");
    }

    private static bool ContainsNul(Stream stream)
    {
        stream.Position = 0;
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (buffer.AsSpan(0, read).Contains((byte)0))
                {
                    return true;
                }
            }

            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // Strict UTF-8 validation across buffer boundaries: a multi-byte character split between two
    // reads is carried into the next one.
    private static bool ScanUtf8(Stream stream, int start)
    {
        stream.Position = start;
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        var chars = ArrayPool<char>.Shared.Rent(64 * 1024);
        try
        {
            var carry = 0;
            while (true)
            {
                var read = stream.Read(buffer, carry, buffer.Length - carry);
                var available = carry + read;
                var final = read == 0;
                var status = Utf8.ToUtf16(buffer.AsSpan(0, available), chars, out var consumed, out _, replaceInvalidSequences: false, isFinalBlock: final);
                if (status == OperationStatus.InvalidData)
                {
                    return false;
                }

                if (final)
                {
                    return status == OperationStatus.Done;
                }

                carry = available - consumed;
                buffer.AsSpan(consumed, carry).CopyTo(buffer);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static Encoding CreateWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    // Tracks how far into the file the parser is, for the progress bar.
    private sealed class CountingStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            BytesRead = inner.Position;
            return n;
        }

        public override int Read(Span<byte> buffer)
        {
            var n = inner.Read(buffer);
            BytesRead = inner.Position;
            return n;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var n = await inner.ReadAsync(buffer, cancellationToken);
            BytesRead = inner.Position;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
