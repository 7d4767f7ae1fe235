using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc;
using Semillero.Arco;

namespace Semillero.Web.Arco;

// GET /mis-datos/descargar — the derecho de acceso carried out at once: everything Semillero holds
// about the learner as a JSON file, and a record that the right was exercised.
public sealed class DescargarModel(MyData myData, ArcoRequests requests) : MisDatosPage
{
    public const string FileName = "mis-datos-semillero.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Accents and ñ stay readable; characters that matter to HTML are still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new UtcDateTimeConverter() },
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (LearnerId is not { } learnerId || await myData.ExportAsync(learnerId, ct) is not { } export)
        {
            return NotFound();
        }

        var bytes = JsonSerializer.SerializeToUtf8Bytes(export, Json);
        await requests.RecordSelfServiceAsync(learnerId, ArcoKind.Acceso, "Descarga de datos desde la cuenta.", "Entregado de inmediato en JSON.", ct);
        Response.Headers.CacheControl = "no-store";
        Response.Headers.ContentDisposition = $"attachment; filename={FileName}";
        return File(bytes, "application/json");
    }

    // Times are stored in UTC; written with their "Z" so nobody reads them as local time.
    private sealed class UtcDateTimeConverter : JsonConverter<DateTime>
    {
        public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.GetDateTime();

        public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            writer.WriteStringValue(value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc));
        }
    }
}
