using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Semillero.Cli.Hosting;

// What every command needs: where to write, and the product's services (AddSemillero, the same
// composition as the web host's).
public sealed class CliContext(IConfiguration configuration, TextWriter output, TextWriter error)
{
    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    // One service provider per command: the CLI is a short-lived process.
    public AsyncServiceScope CreateScope()
    {
        var services = new ServiceCollection()
            .AddSemillero(configuration)
            .AddLogging()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return services.CreateAsyncScope();
    }
}
