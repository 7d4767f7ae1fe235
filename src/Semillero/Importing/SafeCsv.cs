using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Semillero.Importing;

// CSV that Excel opens correctly and safely: UTF-8 with BOM, and any cell that Excel would treat
// as a formula (=, +, -, @, tab, CR) prefixed with an apostrophe (OWASP "CSV injection").
public sealed class SafeCsvWriter : IAsyncDisposable
{
    private readonly CsvWriter _csv;

    public SafeCsvWriter(Stream stream)
    {
        var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024, leaveOpen: true);
        _csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape });
    }

    public async Task WriteRowAsync(params string?[] cells)
    {
        foreach (var cell in cells)
        {
            _csv.WriteField(cell ?? "");
        }

        await _csv.NextRecordAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _csv.FlushAsync();
        await _csv.DisposeAsync();
    }
}
