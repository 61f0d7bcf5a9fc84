using System.Diagnostics;

namespace RoleScope.Cli.Tests;

/// <summary>The real rolescope command as a separate process (the build beside the tests), for crash and two-process tests.</summary>
internal static class RolescopeProcess
{
    private static string Dll => Path.Combine(AppContext.BaseDirectory, "rolescope.dll");

    public static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        // Progress bars off: output is a pipe.
        start.Environment["NO_COLOR"] = "1";
        var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start rolescope");
        return process;
    }

    /// <summary>Runs to the end; returns exit code, standard output and standard error.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> Run(TimeSpan timeout, params string[] args)
    {
        using var process = Start(args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        return (process.ExitCode, await output, await error);
    }
}
