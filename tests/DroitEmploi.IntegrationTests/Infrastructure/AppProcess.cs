using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace DroitEmploi.IntegrationTests.Infrastructure;

/// <summary>
/// The built application started as a process of its own, as a container or a systemd unit would
/// start it: it can be told where to listen, and killed like a crashed server.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;

    private AppProcess(Process process) => _process = process;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <param name="settings">Environment variables (<c>Database__SqliteFile</c>…); a null value removes one inherited from the tests.</param>
    public static AppProcess Start(IReadOnlyDictionary<string, string?> settings, IEnumerable<string>? arguments = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "DroitEmploi.Web.dll"));
        foreach (var argument in arguments ?? [])
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        foreach (var (key, value) in settings)
        {
            if (value is null)
            {
                start.Environment.Remove(key);
            }
            else
            {
                start.Environment[key] = value;
            }
        }
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new AppProcess(process);
    }

    /// <summary>The status of /health once the app answers (two minutes at most), or null if it never did.</summary>
    public async Task<HttpStatusCode?> WaitUntilAnsweringAsync(int port)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromMinutes(2) && !_process.HasExited)
        {
            try
            {
                return (await client.GetAsync($"http://127.0.0.1:{port}/health")).StatusCode;
            }
            // Refused while the app starts, or accepted but not answered in time while it migrates on a busy machine.
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                await Task.Delay(500);
            }
        }
        return null;
    }

    /// <summary>Stops the app at once, as a power cut or an out-of-memory kill would: nothing gets to clean up.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        await _process.WaitForExitAsync();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }
}
