using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace RoleScope.Cli.Rendering;

/// <summary>
/// Shows progress of long work: a live Spectre progress bar on a terminal, plain lines on standard error otherwise
/// (Spectre's bars print nothing when output is redirected), at most one line per <see cref="PlainInterval"/>.
/// </summary>
internal static class ProgressReporter
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(1);

    /// <summary>Runs <paramref name="work"/> with a reporter that takes (description, done, total or null).</summary>
    public static T Run<T>(CliConsole console, string title, Func<Action<string, long, long?>, T> work)
    {
        if (console.IsTerminal)
        {
            return console.Out.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask(title);
                    task.IsIndeterminate = true;
                    return work((description, done, total) =>
                    {
                        task.Description = Markup.Escape(description);
                        if (total is { } t and > 0)
                        {
                            task.IsIndeterminate = false;
                            task.MaxValue = t;
                            task.Value = done;
                        }
                    });
                });
        }
        var clock = Stopwatch.StartNew();
        TimeSpan? last = null;
        string? lastLine = null;
        string? printedLine = null;
        var result = work((description, done, total) =>
        {
            lastLine = description;
            if (last is null || clock.Elapsed - last.Value >= PlainInterval)
            {
                last = clock.Elapsed;
                printedLine = description;
                console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{title}: {description}"));
            }
        });
        // The last state once, unless it is the line already on screen.
        if (lastLine is not null && !string.Equals(lastLine, printedLine, StringComparison.Ordinal))
        {
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{title}: {lastLine}"));
        }
        return result;
    }
}
