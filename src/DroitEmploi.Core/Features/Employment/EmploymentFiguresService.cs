using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Directory;
using DroitEmploi.Core.Features.Parameters;
using DroitEmploi.Core.Features.People;
using DroitEmploi.Core.Features.Territories;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Employment;

/// <summary>
/// Employment figures people watch (DOMAIN.md): headcount, ETP, hires and exits by month, exits by
/// reason and the positive exit rate, time from candidacy to hire, ages and women's share, jobs created
/// against the territory's ambition. Counts only, no names.
/// </summary>
public sealed class EmploymentFiguresService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, FiguresCache figures)
{
    public async Task<EmploymentFigures> ForTerritoryAsync(AccessScope scope, int territoryId, CancellationToken cancellationToken = default)
    {
        scope.EnsureCanReadTerritory(territoryId);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var territory = await db.Territories.RequireAsync(territoryId, cancellationToken);
        var today = clock.Today();
        var ambition = territory.AmbitionOn(today);
        var contracts = db.EmploymentContracts.Where(c => c.TerritoryId == territoryId);
        var stamp = await StampAsync(db, db.Territories.Where(t => t.Id == territoryId), territory.Version, contracts, db.People.Where(p => p.TerritoryId == territoryId), cancellationToken);
        return await figures.GetAsync(("employment-figures", "territory", territoryId), stamp, () => ComputeAsync(db, territory.Name, contracts,
            ambition?.JobsInEmploymentCompanies, ambition?.TargetDate, cancellationToken));
    }

    public async Task<EmploymentFigures> ForOrganisationAsync(AccessScope scope, int organisationId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var organisation = await db.Organisations.RequireAsync(organisationId, cancellationToken);
        scope.EnsureCanReadOrganisationFigures(OrganisationAccess.Of(organisation));
        var contracts = db.EmploymentContracts.Where(c => c.OrganisationId == organisationId);
        var people = db.People.Where(p => db.EmploymentContracts.Any(c => c.OrganisationId == organisationId && c.PersonId == p.Id));
        var stamp = await StampAsync(db, db.Organisations.Where(o => o.Id == organisationId), organisation.Version, contracts, people, cancellationToken);
        return await figures.GetAsync(("employment-figures", "organisation", organisationId), stamp,
            () => ComputeAsync(db, organisation.Name, contracts, null, null, cancellationToken));
    }

    /// <summary>The figures change with the day, the contracts, the people hired, the parameters and the names.</summary>
    private async Task<object> StampAsync<TOwner>(AppDbContext db, IQueryable<TOwner> owner, int ownerVersion, IQueryable<EmploymentContract> contracts,
        IQueryable<Person> people, CancellationToken cancellationToken) =>
        (clock.Today(), ownerVersion, await DataStamp.OfAsync(owner, contracts, people, db.DatedParameters, cancellationToken));

    private async Task<EmploymentFigures> ComputeAsync(
        AppDbContext db, string scopeName, IQueryable<EmploymentContract> query, int? ambitionJobs, DateOnly? ambitionDate, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var contracts = await query.AsNoTracking().Include(c => c.Amendments).Include(c => c.Suspensions).AsSplitQuery().ToListAsync(cancellationToken);
        var personIds = contracts.Where(c => c.PersonId is not null).Select(c => c.PersonId!.Value).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id))
            .Select(p => new { p.Id, p.BirthDate, p.Sex, p.CandidacyDate }).ToDictionaryAsync(p => p.Id, cancellationToken);
        var parameters = await ParameterSnapshot.LoadAsync(db, cancellationToken);
        decimal Legal(DateOnly date) => parameters.ValueOn(ParameterCatalogue.LegalWeeklyHours, date);
        var facts = contracts.Select(ContractFacts.Of).ToList();

        var active = contracts.Where(c => c.StartDate <= today && (c.ExitDate is null || c.ExitDate >= today)).ToList();
        var byMonth = Enumerable.Range(0, 12).Select(back => new DateOnly(today.Year, today.Month, 1).AddMonths(-11 + back)).Select(first =>
        {
            var last = first.AddMonths(1).AddDays(-1);
            return new MonthCount(
                $"{first:yyyy-MM}",
                contracts.Count(c => c.StartDate >= first && c.StartDate <= last),
                contracts.Count(c => c.ExitDate >= first && c.ExitDate <= last),
                Math.Round(facts.Sum(f => FullTimeEquivalent.ForMonth(f, first.Year, first.Month, Legal(first))), 2));
        }).ToList();
        var exits = contracts.Where(c => c.ExitReason is not null).ToList();
        var exitsByReason = exits.GroupBy(c => c.ExitReason!.Value)
            .Select(g => new ExitReasonCount(g.Key, g.Key.IsPositive(), g.Count())).OrderByDescending(e => e.Count).ToList();
        var waits = contracts.Where(c => c.PersonId is not null && people.ContainsKey(c.PersonId.Value))
            .Select(c => c.StartDate.DayNumber - people[c.PersonId!.Value].CandidacyDate.DayNumber).Where(d => d >= 0).ToList();
        var employees = active.Where(c => c.PersonId is not null && people.ContainsKey(c.PersonId.Value)).Select(c => people[c.PersonId!.Value]).DistinctBy(p => p.Id).ToList();
        var ages = employees.Select(p => Clock.AgeOn(p.BirthDate, today)).ToList();
        var knownSex = employees.Count(p => p.Sex != Sex.Unspecified);
        return new EmploymentFigures(
            scopeName,
            active.Count,
            byMonth[^1].Etp,
            byMonth,
            exitsByReason,
            exits.Count == 0 ? null : Math.Round((decimal)exits.Count(c => c.ExitReason!.Value.IsPositive()) / exits.Count, 3),
            PopulationStatistics.Median(waits),
            PopulationStatistics.CountByAgeBand(ages),
            knownSex == 0 ? null : Math.Round((decimal)employees.Count(p => p.Sex == Sex.Female) / knownSex, 3),
            active.Count(c => !c.IsSupervisoryNonPpde),
            ambitionJobs,
            ambitionDate);
    }
}
