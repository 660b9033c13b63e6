using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace DroitEmploi.Bench;

/// <summary>
/// A PostgreSQL cluster for the length of a benchmark, like the one ./test.sh starts: DROITEMPLOI_BENCH_POSTGRES
/// names an existing server instead ("Host=…;Port=…;Username=…").
/// </summary>
public sealed class ThrowawayPostgres : IAsyncDisposable
{
    private readonly string? _folder;
    private readonly string? _bin;

    private ThrowawayPostgres(string server, string? folder, string? bin)
    {
        Server = server;
        _folder = folder;
        _bin = bin;
    }

    public string Server { get; }

    public static async Task<ThrowawayPostgres?> StartAsync()
    {
        if (Environment.GetEnvironmentVariable("DROITEMPLOI_BENCH_POSTGRES") is { Length: > 0 } existing)
        {
            return new ThrowawayPostgres(existing, null, null);
        }
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).Order().LastOrDefault()
            : null;
        if (bin is null)
        {
            Console.Error.WriteLine("PostgreSQL is not installed (apt-get install postgresql) and DROITEMPLOI_BENCH_POSTGRES is not set: PostgreSQL skipped.");
            return null;
        }
        var folder = Directory.CreateTempSubdirectory("droitemploi-bench-pg").FullName;
        var port = FreePort();
        var asRoot = Environment.UserName == "root";
        if (asRoot && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder, (UnixFileMode)0x1FF);
            await RunAsync("chown", $"postgres: {folder}");
        }
        await RunAsync(asRoot ? "runuser" : Path.Combine(bin, "initdb"),
            (asRoot ? $"-u postgres -- {Path.Combine(bin, "initdb")} " : "") + $"-D {folder}/data -U postgres -A trust -E UTF8 --no-locale");
        await RunAsync(asRoot ? "runuser" : Path.Combine(bin, "pg_ctl"),
            (asRoot ? $"-u postgres -- {Path.Combine(bin, "pg_ctl")} " : "") +
            $"-D {folder}/data -l {folder}/log -w -o \"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off -c synchronous_commit=off\" start");
        return new ThrowawayPostgres($"Host=127.0.0.1;Port={port};Username=postgres", folder, bin);
    }

    public async ValueTask DisposeAsync()
    {
        if (_folder is null || _bin is null)
        {
            return;
        }
        var asRoot = Environment.UserName == "root";
        await RunAsync(asRoot ? "runuser" : Path.Combine(_bin, "pg_ctl"),
            (asRoot ? $"-u postgres -- {Path.Combine(_bin, "pg_ctl")} " : "") + $"-D {_folder}/data -m fast -w stop");
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>A loopback port nobody listens on now.</summary>
    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} failed: {error}");
        }
    }
}
