using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.People;
using DroitEmploi.Core.Features.Planning;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Home;

/// <summary>The home page's to-do list: counts and short lists drawn from the records, scoped like the records themselves.</summary>
public sealed class HomeService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, Activities.ActivitySettings activitySettings)
{
    /// <summary>How far back a declined proposal is still news for the CLE team.</summary>
    public static readonly TimeSpan DeclinedNewsFor = TimeSpan.FromDays(30);

    public async Task<HomeTasks> TasksAsync(AccessScope scope, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var territoryIds = scope.ManagedTerritoryIds.Distinct().ToList();
        var organisationIds = scope.OrganisationIds.Distinct().Where(scope.ManagesOrganisation).ToList();
        var territories = new List<TerritoryTasks>();
        foreach (var territory in await db.Territories.AsNoTracking().Where(t => territoryIds.Contains(t.Id)).OrderBy(t => t.Name)
                     .Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken))
        {
            territories.Add(await TerritoryAsync(db, territory.Id, territory.Name, cancellationToken));
        }
        var organisations = new List<OrganisationTasks>();
        foreach (var organisation in await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id)).OrderBy(o => o.Name)
                     .Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken))
        {
            organisations.Add(await OrganisationAsync(db, organisation.Id, organisation.Name, cancellationToken));
        }
        return new HomeTasks(territories, organisations);
    }

    private async Task<TerritoryTasks> TerritoryAsync(AppDbContext db, int territoryId, string name, CancellationToken cancellationToken)
    {
        var candidates = await db.People.CountAsync(p => p.TerritoryId == territoryId && p.State == PathState.Candidate && p.AnonymisedAt == null, cancellationToken);
        var pending = db.Proposals.Where(p => p.TerritoryId == territoryId && p.Outcome == ProposalOutcome.Pending);
        var since = clock.UtcNow() - DeclinedNewsFor;
        var declined = await db.Proposals.AsNoTracking()
            .Where(p => p.TerritoryId == territoryId && p.Outcome == ProposalOutcome.Declined && p.OutcomeAt >= since)
            .OrderByDescending(p => p.OutcomeAt).Take(10)
            .Select(p => new DeclinedProposal(p.PersonId, p.Person!.FirstName + " " + p.Person.LastName,
                db.Organisations.Where(o => o.Id == p.OrganisationId).Select(o => o.Name).FirstOrDefault() ?? "", p.OutcomeAt!.Value, p.OutcomeReason))
            .ToListAsync(cancellationToken);
        var today = clock.Today();
        var running = Activities.Activity.Running.ToList();
        var toDecide = await db.Activities.CountAsync(a => a.TerritoryId == territoryId && a.Status == Activities.ActivityStatus.CleReview, cancellationToken);
        var reviewsDue = await db.Activities.CountAsync(a => a.TerritoryId == territoryId && running.Contains(a.Status)
            && a.NextReviewOn != null && a.NextReviewOn <= today.AddMonths(1), cancellationToken);
        var openObjections = await db.Objections.AsNoTracking().Where(o => o.TerritoryId == territoryId && o.Outcome == null).ToListAsync(cancellationToken);
        var newNeeds = await db.TerritoryNeeds.CountAsync(n => n.TerritoryId == territoryId && n.Status == Activities.NeedStatus.New, cancellationToken);
        return new TerritoryTasks(territoryId, name, candidates, await pending.CountAsync(cancellationToken),
            await pending.MinAsync(p => (DateTime?)p.ProposedAt, cancellationToken), declined,
            toDecide, reviewsDue, openObjections.Count(o => o.IsOverdue(today, activitySettings)), newNeeds);
    }

    private async Task<OrganisationTasks> OrganisationAsync(AppDbContext db, int organisationId, string name, CancellationToken cancellationToken)
    {
        var proposals = await db.Proposals.AsNoTracking()
            .Where(p => p.OrganisationId == organisationId && p.Outcome == ProposalOutcome.Pending).OrderBy(p => p.ProposedAt)
            .Select(p => new ProposalToAnswer(p.Id, p.Person!.FirstName + " " + p.Person.LastName, p.ProposedAt))
            .ToListAsync(cancellationToken);
        var today = clock.Today();
        var nextMonday = IsoWeeks.MondayOf(today).AddDays(7);
        var nextPublished = await db.Schedules.AnyAsync(s => s.OrganisationId == organisationId && s.WeekStart == nextMonday && s.Status == ScheduleStatus.Published, cancellationToken);
        // Days off declared over shifts of weeks not yet over: the direction has to find someone, or already did.
        var firstRelevantMonday = IsoWeeks.MondayOf(today);
        var published = await db.Schedules.AsNoTracking().Include(s => s.Assignments).Include(s => s.Changes).AsSplitQuery()
            .Where(s => s.OrganisationId == organisationId && s.Status == ScheduleStatus.Published && s.WeekStart >= firstRelevantMonday)
            .ToListAsync(cancellationToken);
        var contractIds = published.SelectMany(s => s.Changes).Select(c => c.ContractId).Distinct().ToList();
        var names = await db.EmploymentContracts.AsNoTracking().Where(c => contractIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.EmployeeName, cancellationToken);
        var notices = published
            .SelectMany(s => s.Changes.Where(c => c.Kind == ScheduleChangeKind.EmployeeUnavailable && c.Date >= today)
                .Select(c => new EmployeeNotice(s.Id, c.ContractId, names.GetValueOrDefault(c.ContractId, ""), c.Date, c.At, c.Description,
                    s.Assignments.Any(a => a.ContractId == c.ContractId && a.Date == c.Date))))
            .OrderBy(n => n.Date).ToList();
        return new OrganisationTasks(organisationId, name, proposals, IsoWeeks.Name(nextMonday), nextMonday, nextPublished, notices);
    }
}
