using System.Text.Json;
using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.People;

/// <summary>
/// Runs queued imports one at a time. The rows are written in chunks, each in a short transaction of
/// its own, marked with the job and hidden from everyone (<see cref="Person.ImportJobId"/>) with
/// their first path step; the last transaction writes each person's journal entry and makes them all
/// visible at once. So no write holds the database for more than about a second, and a cancel, a failure or a
/// crash leaves the registry as it was: the marked rows are removed, by the job itself or by the sweep.
/// </summary>
public sealed class PeopleImportRunner(IDbContextFactory<AppDbContext> dbFactory, IBulkInserter inserter, ImportSettings settings, TimeProvider clock) : IJobRunner
{
    public static readonly JsonSerializerOptions ReportJson = new(JsonSerializerDefaults.Web);

    public string JobKind => "imports";

    public TimeSpan SweepInterval => settings.HeartbeatTimeout;

    /// <summary>Queues again, or fails, the running imports whose node died, removing what they wrote; returns how many.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.UtcNow();
        var running = await db.PeopleImportJobs.Where(j => j.Status == ImportJobStatus.Running).ToListAsync(cancellationToken);
        var stale = running.Where(j => j.IsStale(now, settings.HeartbeatTimeout)).ToList();
        foreach (var job in stale)
        {
            await RemoveWrittenAsync(db, job.Id, cancellationToken);
            job.Interrupt(now);
        }
        // A cancel whose worker died before it could clean up.
        var ended = await db.PeopleImportJobs
            .Where(j => PeopleImportJob.EndedStatuses.Contains(j.Status) && db.People.IgnoreQueryFilters().Any(p => p.ImportJobId == j.Id))
            .Select(j => j.Id).ToListAsync(cancellationToken);
        foreach (var jobId in ended)
        {
            await RemoveWrittenAsync(db, jobId, cancellationToken);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            // Another node swept, or the job's own node came back at the same moment: the next sweep decides.
            return 0;
        }
        return stale.Count;
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
        catch (ValidationFailedException invalid)
        {
            await EndAsync(id.Value, job => job.Fail(string.Join(" ", invalid.Errors.SelectMany(e => e.Value)), clock.UtcNow()));
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            await EndAsync(id.Value, job => job.Fail(
                "L'import a échoué sur une erreur inattendue, enregistrée pour l'administrateur : le registre n'a pas changé. Relancez-le, ou signalez-le s'il échoue encore.",
                clock.UtcNow()));
            throw;
        }
        return true;
    }

    private async Task<int?> ClaimAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var next = await db.PeopleImportJobs.Where(j => j.Status == ImportJobStatus.Queued).OrderBy(j => j.Id).FirstOrDefaultAsync(cancellationToken);
        if (next is null)
        {
            return null;
        }
        next.Start(clock.UtcNow());
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
        PeopleImportJob job;
        await using (var db = await dbFactory.CreateDbContextAsync(stopping))
        {
            job = await db.PeopleImportJobs.AsNoTracking().SingleAsync(j => j.Id == id, stopping);
            // What an interrupted run of this job may have left.
            await RemoveWrittenAsync(db, id, stopping);
        }
        var (file, columns) = PeopleImportPlan.Read(job.Content ?? [], job.FileName);
        if (!await AdvanceAsync(id, ImportStage.Checking, 5, stopping, rowsTotal: file.Rows.Count))
        {
            return;
        }
        Dictionary<string, int> known;
        await using (var db = await dbFactory.CreateDbContextAsync(stopping))
        {
            known = (await db.People.AsNoTracking().Where(p => p.TerritoryId == job.TerritoryId)
                    .Select(p => new { p.DuplicateKey, p.Id }).ToListAsync(stopping))
                .GroupBy(p => p.DuplicateKey).ToDictionary(g => g.Key, g => g.Min(p => p.Id));
        }
        var plan = PeopleImportPlan.Build(file, columns, known, job.TerritoryId, job.RequestedBy, clock.Today(), clock.UtcNow());
        if (job.DryRun || plan.ToCreate.Count == 0)
        {
            var report = plan.Report(job.DryRun, job.DryRun ? plan.ToCreate.Count : 0, []);
            await EndAsync(id, ended => ended.Succeed(JsonSerializer.Serialize(report, ReportJson), Summary(report), clock.UtcNow()));
            return;
        }
        if (!await AdvanceAsync(id, ImportStage.Writing, 10, stopping))
        {
            return;
        }
        var written = 0;
        foreach (var chunk in plan.ToCreate.Chunk(settings.ChunkRows))
        {
            foreach (var person in chunk)
            {
                person.ImportJobId = id;
            }
            await using (var db = await dbFactory.CreateDbContextAsync(stopping))
            await using (var write = await inserter.BeginAsync(db, stopping))
            {
                await write.InsertAsync(chunk, stopping);
                // The first step of each path, hidden with its person until the job ends.
                var steps = chunk.Select(p => new PathTransition
                {
                    PersonId = p.Id,
                    From = PathState.Candidate,
                    To = PathState.Candidate,
                    At = p.StateSince,
                    By = job.RequestedBy,
                    Reason = "Import",
                }).ToList();
                await write.InsertAsync(steps, stopping);
                await write.CommitAsync(stopping);
            }
            written += chunk.Length;
            var stage = written == plan.ToCreate.Count ? ImportStage.Finishing : ImportStage.Writing;
            if (!await AdvanceAsync(id, stage, 10 + 85 * written / plan.ToCreate.Count, stopping, rowsWritten: written))
            {
                return;
            }
            if (written < plan.ToCreate.Count && inserter.PauseBetweenWrites > TimeSpan.Zero)
            {
                // A real pause, not business time: it lets the others' writes through.
                await Task.Delay(inserter.PauseBetweenWrites, stopping);
            }
        }
        if (await FinishAsync(id, plan, stopping))
        {
            await using var db = await dbFactory.CreateDbContextAsync(stopping);
            try
            {
                await inserter.TidyAsync<Person>(db, stopping);
            }
            catch (System.Data.Common.DbException)
            {
                // The import is done and shown; the database's own maintenance will catch up later.
            }
        }
    }

    /// <summary>
    /// The last, short transaction: drops the people someone registered by hand while the job ran,
    /// writes each person's journal entry, and shows them all at once.
    /// </summary>
    private async Task<bool> FinishAsync(int id, PeopleImportPlan plan, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var job = await db.PeopleImportJobs.SingleAsync(j => j.Id == id, cancellationToken);
        if (job.Status != ImportJobStatus.Running)
        {
            await transaction.RollbackAsync(cancellationToken);
            await RemoveWrittenIfOverAsync(db, job, cancellationToken);
            return false;
        }
        db.Actor = job.RequestedBy;
        var now = clock.UtcNow();
        var late = await db.People.IgnoreQueryFilters()
            .Where(p => p.ImportJobId == id && db.People.IgnoreQueryFilters().Any(v =>
                v.ImportJobId == null && v.TerritoryId == p.TerritoryId && v.DuplicateKey == p.DuplicateKey))
            .Select(p => new { p.Id, p.FirstName, p.LastName, p.DuplicateKey })
            .ToListAsync(cancellationToken);
        if (late.Count > 0)
        {
            var lateIds = late.Select(p => p.Id).ToList();
            await db.People.IgnoreQueryFilters().Where(p => lateIds.Contains(p.Id)).ExecuteDeleteAsync(cancellationToken);
        }
        var by = job.RequestedBy;
        var created = AuditActions.Created;
        var entityType = nameof(Person);
        var changes = JsonSerializer.Serialize(new Dictionary<string, object> { [nameof(Person.ImportJobId)] = new { @new = $"n° {id} ({job.FileName})" } });
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "AuditEntries" ("At", "Actor", "Action", "EntityType", "EntityId", "TerritoryId", "Changes") SELECT {now}, {by}, {created}, {entityType}, CAST("Id" AS TEXT), "TerritoryId", {changes} FROM "People" WHERE "ImportJobId" = {id}""",
            cancellationToken);
        var imported = await db.People.IgnoreQueryFilters().Where(p => p.ImportJobId == id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.ImportJobId, (int?)null), cancellationToken);
        var report = plan.Report(false, imported, late.Select(p => new ImportDuplicate(
            plan.LineOf(p.DuplicateKey), $"{p.FirstName} {p.LastName}", null, "inscrite à la main pendant l'import : non recréée.")));
        job.Succeed(JsonSerializer.Serialize(report, ReportJson), Summary(report), now);
        db.AuditEntries.Add(new AuditEntry
        {
            Actor = by,
            Action = AuditActions.Imported,
            EntityType = nameof(PeopleImportJob),
            EntityId = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            TerritoryId = job.TerritoryId,
            Changes = JsonSerializer.Serialize(new Dictionary<string, object>
            {
                [nameof(PeopleImportJob.FileName)] = new { @new = job.FileName },
                [nameof(ImportReport.Imported)] = new { @new = imported },
            }),
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Moves the job on and beats its heart; false when it should stop (cancelled, or taken over after a stall).</summary>
    private async Task<bool> AdvanceAsync(int id, ImportStage stage, int progress, CancellationToken cancellationToken, int? rowsTotal = null, int? rowsWritten = null)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var job = await db.PeopleImportJobs.SingleAsync(j => j.Id == id, cancellationToken);
        if (job.Status != ImportJobStatus.Running)
        {
            await RemoveWrittenIfOverAsync(db, job, cancellationToken);
            return false;
        }
        job.Advance(stage, progress, clock.UtcNow(), rowsTotal, rowsWritten);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            // Cancelled at this very moment: the next step sees it.
        }
        return true;
    }

    /// <summary>A cancelled or failed job's rows go; a job queued again after a stall is left to its next run.</summary>
    private static async Task RemoveWrittenIfOverAsync(AppDbContext db, PeopleImportJob job, CancellationToken cancellationToken)
    {
        if (job.IsOver)
        {
            await RemoveWrittenAsync(db, job.Id, cancellationToken);
        }
    }

    private async Task EndAsync(int id, Action<PeopleImportJob> end)
    {
        await using var db = await dbFactory.CreateDbContextAsync(CancellationToken.None);
        var job = await db.PeopleImportJobs.SingleAsync(j => j.Id == id);
        if (job.Status == ImportJobStatus.Running)
        {
            end(job);
            await db.SaveChangesAsync();
        }
        await RemoveWrittenAsync(db, id, CancellationToken.None);
    }

    private static Task<int> RemoveWrittenAsync(AppDbContext db, int id, CancellationToken cancellationToken) =>
        db.People.IgnoreQueryFilters().Where(p => p.ImportJobId == id).ExecuteDeleteAsync(cancellationToken);

    private static string Summary(ImportReport report) => report.DryRun
        ? $"Essai terminé : {report.Imported} personne(s) seraient inscrites, {report.RejectedRows} ligne(s) refusée(s), {report.Duplicates.Count} déjà inscrite(s)."
        : $"Import terminé : {report.Imported} personne(s) inscrite(s), {report.RejectedRows} ligne(s) refusée(s), {report.Duplicates.Count} déjà inscrite(s).";
}
