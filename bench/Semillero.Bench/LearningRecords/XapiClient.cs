using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Semillero.Bench.LearningRecords;

// POSTs prepared bodies to /xapi/statements from `clients` concurrent clients, each request waiting
// for the LRS's answer (which it sends only after the commit). Anything but 200 stops the benchmark:
// a figure that includes failed requests would be meaningless.
public static class XapiClient
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    public static Task<Measurement> PostAllAsync(HttpClient http, IReadOnlyList<byte[]> bodies, int statementsPerBody, int clients, CpuMeter cpu) =>
        Workers.RunAsync(bodies.Count, clients, statementsPerBody, cpu,
            () => Task.FromResult(http),
            async (client, i) => await PostAsync(client, bodies[i], statementsPerBody),
            _ => ValueTask.CompletedTask);

    // The ids the LRS answered with, after checking it answered 200 with one id per statement.
    public static async Task<string[]> PostAsync(HttpClient client, byte[] body, int statements)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = Json;
        using var response = await client.PostAsync("xapi/statements", content);
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"POST /xapi/statements answered {(int)response.StatusCode}: {text[..Math.Min(text.Length, 500)]}");
        }

        var ids = JsonSerializer.Deserialize<string[]>(text) ?? [];
        if (ids.Length != statements)
        {
            throw new InvalidOperationException($"POST /xapi/statements answered {ids.Length} ids for {statements} statements.");
        }

        return ids;
    }

    // "[a,b,c]" from already-serialized statements.
    public static byte[] Array(IEnumerable<byte[]> statements)
    {
        using var stream = new MemoryStream();
        stream.WriteByte((byte)'[');
        var first = true;
        foreach (var s in statements)
        {
            if (!first)
            {
                stream.WriteByte((byte)',');
            }

            stream.Write(s);
            first = false;
        }

        stream.WriteByte((byte)']');
        return stream.ToArray();
    }
}
