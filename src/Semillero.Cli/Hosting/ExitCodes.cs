namespace Semillero.Cli.Hosting;

// The CLI's exit codes: 0 done, 1 failed (infrastructure, or the work could not be done), 2 the
// input was refused (the message says why).
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int BadInput = 2;
}
