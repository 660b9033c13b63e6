using System.Net;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Planning;
using DroitEmploi.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;

namespace DroitEmploi.IntegrationTests.Features.Planning;

/// <summary>Jobs that survive a crash, and one job per EBE and week whatever the race (no worker runs here).</summary>
public abstract class PlanningJobTests(AppFactory app)
{
    [Fact]
    public async Task Five_simultaneous_requests_for_one_week_create_one_job()
    {
        var ebe = await Demo.OrganisationIdAsync(app, "La Barakajobs");
        using var client = await app.ClientForAsync(BarakajobsManagement);
        var week = $"2031-W{Random.Shared.Next(10, 50)}";
        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ =>
            client.PostJsonAsync($"/api/v1/organisations/{ebe}/schedules", new ScheduleRequestInput { Week = week, Seconds = 2 })));
        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.Accepted));
        foreach (var refused in answers.Where(a => a.StatusCode != HttpStatusCode.Accepted))
        {
            var problem = await refused.ProblemAsync(HttpStatusCode.Conflict);
            Assert.Contains("déjà en cours", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var monday = DroitEmploi.Core.Common.IsoWeeks.Monday(week);
        Assert.Equal(1, await db.Schedules.CountAsync(s => s.OrganisationId == ebe && s.WeekStart == monday));
    }

    [Fact]
    public async Task A_job_whose_node_died_is_queued_again_then_failed_after_three_interrupted_runs()
    {
        var ebe = await Demo.OrganisationIdAsync(app, "La Barakajobs");
        var factory = app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        int crashed, exhausted, alive;
        await using (var db = await factory.CreateDbContextAsync())
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var longAgo = now.AddMinutes(-10);
            Schedule Running(int weekOffset, int attempts, DateTime heartbeat) => new()
            {
                OrganisationId = ebe,
                WeekStart = new DateOnly(2032, 1, 5).AddDays(7 * weekOffset),
                Status = ScheduleStatus.Running,
                TimeLimitSeconds = 60,
                RequestedBy = "test",
                StartedAt = longAgo,
                HeartbeatAt = heartbeat,
                Attempts = attempts,
            };
            var jobs = new[] { Running(0, 1, longAgo), Running(1, ScheduleRunner.MaxAttempts, longAgo), Running(2, 1, now) };
            db.Schedules.AddRange(jobs);
            await db.SaveChangesAsync();
            (crashed, exhausted, alive) = (jobs[0].Id, jobs[1].Id, jobs[2].Id);
        }

        await app.Services.GetRequiredService<ScheduleRunner>().SweepAsync(CancellationToken.None);

        await using (var db = await factory.CreateDbContextAsync())
        {
            var statuses = await db.Schedules.Where(s => s.Id == crashed || s.Id == exhausted || s.Id == alive)
                .ToDictionaryAsync(s => s.Id, s => (s.Status, s.Message));
            Assert.Equal(ScheduleStatus.Queued, statuses[crashed].Status);
            Assert.Equal(ScheduleStatus.Failed, statuses[exhausted].Status);
            Assert.Contains("interrompu", statuses[exhausted].Message, StringComparison.Ordinal);
            Assert.Equal(ScheduleStatus.Running, statuses[alive].Status);
        }
    }
}

[Collection(IsolatedSqliteCollection.Name)]
public sealed class PlanningJobOnSqlite(IsolatedSqliteApp app) : PlanningJobTests(app);

[Collection(IsolatedPostgresCollection.Name)]
public sealed class PlanningJobOnPostgres(IsolatedPostgresApp app) : PlanningJobTests(app);
