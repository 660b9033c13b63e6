using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.People;

/// <summary>A person's rights over her data: access to everything stored (art. 15) and erasure (art. 17).</summary>
public sealed class PersonalDataService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, ReadJournal readJournal, PersonService people)
{
    /// <summary>Everything stored about a person, for their right of access (RGPD art. 15).</summary>
    public async Task<PersonalDataExport> ExportAsync(AccessScope scope, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var person = await PersonQueries.RequireAsync(db, scope, id, cancellationToken);
        var details = await people.DetailsAsync(db, person, cancellationToken);
        var idText = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var journal = await db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == nameof(Person) && e.EntityId == idText)
            .OrderBy(e => e.Id)
            .Select(e => new AuditEntryView(e.Id, e.At, e.Actor, e.Action, e.EntityType, e.EntityId, e.Changes))
            .ToListAsync(cancellationToken);
        var notes = await (
            from note in db.AccompanimentNotes.AsNoTracking()
            join cooperant in db.Cooperants.AsNoTracking() on note.CooperantId equals cooperant.Id
            where cooperant.PersonId == id
            orderby note.On
            select new Cooperatives.AccompanimentNoteView(note.Id, note.On, note.Theme, note.Text, null, note.CreatedBy))
            .ToListAsync(cancellationToken);
        var grants = await (
            from grant in db.RteGrants.AsNoTracking()
            join member in db.CteMembers.AsNoTracking() on grant.MemberId equals member.Id
            join cte in db.Organisations.AsNoTracking() on grant.CteId equals cte.Id
            where member.PersonId == id
            select new { cte.Name, grant })
            .ToListAsync(cancellationToken);
        var rte = grants.OrderBy(g => g.grant.StartsOn).Select(g => new Transition.RteGrantRecord(g.Name, Transition.TransitionLabels.French(g.grant.Kind), g.grant.StartsOn,
            g.grant.LastDay, g.grant.MonthlyAmount, Transition.TransitionLabels.French(g.grant.Household), g.grant.OtherMonthlyIncome, g.grant.RsaHoursPerYear, g.grant.Decision)).ToList();
        await readJournal.RecordAsync(scope, AuditActions.Exported, nameof(Person), id, person.TerritoryId, "Export des données personnelles", cancellationToken);
        return new PersonalDataExport(clock.UtcNow(), scope.UserName, details, journal, notes, rte);
    }

    /// <summary>
    /// The right to be forgotten: identity, contact and free text are erased everywhere, the journal
    /// included; what the statistics need (sex, birth year, dates, path) stays.
    /// </summary>
    public async Task<PersonDetails> AnonymiseAsync(AccessScope scope, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var person = await PersonQueries.RequireAsync(db, scope, id, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        person.Anonymise(clock.UtcNow());
        var idText = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await db.AuditEntries.Where(e => e.EntityType == nameof(Person) && e.EntityId == idText)
            .ExecuteUpdateAsync(setters => setters.SetProperty(e => e.Changes, "(anonymisé)"), cancellationToken);
        var contractIds = await AnonymiseCopiesAsync(db, person, cancellationToken);
        // A KPA's accompaniment notes on the person go, and so does what the journal kept of them.
        var noteIds = await db.AccompanimentNotes.Where(n => db.Cooperants.Any(c => c.Id == n.CooperantId && c.PersonId == id))
            .Select(n => n.Id.ToString()).ToListAsync(cancellationToken);
        await db.AccompanimentNotes.Where(n => db.Cooperants.Any(c => c.Id == n.CooperantId && c.PersonId == id)).ExecuteDeleteAsync(cancellationToken);
        await db.AuditEntries.Where(e => e.EntityType == nameof(Cooperatives.AccompanimentNote) && noteIds.Contains(e.EntityId))
            .ExecuteUpdateAsync(setters => setters.SetProperty(e => e.Changes, "(anonymisé)"), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        // The journal of the contracts, this save's entries included, keeps no old name or note.
        await db.AuditEntries.Where(e => e.EntityType == nameof(Employment.EmploymentContract) && contractIds.Contains(e.EntityId))
            .ExecuteUpdateAsync(setters => setters.SetProperty(e => e.Changes, "(anonymisé)"), cancellationToken);
        // The anonymisation's own journal entry must not keep the erased values either.
        await db.AuditEntries.Where(e => e.EntityType == nameof(Person) && e.EntityId == idText && e.Changes != "(anonymisé)")
            .ExecuteUpdateAsync(setters => setters.SetProperty(e => e.Changes, "{\"anonymisation\":\"identité effacée\"}"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await people.DetailsAsync(db, person, cancellationToken);
    }

    /// <summary>
    /// Where else the person's identity was copied: the contract's name and notes, the free-text reasons of
    /// the proposals made to them or that passed them over. Returns the contracts' ids, whose journal is erased.
    /// </summary>
    private static async Task<List<string>> AnonymiseCopiesAsync(AppDbContext db, Person person, CancellationToken cancellationToken)
    {
        const string Erased = "(anonymisé)";
        var contracts = await db.EmploymentContracts.Include(c => c.Amendments).Include(c => c.Suspensions).AsSplitQuery()
            .Where(c => c.PersonId == person.Id).ToListAsync(cancellationToken);
        foreach (var contract in contracts)
        {
            contract.EmployeeName = $"{person.FirstName} {person.LastName}";
            contract.ExitNote = contract.ExitNote is null ? null : Erased;
            contract.Amendments.ForEach(a => a.Note = a.Note is null ? null : Erased);
            contract.Suspensions.ForEach(s => s.Note = s.Note is null ? null : Erased);
        }

        var proposals = await db.Proposals.Where(p => p.TerritoryId == person.TerritoryId
            && (p.PersonId == person.Id || p.OutOfOrderReason != null || p.OutcomeReason != null)).ToListAsync(cancellationToken);
        foreach (var proposal in proposals.Where(p => p.PersonId == person.Id || p.PassedOverPersonIds.Contains(person.Id)))
        {
            proposal.OutOfOrderReason = proposal.OutOfOrderReason is null ? null : Erased;
            proposal.OutcomeReason = proposal.OutcomeReason is null ? null : Erased;
        }
        return contracts.Select(c => c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
    }
}
