using Semillero.Cli;

return await SemilleroCli.RunAsync(args, Console.Out, Console.Error, configuration: null);
