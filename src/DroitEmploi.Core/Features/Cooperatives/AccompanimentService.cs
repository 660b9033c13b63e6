using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>A KPA's contributors, who accompanies whom, and the accompaniment notes kept by its coordination.</summary>
public sealed class AccompanimentService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, ReadJournal readJournal)
{
    public async Task<IReadOnlyList<ContributorView>> ContributorsAsync(AccessScope scope, int kpaId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var context = await KpaQueries.ReadableAsync(db, scope, kpaId, cancellationToken);
        scope.EnsureCanSeeCooperants(context.Access, context.Organisation.PortageId);
        return await db.Contributors.AsNoTracking().Where(c => c.KpaId == kpaId).OrderBy(c => c.Name)
            .Select(c => new ContributorView(c.Id, c.Name, c.Kind, c.CooperantId, db.Cooperants.Count(p => p.ContributorId == c.Id)))
            .ToListAsync(cancellationToken);
    }

    public async Task<ContributorView> EnrolAsync(AccessScope scope, int kpaId, ContributorInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var context = await KpaQueries.ReadableAsync(db, scope, kpaId, cancellationToken);
        scope.EnsureCanManageCooperants(kpaId, context.Organisation.PortageId, null);
        var former = input.CooperantId is { } id ? await db.Cooperants.SingleOrDefaultAsync(c => c.Id == id, cancellationToken) : null;
        if (input.CooperantId is not null && former is null)
        {
            throw ValidationFailedException.For("cooperantId", "Cette personne n'est pas coopérante de ce KPA.");
        }
        var contributor = Contributor.Enrol(kpaId, input, former);
        db.Contributors.Add(contributor);
        await db.SaveChangesAsync(cancellationToken);
        return new ContributorView(contributor.Id, contributor.Name, contributor.Kind, contributor.CooperantId, 0);
    }

    public async Task<IReadOnlyList<AccompanimentNoteView>> NotesAsync(AccessScope scope, int cooperantId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (cooperant, context) = await KpaQueries.CooperantAsync(db, scope, cooperantId, cancellationToken);
        scope.EnsureCanReadNotes(cooperant.KpaId, context.Organisation.PortageId, cooperant.AccountId);
        var notes = await ViewsAsync(db, cooperantId, cancellationToken);
        await readJournal.RecordAsync(scope, AuditActions.Read, nameof(AccompanimentNote), cooperantId, null, "Notes d'accompagnement", cancellationToken);
        return notes;
    }

    public async Task<IReadOnlyList<AccompanimentNoteView>> WriteAsync(AccessScope scope, int cooperantId, NoteInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var (cooperant, context) = await KpaQueries.CooperantAsync(db, scope, cooperantId, cancellationToken);
        scope.EnsureCanReadNotes(cooperant.KpaId, context.Organisation.PortageId, cooperant.AccountId);
        var by = input.ContributorId is { } id ? await db.Contributors.SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw ValidationFailedException.For("contributorId", "Ce contributeur n'existe pas.") : null;
        db.AccompanimentNotes.Add(AccompanimentNote.Write(cooperant, by, input, clock.Today()));
        await db.SaveChangesAsync(cancellationToken);
        return await ViewsAsync(db, cooperantId, cancellationToken);
    }

    public async Task AssignAsync(AccessScope scope, int cooperantId, AccompanimentInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var (cooperant, context) = await KpaQueries.CooperantAsync(db, scope, cooperantId, cancellationToken, tracked: true);
        scope.EnsureCanManageCooperants(cooperant.KpaId, context.Organisation.PortageId, cooperant.AccountId);
        var contributor = input.ContributorId is { } id ? await db.Contributors.SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw ValidationFailedException.For("contributorId", "Ce contributeur n'existe pas.") : null;
        cooperant.AccompaniedBy(contributor);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<IReadOnlyList<AccompanimentNoteView>> ViewsAsync(AppDbContext db, int cooperantId, CancellationToken cancellationToken) =>
        await (
            from note in db.AccompanimentNotes.AsNoTracking()
            where note.CooperantId == cooperantId
            join contributor in db.Contributors.AsNoTracking() on note.ContributorId equals (int?)contributor.Id into authors
            from contributor in authors.DefaultIfEmpty()
            orderby note.On descending, note.Id descending
            select new AccompanimentNoteView(note.Id, note.On, note.Theme, note.Text, contributor == null ? null : contributor.Name, note.CreatedBy))
            .ToListAsync(cancellationToken);
}
