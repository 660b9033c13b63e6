using DroitEmploi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.People;

/// <summary>Proposals as the registry, the waiting list and the EBE read them: with the person's and the EBE's names, and the hours, activities and days off the person chose.</summary>
public static class ProposalQueries
{
    public static async Task<IReadOnlyList<ProposalView>> ViewsAsync(AppDbContext db, IQueryable<Proposal> proposals, CancellationToken cancellationToken) =>
        await proposals.AsNoTracking()
            .Join(db.Organisations, p => p.OrganisationId, o => o.Id, (p, o) => new ProposalView(
                p.Id, p.PersonId, p.Person!.FirstName + " " + p.Person.LastName, p.OrganisationId, o.Name, p.ProposedAt, p.ProposedBy,
                p.Position, p.OutOfOrderReason, p.Outcome, p.OutcomeAt, p.OutcomeReason,
                p.Person.WeeklyHoursWished, p.Person.WishedActivities, p.Person.UnavailableDays))
            .ToListAsync(cancellationToken);
}
