using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using RoleScope.Storage;
using RoleScope.Web;

namespace RoleScope.Cli.Commands;

/// <summary><c>rolescope serve</c>: the web app and the HTTP API over a store, on one address, until Ctrl+C.</summary>
internal static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static Command Create(CliConsole console)
    {
        var db = CommonOptions.Database();
        var urls = new Option<string>("--urls") { Description = "Address(es) to listen on, ';'-separated", DefaultValueFactory = _ => DefaultUrls, HelpName = "URL" };
        var apiKey = new Option<string?>("--api-key")
        {
            Description = "Key that POST /api/ingest requires in X-Api-Key (default: $ROLESCOPE_API_KEY; none = ingest over HTTP refused)",
            HelpName = "KEY",
        };
        var command = new Command("serve", "Serve the web app (jobs, postings, compare, salary check, career move) and the HTTP API") { db, urls, apiKey };
        command.SetAction(async (r, cancellationToken) =>
        {
            var dbPath = r.GetValue(db)!;
            if (!PostingStores.IsServer(dbPath) && !File.Exists(dbPath))
            {
                throw new CliException($"no database at {dbPath}. Run 'rolescope demo' or 'rolescope ingest FILE...' first, or pass --db PATH.");
            }
            var key = r.GetValue(apiKey) ?? Environment.GetEnvironmentVariable("ROLESCOPE_API_KEY");
            WebApplication app;
            try
            {
                app = WebApp.Build([], builder =>
                {
                    builder.Configuration["RoleScope:Db"] = dbPath;
                    builder.Configuration["RoleScope:ApiKey"] = key;
                    builder.Configuration["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning";
                    builder.WebHost.UseUrls(r.GetValue(urls)!);
                });
            }
            catch (StoreOpenException e)
            {
                throw new CliException(e.Message);
            }
            await using (app)
            {
                await app.StartAsync(cancellationToken);
                foreach (var url in app.Urls)
                {
                    await console.OutWriter.WriteLineAsync($"RoleScope is serving {PostingStores.Describe(dbPath)} at {url} (Ctrl+C to stop)");
                }
                await console.OutWriter.FlushAsync(cancellationToken);
                await app.WaitForShutdownAsync(cancellationToken);
            }
            return 0;
        });
        return command;
    }
}
