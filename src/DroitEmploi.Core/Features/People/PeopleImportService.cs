using System.Text.Json;
using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Territories;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.People;

/// <summary>
/// Imports of volunteers from a CSV or XLSX file, as jobs: the upload checks the file as a whole and
/// queues it; <see cref="PeopleImportRunner"/> checks every row and writes the valid ones, all or
/// nothing. A dry run changes nothing. Only who may see the territory's identities follows a job:
/// its report names people.
/// </summary>
public sealed class PeopleImportService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public const int RecentJobs = 20;

    public async Task<PeopleImportJobView> QueueAsync(
        AccessScope scope, int territoryId, byte[] content, string fileName, bool dryRun, CancellationToken cancellationToken = default)
    {
        scope.EnsureCanSeeIdentities(territoryId);
        // A file that cannot be read at all is refused now, with its reason; a row's fault goes in the report.
        PeopleImportPlan.Read(content, fileName, headersOnly: true);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        await db.Territories.RequireAsync(territoryId, cancellationToken);
        var job = PeopleImportJob.Queue(territoryId, Path.GetFileName(fileName), content, dryRun, scope.UserName, clock.UtcNow());
        db.PeopleImportJobs.Add(job);
        await db.SaveChangesAsync(cancellationToken);
        return View(job);
    }

    public async Task<PeopleImportJobView> GetAsync(AccessScope scope, int territoryId, int jobId, CancellationToken cancellationToken = default)
    {
        scope.EnsureCanSeeIdentities(territoryId);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return View(await FindAsync(db, territoryId, jobId, cancellationToken));
    }

    /// <summary>The territory's latest imports, newest first, without their reports.</summary>
    public async Task<IReadOnlyList<PeopleImportJobView>> RecentAsync(AccessScope scope, int territoryId, CancellationToken cancellationToken = default)
    {
        scope.EnsureCanSeeIdentities(territoryId);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var jobs = await db.PeopleImportJobs.AsNoTracking().Where(j => j.TerritoryId == territoryId)
            .OrderByDescending(j => j.Id).Take(RecentJobs)
            .Select(j => new PeopleImportJobView(j.Id, j.TerritoryId, j.FileName, j.DryRun, j.Status, j.Stage, j.Progress, j.RowsTotal,
                j.RowsWritten, j.Message, j.RequestedBy, j.RequestedAt, j.StartedAt, j.FinishedAt, null, j.Attempts, j.Version))
            .ToListAsync(cancellationToken);
        return jobs;
    }

    private const int CancelAttempts = 5;

    public async Task<PeopleImportJobView> CancelAsync(AccessScope scope, int territoryId, int jobId, CancellationToken cancellationToken = default)
    {
        scope.EnsureCanSeeIdentities(territoryId);
        // The worker moves the job on every chunk; the user's "Annuler" holds no stale form, so a move
        // between our read and our write is read again rather than answered as a conflict. On SQLite the
        // worker's write can also refuse ours outright (its single writer): that too is tried again.
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
            var job = await FindAsync(db, territoryId, jobId, cancellationToken);
            job.Cancel(scope.UserName, clock.UtcNow());
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return View(job);
            }
            catch (Exception race) when (race is ConcurrencyConflictException or DbUpdateException && attempt < CancelAttempts)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50 * attempt), cancellationToken);
            }
        }
    }

    private static async Task<PeopleImportJob> FindAsync(AppDbContext db, int territoryId, int jobId, CancellationToken cancellationToken) =>
        await db.PeopleImportJobs.SingleOrDefaultAsync(j => j.Id == jobId && j.TerritoryId == territoryId, cancellationToken)
        ?? throw new NotFoundException("Cet import n'existe pas sur ce territoire.");

    private static PeopleImportJobView View(PeopleImportJob job) => new(
        job.Id, job.TerritoryId, job.FileName, job.DryRun, job.Status, job.Stage, job.Progress, job.RowsTotal, job.RowsWritten,
        job.Message, job.RequestedBy, job.RequestedAt, job.StartedAt, job.FinishedAt,
        job.Report is null ? null : JsonSerializer.Deserialize<ImportReport>(job.Report, PeopleImportRunner.ReportJson), job.Attempts, job.Version);
}
