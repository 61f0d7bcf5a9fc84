using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace RoleScope.Storage.Postgres;

/// <summary>
/// A throwaway PostgreSQL server for tests and benchmarks: initdb into a temporary folder (mode 700), pg_ctl start on
/// 127.0.0.1 and a free port with trust authentication, and pg_ctl -m fast stop plus deletion on dispose. Run as root,
/// the server runs as the <c>postgres</c> user (PostgreSQL refuses root) through runuser.
/// </summary>
public sealed class LocalPostgresServer : IDisposable
{
    /// <summary>Where Debian's <c>postgresql</c> package puts the server binaries, one folder per major version.</summary>
    public const string DebianBinRoot = "/usr/lib/postgresql";

    /// <summary>Set to a folder holding initdb and pg_ctl to use other binaries.</summary>
    public const string BinFolderVariable = "ROLESCOPE_PG_BIN";

    public const string InstallHint =
        "PostgreSQL server binaries (initdb, pg_ctl) were not found under " + DebianBinRoot + "/*/bin nor in $" + BinFolderVariable + ". "
        + "Install them with: apt-get update && apt-get install -y postgresql (see DEVELOPERS.md).";

    private const string ServiceUser = "postgres";
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(2);

    private readonly string bin;
    private readonly bool asServiceUser;
    private int databases;
    private bool stopped;

    private LocalPostgresServer(string bin, string root, int port, bool asServiceUser)
    {
        this.bin = bin;
        Root = root;
        Port = port;
        this.asServiceUser = asServiceUser;
    }

    /// <summary>The temporary folder holding the data directory, the socket and the server log.</summary>
    public string Root { get; }

    public int Port { get; }

    private string DataDirectory => Path.Combine(Root, "data");

    private string LogFile => Path.Combine(Root, "server.log");

    /// <summary>
    /// Initialises and starts a server. <paramref name="durable"/> false turns fsync and synchronous commit off: faster
    /// for tests, and the data is thrown away anyway.
    /// </summary>
    /// <exception cref="InvalidOperationException">The binaries are missing (the message says how to install them) or the server did not start.</exception>
    public static LocalPostgresServer Start(bool durable = false)
    {
        var bin = FindBinaries() ?? throw new InvalidOperationException(InstallHint);
        var asServiceUser = Environment.UserName == "root";
        var root = Directory.CreateTempSubdirectory("rolescope-pg-").FullName;
        var server = new LocalPostgresServer(bin, root, FreePort(), asServiceUser);
        try
        {
            server.Initialise(durable);
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>The newest initdb folder: $ROLESCOPE_PG_BIN, else /usr/lib/postgresql/N/bin with the highest N.</summary>
    public static string? FindBinaries()
    {
        if (Environment.GetEnvironmentVariable(BinFolderVariable) is { Length: > 0 } custom)
        {
            return File.Exists(Path.Combine(custom, "initdb")) ? custom : null;
        }
        if (!Directory.Exists(DebianBinRoot))
        {
            return null;
        }
        return Directory.GetDirectories(DebianBinRoot)
            .Select(d => (Version: int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1, Bin: Path.Combine(d, "bin")))
            .Where(x => x.Version >= 0 && File.Exists(Path.Combine(x.Bin, "initdb")) && File.Exists(Path.Combine(x.Bin, "pg_ctl")))
            .OrderByDescending(x => x.Version)
            .Select(x => x.Bin)
            .FirstOrDefault();
    }

    /// <summary>A connection string for <paramref name="database"/> as the superuser.</summary>
    public string ConnectionString(string database = "postgres") => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = ServiceUser,
        Database = database,
        // Tests open many short-lived databases; a pool per database would keep their connections (and the databases) busy.
        Pooling = false,
    }.ConnectionString;

    /// <summary>Creates a new empty database and returns its connection string.</summary>
    public string CreateDatabase(string? name = null)
    {
        name ??= "rs_" + Interlocked.Increment(ref databases).ToString(CultureInfo.InvariantCulture) + "_" + Guid.NewGuid().ToString("N")[..8];
        using var connection = new NpgsqlConnection(ConnectionString());
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C';", connection);
        command.ExecuteNonQuery();
        return ConnectionString(name);
    }

    public void Dispose()
    {
        if (stopped)
        {
            return;
        }
        stopped = true;
        try
        {
            if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
            {
                Run(Path.Combine(bin, "pg_ctl"), "-D", DataDirectory, "-m", "fast", "-w", "stop");
            }
        }
        finally
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private void Initialise(bool durable)
    {
        Directory.CreateDirectory(DataDirectory);
        if (!OperatingSystem.IsWindows())
        {
            // initdb refuses a data directory that others may read.
            File.SetUnixFileMode(Root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            File.SetUnixFileMode(DataDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        if (asServiceUser)
        {
            RunDirect("chown", "-R", ServiceUser + ":", Root);
        }
        Run(Path.Combine(bin, "initdb"), "-D", DataDirectory, "-U", ServiceUser, "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync");
        var options = string.Join(' ',
            "-c listen_addresses=127.0.0.1",
            $"-p {Port.ToString(CultureInfo.InvariantCulture)}",
            $"-c unix_socket_directories='{Root}'",
            "-c max_connections=200",
            durable ? "" : "-c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        Run(Path.Combine(bin, "pg_ctl"), "-D", DataDirectory, "-l", LogFile, "-o", options, "-w", "-t", "60", "start");
    }

    /// <summary>A port the system has just handed out and released: free, and never the default 5432 of an installed server.</summary>
    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        var port = ((IPEndPoint)socket.LocalEndpoint).Port;
        socket.Stop();
        return port;
    }

    private void Run(string program, params string[] arguments)
    {
        if (asServiceUser)
        {
            RunDirect("runuser", ["-u", ServiceUser, "--", program, .. arguments]);
        }
        else
        {
            RunDirect(program, arguments);
        }
    }

    private void RunDirect(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // The server's own folder, which the service user may enter (a test runner's folder may be closed to it).
            WorkingDirectory = Root,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(CommandTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} did not finish within {CommandTimeout.TotalSeconds:0} s.");
        }
        if (process.ExitCode != 0)
        {
            var log = File.Exists(LogFile) ? File.ReadAllText(LogFile) : "";
            throw new InvalidOperationException(
                $"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{output.Result}{error.Result}{log}");
        }
    }
}
