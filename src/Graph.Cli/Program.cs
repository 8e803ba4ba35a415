using Graph.Cli;

return await KgApplication.RunAsync(args).ConfigureAwait(false);
