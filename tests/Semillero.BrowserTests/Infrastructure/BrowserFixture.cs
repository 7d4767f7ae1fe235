using Microsoft.Playwright;

namespace Semillero.BrowserTests.Infrastructure;

// Real Chromium from Debian's package (Playwright's own browser download does not work here).
// ./test.sh installs it and exports SEMILLERO_TEST_CHROMIUM; a missing browser fails, never skips.
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var path = Environment.GetEnvironmentVariable("SEMILLERO_TEST_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"Chromium not found at {path}. Install Debian's package (apt-get install -y chromium) or run the tests through ./test.sh.");
        }

        // Web-first assertions wait for the page to catch up; CI runs the browser journeys beside
        // the HTTP test suite on 2 cores, where a form post and its redirect can take over the
        // 5-second default.
        Assertions.SetDefaultExpectTimeout(20_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = path,
            Headless = true,
            // --no-sandbox: CI runs as root. The rest keep Chromium off the (closed) network.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
