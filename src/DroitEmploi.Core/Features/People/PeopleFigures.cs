using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Territories;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.People;

public sealed record PeopleFigures(
    int Registered, IReadOnlyList<StateCount> ByState, int Waiting, int? MedianWaitingDays, IReadOnlyList<AgeBandCount> AgeBands,
    decimal? WomenShare, int HiresThisYear, int Hired, int Year, AmbitionView? Ambition);

public sealed record StateCount(PathState State, int Count);

public sealed record AgeBandCount(string Band, int Count);

/// <summary>
/// The registry's figures for a territory: counts only, no identity, so that CLE members and funders
/// may read them. Age bands follow the national reporting (under 26, 26–42, 43–61, 62 and over).
/// </summary>
public sealed class PeopleFiguresService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public async Task<PeopleFigures> ForTerritoryAsync(AccessScope scope, int territoryId, CancellationToken cancellationToken = default)
    {
        scope.EnsureCanReadTerritory(territoryId);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var today = clock.Today();
        var people = db.People.AsNoTracking().Where(p => p.TerritoryId == territoryId);

        var byState = await people.GroupBy(p => p.State).Select(g => new StateCount(g.Key, g.Count())).ToListAsync(cancellationToken);
        var registered = byState.Sum(s => s.Count);
        var births = await people.Where(p => p.State != PathState.Withdrawn).Select(p => p.BirthDate).ToListAsync(cancellationToken);
        var bySex = await people.Where(p => p.State != PathState.Withdrawn).GroupBy(p => p.Sex)
            .Select(g => new { Sex = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var waitingSince = await people.Waiting(territoryId).Select(p => p.CandidacyDate).ToListAsync(cancellationToken);
        var yearStart = new DateTime(today.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var hiresThisYear = await db.PathTransitions.AsNoTracking()
            .Where(t => t.To == PathState.Hired && t.At >= yearStart)
            .Join(people, t => t.PersonId, p => p.Id, (t, p) => t.Id)
            .CountAsync(cancellationToken);
        var territory = await db.Territories.RequireAsync(territoryId, cancellationToken);

        var ages = births.Select(b => Clock.AgeOn(b, today)).ToList();
        var known = bySex.Where(s => s.Sex != Sex.Unspecified).Sum(s => s.Count);
        var women = bySex.Where(s => s.Sex == Sex.Female).Sum(s => s.Count);
        var ambition = territory.AmbitionOn(today);
        return new PeopleFigures(
            registered,
            Enum.GetValues<PathState>().Select(s => new StateCount(s, byState.SingleOrDefault(b => b.State == s)?.Count ?? 0)).ToList(),
            waitingSince.Count,
            PopulationStatistics.Median(waitingSince.Select(d => today.DayNumber - d.DayNumber).ToList()),
            PopulationStatistics.CountByAgeBand(ages),
            known == 0 ? null : Math.Round((decimal)women / known, 3),
            hiresThisYear,
            byState.SingleOrDefault(b => b.State == PathState.Hired)?.Count ?? 0,
            today.Year,
            ambition is null ? null : new AmbitionView(ambition.TargetDate, ambition.JobsInEmploymentCompanies, ambition.JobsInLocalCompanies, ambition.Note));
    }
}
