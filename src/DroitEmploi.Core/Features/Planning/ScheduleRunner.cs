using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;
using DroitEmploi.Planning;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Planning;

/// <summary>
/// Runs queued schedules one at a time. Claiming is a conditional update on the schedule's version,
/// so two nodes never run the same job. The node running a job writes a heartbeat every second; a job
/// whose heartbeat stopped (its node died) is queued again, and fails after three interrupted runs.
/// </summary>
public sealed class ScheduleRunner(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock) : IJobRunner
{
    /// <summary>A heartbeat older than this means the node running the job is gone.</summary>
    public static readonly TimeSpan HeartbeatTimeout = TimeSpan.FromSeconds(30);

    public const int MaxAttempts = 3;

    public string JobKind => "schedules";

    public TimeSpan SweepInterval => HeartbeatTimeout;

    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var stale = clock.UtcNow() - HeartbeatTimeout;
        var abandoned = await db.Schedules
            .Where(s => s.Status == ScheduleStatus.Running && (s.HeartbeatAt ?? s.StartedAt ?? DateTime.MinValue) < stale)
            .ToListAsync(cancellationToken);
        foreach (var schedule in abandoned)
        {
            schedule.Interrupt(MaxAttempts, clock.UtcNow());
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            // Another node swept or the job's own node came back at the same moment: the next sweep decides.
            return 0;
        }
        return abandoned.Count;
    }

    public async Task<bool> RunNextAsync(CancellationToken cancellationToken)
    {
        var id = await ClaimAsync(cancellationToken);
        if (id is null)
        {
            return false;
        }
        try
        {
            await RunAsync(id.Value, cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            await FinishAsync(id.Value, ScheduleStatus.Failed,
                "Le calcul a échoué sur une erreur inattendue, enregistrée pour l'administrateur : relancez-le, ou signalez-le s'il échoue encore.",
                null, [], CancellationToken.None);
            throw;
        }
        return true;
    }

    private async Task<int?> ClaimAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var next = await db.Schedules.Where(s => s.Status == ScheduleStatus.Queued).OrderBy(s => s.Id).FirstOrDefaultAsync(cancellationToken);
        if (next is null)
        {
            return null;
        }
        next.Claim(clock.UtcNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return next.Id;
        }
        catch (ConcurrencyConflictException)
        {
            return null;
        }
    }

    private async Task RunAsync(int id, CancellationToken stopping)
    {
        WeekProblem week;
        int limit;
        await using (var db = await dbFactory.CreateDbContextAsync(stopping))
        {
            var schedule = await db.Schedules.AsNoTracking().SingleAsync(s => s.Id == id, stopping);
            limit = schedule.TimeLimitSeconds;
            week = await WeekProblem.BuildAsync(db, schedule.OrganisationId, schedule.WeekStart, stopping);
        }
        if (week.Slots.Count == 0 || week.Contracts.Count == 0)
        {
            await FinishAsync(id, ScheduleStatus.Failed, week.Slots.Count == 0
                ? "Aucun créneau d'activité n'est défini pour cette EBE : ajoutez-en avant de proposer un planning."
                : "Personne n'est sous contrat cette semaine.", null, [], stopping);
            return;
        }
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var started = clock.GetTimestamp();
        var best = new BestSoFar();
        var watcher = WatchAsync(id, limit, started, week, best, cancel, stopping);
        RosterSolution solution;
        try
        {
            solution = await Task.Run(() => new RosterSolver().Solve(week.Problem, SolveOptions.Recommended(week.Problem, TimeSpan.FromSeconds(limit)) with
            {
                OnProgress = best.Take,
            }, cancel.Token), stopping);
        }
        finally
        {
            await cancel.CancelAsync();
            await watcher;
        }
        var (status, message) = solution.Status switch
        {
            SolveStatus.Optimal => (ScheduleStatus.Proposed, "Planning optimal trouvé."),
            SolveStatus.Feasible => (ScheduleStatus.Proposed, "Meilleur planning trouvé dans le temps donné."),
            SolveStatus.Cancelled when solution.Assignments.Count > 0 => (ScheduleStatus.Proposed, "Calcul arrêté : meilleur planning trouvé jusque-là."),
            SolveStatus.Cancelled => (ScheduleStatus.Cancelled, "Calcul annulé."),
            SolveStatus.Infeasible => (ScheduleStatus.Failed, solution.InfeasibilityReason ?? "Aucun planning ne respecte toutes les règles."),
            _ => (ScheduleStatus.Failed, "Aucun planning trouvé dans le temps donné : augmentez le temps de calcul."),
        };
        await FinishAsync(id, status, message, solution, week.FromEngine(solution.Assignments), stopping);
    }

    /// <summary>
    /// Every second: the progress for the board, the best week found when it changed (the board shows
    /// it while the computation goes on), and whether someone pressed "Annuler".
    /// </summary>
    private async Task WatchAsync(int id, int limit, long started, WeekProblem week, BestSoFar current, CancellationTokenSource cancel, CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), clock);
        var shown = 0;
        try
        {
            while (await timer.WaitForNextTickAsync(cancel.Token))
            {
                await using var db = await dbFactory.CreateDbContextAsync(stopping);
                var schedule = await db.Schedules.SingleAsync(s => s.Id == id, stopping);
                if (schedule.Status == ScheduleStatus.Cancelled)
                {
                    await cancel.CancelAsync();
                    return;
                }
                if (schedule.Status != ScheduleStatus.Running)
                {
                    // A sweep took the job back while this node was slow to beat: its result still stands at the end.
                    continue;
                }
                var (best, bound, draft, draftNumber) = current.Read();
                if (draft is not null && draftNumber != shown)
                {
                    await db.Entry(schedule).Collection(s => s.Assignments).LoadAsync(stopping);
                    db.ScheduleAssignments.RemoveRange(schedule.Assignments);
                    schedule.ShowDraft(week.FromEngine(draft));
                    shown = draftNumber;
                }
                schedule.Beat((int)(100 * clock.GetElapsedTime(started).TotalSeconds / limit), best, bound, clock.UtcNow());
                try
                {
                    await db.SaveChangesAsync(stopping);
                }
                catch (ConcurrencyConflictException)
                {
                    // Someone cancelled at the same moment: the next tick sees it.
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The solve ended or was cancelled.
        }
    }

    private async Task FinishAsync(int id, ScheduleStatus status, string message, RosterSolution? solution, IReadOnlyList<AssignmentView> assignments, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var schedule = await db.Schedules.Include(s => s.Assignments).SingleAsync(s => s.Id == id, cancellationToken);
        var draft = schedule.Assignments;
        schedule.Finish(status, message, solution?.Objective, solution?.BestBound, assignments, clock.UtcNow());
        if (!ReferenceEquals(schedule.Assignments, draft))
        {
            // The best week shown while it ran gives way to the finished one.
            db.ScheduleAssignments.RemoveRange(draft);
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
