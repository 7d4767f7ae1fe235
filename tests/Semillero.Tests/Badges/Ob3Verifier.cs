using System.Diagnostics;
using System.Text.Json;

using Semillero.Badges.Credentials;

namespace Semillero.Tests.Badges;

public sealed record Ob3VerifierResult(string? Alg, bool Verified, IReadOnlyList<string> Errors, int ExitCode, string Output);

// Runs tools/ob3-verifier/verify.mjs, the independent Node verifier (jose), on a JWT and a JWKS.
// ./test.sh runs `npm ci` there and exports SEMILLERO_TEST_OB3_VERIFIER; without it these tests fail
// loudly, never skip: passing only our own verifier proves nothing about interoperability.
internal static class Ob3Verifier
{
    public const string Variable = "SEMILLERO_TEST_OB3_VERIFIER";

    private static string ScriptPath
    {
        get
        {
            var path = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } p
                ? p
                : throw new InvalidOperationException(
                    $"{Variable} is not set. The Open Badges interoperability tests need the Node verifier that ./test.sh prepares; "
                    + $"run them through ./test.sh, or by hand: (cd tools/ob3-verifier && npm ci) && export {Variable}=$PWD/tools/ob3-verifier/verify.mjs");
            if (!File.Exists(path))
            {
                throw new InvalidOperationException($"{Variable}={path}, but that file does not exist.");
            }

            if (!Directory.Exists(Path.Combine(Path.GetDirectoryName(path)!, "node_modules", "jose")))
            {
                throw new InvalidOperationException($"jose is not installed beside {path}; run `npm ci` in {Path.GetDirectoryName(path)}.");
            }

            return path;
        }
    }

    public static async Task<Ob3VerifierResult> RunAsync(string jwt, JsonWebKeySet keys)
    {
        var script = ScriptPath;
        var dir = Directory.CreateTempSubdirectory("semillero-ob3-");
        try
        {
            var jwtFile = Path.Combine(dir.FullName, "credential.jwt");
            var jwksFile = Path.Combine(dir.FullName, "jwks.json");
            await File.WriteAllTextAsync(jwtFile, jwt);
            await File.WriteAllTextAsync(jwksFile, keys.ToJson());

            var start = new ProcessStartInfo("node", [script, jwtFile, jwksFile])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("node verify.mjs did not finish within 60 s.");
            }

            var output = (await stdout).Trim();
            var line = output.Split('\n').LastOrDefault() ?? "";
            JsonElement result;
            try
            {
                result = JsonDocument.Parse(line).RootElement;
            }
            catch (JsonException)
            {
                throw new InvalidOperationException($"verify.mjs printed no JSON (exit {process.ExitCode}). stdout: {output} stderr: {await stderr}");
            }

            var parsed = new Ob3VerifierResult(
                result.GetProperty("alg").ValueKind == JsonValueKind.String ? result.GetProperty("alg").GetString() : null,
                result.GetProperty("verified").GetBoolean(),
                [.. result.GetProperty("errors").EnumerateArray().Select(e => e.GetString() ?? "")],
                process.ExitCode,
                output);
            Assert.True(parsed.Verified == (parsed.ExitCode == 0), $"exit code {parsed.ExitCode} disagrees with {output}");
            return parsed;
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
