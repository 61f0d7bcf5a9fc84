using RoleScope.Cli;

return await CliApp.RunAsync(args, CliConsole.System());
