using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;
using DroitEmploi.Planning;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Planning;

/// <summary>
/// Runs queued schedules one at a time. Claiming is a conditional update on the schedule's version,
/// so two nodes never run the same job; a job left running by a node that died is queued again.
/// </summary>
public sealed class ScheduleRunner(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    private static readonly TimeSpan Grace = TimeSpan.FromMinutes(2);

    public async Task RequeueAbandonedAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var running = await db.Schedules.Where(s => s.Status == ScheduleStatus.Running).ToListAsync(cancellationToken);
        var now = clock.UtcNow();
        foreach (var schedule in running.Where(s => s.StartedAt is null || s.StartedAt.Value.AddSeconds(s.TimeLimitSeconds) + Grace < now))
        {
            schedule.Status = ScheduleStatus.Queued;
            schedule.Message = "Calcul interrompu : relancé.";
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Runs the oldest queued schedule, if any; true when one was run.</summary>
    public async Task<bool> RunNextAsync(CancellationToken cancellationToken)
    {
        var id = await ClaimAsync(cancellationToken);
        if (id is null)
        {
            return false;
        }
        await RunAsync(id.Value, cancellationToken);
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
        next.Status = ScheduleStatus.Running;
        next.Message = "Calcul en cours.";
        next.StartedAt = clock.UtcNow();
        next.Progress = 0;
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
        long? best = null, bound = null;
        var watcher = WatchAsync(id, limit, started, () => (best, bound), cancel, stopping);
        RosterSolution solution;
        try
        {
            solution = await Task.Run(() => new RosterSolver().Solve(week.Problem, SolveOptions.Recommended(week.Problem, TimeSpan.FromSeconds(limit)) with
            {
                OnProgress = progress => (best, bound) = (progress.Objective, progress.BestBound),
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

    /// <summary>Every second: the progress for the board, and whether someone pressed "Annuler".</summary>
    private async Task WatchAsync(int id, int limit, long started, Func<(long? Best, long? Bound)> current, CancellationTokenSource cancel, CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), clock);
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
                var (best, bound) = current();
                schedule.Progress = (int)Math.Min(99, 100 * clock.GetElapsedTime(started).TotalSeconds / limit);
                schedule.Objective = best;
                schedule.BestBound = bound;
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
        if (schedule.Status == ScheduleStatus.Cancelled && assignments.Count == 0)
        {
            return;
        }
        schedule.Status = status;
        schedule.Message = message;
        schedule.Progress = 100;
        schedule.Objective = solution?.Objective;
        schedule.BestBound = solution?.BestBound;
        schedule.FinishedAt = clock.UtcNow();
        schedule.Assignments = assignments.Select(a => new ScheduleAssignment { ContractId = a.ContractId, Date = a.Date, SlotId = a.SlotId }).ToList();
        await db.SaveChangesAsync(cancellationToken);
    }
}
