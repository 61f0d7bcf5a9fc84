using Spectre.Console;

namespace RoleScope.Cli;

/// <summary>
/// Where a command writes: <see cref="Out"/> for results (tables or JSON), <see cref="Error"/> for progress and errors,
/// so that <c>--json</c> output can be piped. Tests build one over string writers.
/// </summary>
public sealed class CliConsole(IAnsiConsole @out, TextWriter outWriter, TextWriter error, bool isTerminal)
{
    public IAnsiConsole Out { get; } = @out;
    /// <summary>Raw standard output for JSON and JSON lines.</summary>
    public TextWriter OutWriter { get; } = outWriter;
    public TextWriter Error { get; } = error;
    /// <summary>True when standard error is a terminal: live progress bars; otherwise plain progress lines.</summary>
    public bool IsTerminal { get; } = isTerminal;

    public static CliConsole System() =>
        new(AnsiConsole.Console, Console.Out, Console.Error, !Console.IsErrorRedirected && !Console.IsOutputRedirected);

    public static CliConsole ForWriters(TextWriter output, TextWriter error)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 160;
        return new CliConsole(console, output, error, isTerminal: false);
    }
}
