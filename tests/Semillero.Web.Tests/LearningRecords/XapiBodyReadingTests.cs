using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Semillero.Data;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.LearningRecords;

// How the LRS reads a statement request's body: into a pooled buffer that grows while a body without
// Content-Length (chunked) arrives, parsed in place and used until the response is sent.
public abstract class XapiBodyReadingTests(DatabaseProvider provider) : WebTest(provider)
{
    public sealed class OnSqlite() : XapiBodyReadingTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : XapiBodyReadingTests(DatabaseProvider.Postgres);

    private Task<HttpClient> PartnerAsync() => App.XapiClientAsync("Moodle Universidad");

    private static string Viewed(int user) => $$"""
        {"actor":{"name":"Usuaria Ñandú {{user}}","account":{"homePage":"https://moodle.universidad.example","name":"{{user}}" } },
         "verb":{"id":"http://id.tincanapi.com/verb/viewed","display":{"es-MX":"vio"} },
         "object":{"id":"https://moodle.universidad.example/mod/page/view.php?id={{user}}","definition":{"name":{"es-MX":"Introducción a la nube" } } } }
        """;

    [Fact]
    public async Task ABatchSentWithoutContentLength_IsStoredWhole()
    {
        var client = await PartnerAsync();
        // ~150 KB, sent chunked: the buffer starts at 16 KB and grows several times.
        var batch = "[" + string.Join(",", Enumerable.Range(1, 500).Select(Viewed)) + "]";

        var response = await client.PostAsync("/xapi/statements", new ChunkedContent(Encoding.UTF8.GetBytes(batch)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ids = JsonSerializer.Deserialize<string[]>(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(500, ids.Length);
        var last = await client.GetStringAsync($"/xapi/statements?statementId={ids[^1]}");
        using var stored = JsonDocument.Parse(last);
        Assert.Equal("Usuaria Ñandú 500", stored.RootElement.GetProperty("actor").GetProperty("name").GetString());
        Assert.Equal("Introducción a la nube", stored.RootElement.GetProperty("object").GetProperty("definition").GetProperty("name").GetProperty("es-MX").GetString());
    }

    [Fact]
    public async Task ABodyOver20MBWithoutContentLength_Returns413()
    {
        var client = await PartnerAsync();
        var body = new byte[(20 * 1024 * 1024) + 10];
        Array.Fill(body, (byte)' ');
        body[0] = (byte)'[';

        var response = await client.PostAsync("/xapi/statements", new ChunkedContent(body));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task ABodyThatIsNotUtf8_Returns400()
    {
        var client = await PartnerAsync();
        var body = Encoding.Latin1.GetBytes(Viewed(7));

        var response = await client.PostAsync("/xapi/statements", new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not valid UTF-8", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    // A body of unknown length, as a client streaming its batch sends it.
    private sealed class ChunkedContent : HttpContent
    {
        private readonly byte[] _bytes;

        public ChunkedContent(byte[] bytes)
        {
            _bytes = bytes;
            Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            for (var offset = 0; offset < _bytes.Length; offset += 8 * 1024)
            {
                await stream.WriteAsync(_bytes.AsMemory(offset, Math.Min(8 * 1024, _bytes.Length - offset)));
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
