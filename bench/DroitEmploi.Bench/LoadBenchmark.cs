using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DroitEmploi.Core.Features.Demo;

namespace DroitEmploi.Bench;

/// <summary>
/// The application as its users meet it: the built app runs as a process of its own on loopback, on
/// the demo data, and a bounded client (like wrk: a fixed number of connections, each sending its next
/// request as soon as the last is answered) reads each endpoint for a while as a CLE team would.
/// Prints requests per second and latency percentiles, /health first as the floor.
/// </summary>
public static class LoadBenchmark
{
    private sealed record Endpoint(string Name, string Path);

    private sealed record LoadResult(string Database, string Endpoint, double RequestsPerSecond, double P50, double P95, double P99, long Requests, long Errors);

    public static async Task RunAsync(BenchOptions options)
    {
        var seconds = options.Int("seconds", 60);
        var clients = options.Int("clients", 50);
        var results = new List<LoadResult>();
        foreach (var database in options.List("databases", "sqlite", "postgres"))
        {
            await using var postgres = database == "postgres" ? await ThrowawayPostgres.StartAsync() : null;
            if (database == "postgres" && postgres is null)
            {
                continue;
            }
            var name = database == "postgres" ? "PostgreSQL" : "SQLite";
            var sqliteFile = Path.Combine(Path.GetTempPath(), $"droitemploi-load-{Guid.NewGuid():N}.db");
            var settings = database == "postgres"
                ? new Dictionary<string, string> { ["Database__Provider"] = "Postgres", ["ConnectionStrings__Postgres"] = $"{postgres!.Server};Database=droitemploi_load_{Guid.NewGuid():N}" }
                : new Dictionary<string, string> { ["Database__Provider"] = "Sqlite", ["Database__SqliteFile"] = sqliteFile };
            using (var server = await AppProcess.StartAsync(settings))
            {
                var only = options.List("endpoints");
                var endpoints = (await EndpointsAsync(server.BaseAddress))
                    .Where(e => only.Count == 0 || only.Any(o => e.Name.Contains(o, StringComparison.OrdinalIgnoreCase))).ToList();
                foreach (var endpoint in endpoints)
                {
                    var token = await TokenAsync(server.BaseAddress);
                    var result = await HammerAsync(server.BaseAddress, endpoint, token, clients, TimeSpan.FromSeconds(seconds));
                    results.Add(result with { Database = name });
                    Console.Error.WriteLine($"{name} {endpoint.Name}: {result.RequestsPerSecond:0} req/s, p95 {result.P95:0.0} ms, {result.Errors} errors");
                }
            }
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(sqliteFile + suffix);
            }
        }

        Console.WriteLine($"| database | endpoint | req/s | p50 ms | p95 ms | p99 ms | requests | errors |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Database} | {r.Endpoint} | {r.RequestsPerSecond:0} | {r.P50:0.0} | {r.P95:0.0} | {r.P99:0.0} | {r.Requests} | {r.Errors} |"));
        }
        Console.WriteLine();
        Console.WriteLine($"{clients} concurrent clients, {seconds} s per endpoint after 3 s of warm-up, loopback, a CLE team's token ({DemoAccounts.ValenciennesTeam}).");
    }

    /// <summary>The main reads of a CLE team on its territory: the ids come from the demo data.</summary>
    private static async Task<IReadOnlyList<Endpoint>> EndpointsAsync(Uri baseAddress)
    {
        using var client = new HttpClient { BaseAddress = baseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(baseAddress));
        var territories = await client.GetFromJsonAsync<JsonElement>("/api/v1/territories");
        var territory = territories.GetProperty("items").EnumerateArray().First(t => t.GetProperty("name").GetString()!.Contains("Valenciennes", StringComparison.Ordinal)).GetProperty("id").GetInt32();
        var people = await client.GetFromJsonAsync<JsonElement>($"/api/v1/territories/{territory}/people?pageSize=1");
        var person = people.GetProperty("items")[0].GetProperty("id").GetInt32();
        var organisations = await client.GetFromJsonAsync<JsonElement>("/api/v1/organisations?search=Barakajobs");
        var ebe = organisations.GetProperty("items")[0].GetProperty("id").GetInt32();
        var year = DateTime.UtcNow.Year;
        return
        [
            new("/health (floor)", "/health"),
            new("territories", "/api/v1/territories"),
            new("waiting list", $"/api/v1/territories/{territory}/waiting-list"),
            new("a person's record (journaled)", $"/api/v1/people/{person}"),
            new("people figures", $"/api/v1/territories/{territory}/people-figures"),
            new("employment figures", $"/api/v1/territories/{territory}/employment-figures"),
            new("funding statement", $"/api/v1/organisations/{ebe}/funding?year={year}"),
        ];
    }

    private static async Task<string> TokenAsync(Uri baseAddress)
    {
        using var client = new HttpClient { BaseAddress = baseAddress };
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = DemoAccounts.ValenciennesTeam, password = DemoAccounts.Password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    private static async Task<LoadResult> HammerAsync(Uri baseAddress, Endpoint endpoint, string token, int clients, TimeSpan duration)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        await RunClientsAsync(client, endpoint.Path, clients, TimeSpan.FromSeconds(3));
        var clock = Stopwatch.StartNew();
        var (latencies, errors) = await RunClientsAsync(client, endpoint.Path, clients, duration);
        var elapsed = clock.Elapsed.TotalSeconds;
        latencies.Sort();
        double Percentile(double p) => latencies.Count == 0 ? double.NaN : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p * latencies.Count) - 1)];
        return new LoadResult("", endpoint.Name, latencies.Count / elapsed, Percentile(0.50), Percentile(0.95), Percentile(0.99), latencies.Count, errors);
    }

    private static async Task<(List<double> Latencies, long Errors)> RunClientsAsync(HttpClient client, string path, int clients, TimeSpan duration)
    {
        var end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        long errors = 0;
        var perClient = await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            var latencies = new List<double>();
            while (Stopwatch.GetTimestamp() < end)
            {
                var start = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead);
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref errors);
                        continue;
                    }
                }
                catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
                {
                    Interlocked.Increment(ref errors);
                    continue;
                }
                latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
            return latencies;
        }));
        return (perClient.SelectMany(l => l).ToList(), errors);
    }

    /// <summary>The built web app, started as its host would start it, with the demo data.</summary>
    private sealed class AppProcess : IDisposable
    {
        private readonly Process _process;

        private AppProcess(Process process, Uri baseAddress)
        {
            _process = process;
            BaseAddress = baseAddress;
        }

        public Uri BaseAddress { get; }

        public static async Task<AppProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
        {
            var port = ThrowawayPostgres.FreePort();
            var start = new ProcessStartInfo("dotnet") { WorkingDirectory = AppContext.BaseDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "DroitEmploi.Web.dll"));
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Benchmark";
            start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
            start.Environment["DemoData__Enabled"] = "true";
            start.Environment["Bootstrap__AdminEmail"] = DemoAccounts.Administrator;
            start.Environment["Bootstrap__AdminPassword"] = DemoAccounts.Password;
            start.Environment["Logging__LogLevel__Default"] = "Warning";
            start.Environment["Planning__RunWorker"] = "false";
            foreach (var (key, value) in settings)
            {
                start.Environment[key] = value;
            }
            var process = Process.Start(start)!;
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, line) => { if (line.Data is { Length: > 0 }) { Console.Error.WriteLine($"  app: {line.Data}"); } };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var baseAddress = new Uri($"http://127.0.0.1:{port}");
            using var probe = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };
            for (var attempt = 0; attempt < 240; attempt++)
            {
                try
                {
                    if ((await probe.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                    {
                        return new AppProcess(process, baseAddress);
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }
                if (process.HasExited)
                {
                    break;
                }
                await Task.Delay(500);
            }
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("The application did not answer /health within two minutes.");
        }

        public void Dispose()
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
            _process.Dispose();
        }
    }
}
