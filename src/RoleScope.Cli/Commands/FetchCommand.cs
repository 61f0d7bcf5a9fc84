using System.CommandLine;
using RoleScope.Fetch.Ashby;
using RoleScope.Fetch.Greenhouse;
using RoleScope.Fetch.HackerNews;
using RoleScope.Fetch.Lever;
using RoleScope.Fetch.SchemaOrg;

namespace RoleScope.Cli.Commands;

/// <summary>
/// <c>rolescope fetch hn|greenhouse|lever|ashby|schemaorg ... (--out FILE | --db PATH)</c>: pull postings from public
/// sources into canonical JSONL or straight into a store; a second run fetches only what is new (issue #7).
/// </summary>
internal static class FetchCommand
{
    public static Command Create(CliConsole console) => new("fetch", "Fetch postings from Hacker News, Greenhouse, Lever, Ashby or schema.org JobPosting pages")
    {
        Hn(console), Greenhouse(console), Lever(console), Ashby(console), SchemaOrg(console),
    };

    private static Command Hn(CliConsole console)
    {
        var month = new Option<string>("--month") { Description = "The month of the \"Ask HN: Who is hiring?\" thread", Required = true, HelpName = "YYYY-MM" };
        var options = new FetchOptions();
        var command = new Command("hn", "Top-level comments of a month's \"Ask HN: Who is hiring?\" thread (official HN API)") { month };
        options.AddTo(command);
        command.SetAction((r, ct) =>
        {
            var (year, m) = FetchOptions.ParseMonth(r.GetValue(month));
            var connector = new HnConnector(options.BaseUri(r, HnConnector.DefaultBaseUrl), year, m);
            return Task.FromResult(FetchExecution.Run(console, r, options, connector, ct));
        });
        return command;
    }

    private static Command Greenhouse(CliConsole console)
    {
        var board = BoardOption("--board", "Greenhouse board token (boards.greenhouse.io/TOKEN)");
        var options = new FetchOptions();
        var command = new Command("greenhouse", "Open jobs of a Greenhouse board (Job Board API), with their pay ranges") { board };
        options.AddTo(command);
        command.SetAction((r, ct) => Task.FromResult(FetchExecution.Run(console, r, options,
            new GreenhouseConnector(options.BaseUri(r, GreenhouseConnector.DefaultBaseUrl), Name(r, board)), ct)));
        return command;
    }

    private static Command Lever(CliConsole console)
    {
        var company = BoardOption("--company", "Lever site name (jobs.lever.co/NAME)");
        var options = new FetchOptions();
        var command = new Command("lever", "Published postings of a Lever site (Postings API), with salaryRange and workplaceType") { company };
        options.AddTo(command);
        command.SetAction((r, ct) => Task.FromResult(FetchExecution.Run(console, r, options,
            new LeverConnector(options.BaseUri(r, LeverConnector.DefaultBaseUrl), Name(r, company)), ct)));
        return command;
    }

    private static Command Ashby(CliConsole console)
    {
        var board = BoardOption("--board", "Ashby job board name (jobs.ashbyhq.com/NAME)");
        var options = new FetchOptions();
        var command = new Command("ashby", "Published jobs of an Ashby job board (Posting API), with compensation") { board };
        options.AddTo(command);
        command.SetAction((r, ct) => Task.FromResult(FetchExecution.Run(console, r, options,
            new AshbyConnector(options.BaseUri(r, AshbyConnector.DefaultBaseUrl), Name(r, board)), ct)));
        return command;
    }

    private static Command SchemaOrg(CliConsole console)
    {
        var inputs = new Argument<string[]>("URL|FILE") { Description = "Pages (URLs, or paths relative to --base-url) or local HTML / JSON-LD files", Arity = ArgumentArity.OneOrMore };
        var options = new FetchOptions();
        var command = new Command("schemaorg", "schema.org JobPosting JSON-LD in HTML pages or files (baseSalary, jobLocationType, employmentType, ...)") { inputs };
        options.AddTo(command);
        command.SetAction((r, ct) => Task.FromResult(FetchExecution.Run(console, r, options,
            new SchemaOrgConnector(r.GetValue(inputs) ?? [], options.OptionalBaseUri(r)), ct)));
        return command;
    }

    private static Option<string> BoardOption(string name, string description) => new(name) { Description = description, Required = true, HelpName = "NAME" };

    private static string Name(ParseResult r, Option<string> option)
    {
        var value = r.GetValue(option)?.Trim();
        return string.IsNullOrEmpty(value) || value.Contains('/', StringComparison.Ordinal)
            ? throw new CliException($"{option.Name} expects a name such as 'acme', got '{value}'.")
            : value;
    }
}
