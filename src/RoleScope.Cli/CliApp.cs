using System.CommandLine;
using RoleScope.Cli.Commands;

namespace RoleScope.Cli;

/// <summary>The <c>rolescope</c> command tree. Each command lives in its own file under Commands/.</summary>
public static class CliApp
{
    public static RootCommand Build(CliConsole console)
    {
        var root = new RootCommand("RoleScope: job-market intelligence for software roles, extracted from job postings.")
        {
            IngestCommand.Create(console),
            ExtractCommand.Create(console),
            ProfileCommand.Create(console),
            CompareCommand.Create(console),
            DemoCommand.Create(console),
            SampleCommand.Create(console),
            EvalCommand.Create(console),
            ExportCommand.Create(console),
            FetchCommand.Create(console),
            BenchmarkSalaryCommand.Create(console),
            PlanCommand.Create(console),
            ReportCommand.Create(console),
            ServeCommand.Create(console),
        };
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliConsole console)
    {
        var root = Build(console);
        var config = new InvocationConfiguration { Output = console.OutWriter, Error = console.Error, EnableDefaultExceptionHandler = false };
        try
        {
            return await root.Parse(args).InvokeAsync(config).ConfigureAwait(false);
        }
        catch (CliException e)
        {
            await console.Error.WriteLineAsync("rolescope: " + e.Message).ConfigureAwait(false);
            return 2;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException or IOException or InvalidDataException)
        {
            await console.Error.WriteLineAsync("rolescope: " + e.Message).ConfigureAwait(false);
            return 1;
        }
    }
}

/// <summary>A user error with a one-line message (bad argument, unknown family).</summary>
public sealed class CliException(string message) : Exception(message);
