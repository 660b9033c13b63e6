using System.Text.Json;
using DroitEmploi.IntegrationTests.Infrastructure;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;

namespace DroitEmploi.IntegrationTests.Features.Platform;

/// <summary>
/// Every operation of the OpenAPI document, called by every demo role with malformed and hostile values:
/// whatever is sent, the answer is never a server error.
/// </summary>
public abstract class HostileInputTests(AppFactory app)
{
    private const int RequestsPerRole = 2_500;

    public static TheoryData<string> Roles =>
    [
        Administrator, ValenciennesTeam, LilleTeam, ValenciennesMember, BarakajobsManagement, KpaCoordination, Funder, BarakajobsEmployee,
    ];

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task No_operation_answers_a_server_error_whatever_is_sent(string email)
    {
        using var anonymous = app.CreateClient();
        var document = JsonDocument.Parse(await anonymous.GetStringAsync("/openapi/v1.json")).RootElement;
        // The same requests on every run (string.GetHashCode differs from one process to the next), so that
        // the test command's verdict does not depend on luck; DROITEMPLOI_HOSTILE_SEED explores other ones.
        var explore = int.TryParse(Environment.GetEnvironmentVariable("DROITEMPLOI_HOSTILE_SEED"), out var offset) ? offset : 0;
        var requests = new HostileRequests(document, seed: email.Aggregate(2026 + explore, (hash, letter) => unchecked(hash * 31 + letter)));
        var operations = requests.Operations().ToList();
        Assert.True(operations.Count >= 50, $"Only {operations.Count} operations in the OpenAPI document.");
        using var client = await app.ClientForAsync(email);

        var failures = new List<string>();
        var sent = 0;
        for (var round = 0; sent < RequestsPerRole; round++)
        {
            foreach (var (method, path, operation) in operations)
            {
                if (path.EndsWith("/logout", StringComparison.Ordinal) || path.EndsWith("/password", StringComparison.Ordinal))
                {
                    // Would end this role's session for the rest of the run; both have their own tests.
                    continue;
                }
                var request = requests.Build(method, path, operation);
                using var message = request.ToMessage();
                using var response = await client.SendAsync(message);
                sent++;
                if ((int)response.StatusCode >= 500)
                {
                    var body = await response.Content.ReadAsStringAsync();
                    failures.Add($"{(int)response.StatusCode} {request} → {(body.Length > 300 ? body[..300] : body)}");
                }
            }
        }
        Assert.True(failures.Count == 0, $"{failures.Count} server errors out of {sent} requests:\n" + string.Join("\n", failures.Distinct().Take(40)));
    }
}

[Collection(IsolatedSqliteCollection.Name)]
public sealed class HostileInputOnSqlite(IsolatedSqliteApp app) : HostileInputTests(app);

[Collection(IsolatedPostgresCollection.Name)]
public sealed class HostileInputOnPostgres(IsolatedPostgresApp app) : HostileInputTests(app);
