using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Territories;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.People;

/// <summary>
/// The registry's figures for a territory: counts only, no identity, so that CLE members and funders
/// may read them. Age bands follow the national reporting (under 26, 26–42, 43–61, 62 and over).
/// </summary>
public sealed class PeopleFiguresService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, FiguresCache figures)
{
    public async Task<PeopleFigures> ForTerritoryAsync(AccessScope scope, int territoryId, CancellationToken cancellationToken = default)
    {
        scope.EnsureCanReadTerritory(territoryId);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var territory = await db.Territories.RequireAsync(territoryId, cancellationToken);
        var today = clock.Today();
        // Every move along the path changes the person's version, so the people's stamp covers the hires too.
        var stamp = (today, territory.Version, await DataStamp.OfAsync(db.People.Where(p => p.TerritoryId == territoryId), cancellationToken));
        return await figures.GetAsync(("people-figures", territoryId), stamp, () => ComputeAsync(db, territory, today, cancellationToken));
    }

    private static async Task<PeopleFigures> ComputeAsync(AppDbContext db, Territory territory, DateOnly today, CancellationToken cancellationToken)
    {
        var territoryId = territory.Id;
        var people = db.People.AsNoTracking().Where(p => p.TerritoryId == territoryId);

        // Counted by the database: nothing per person comes back, whatever the size of the registry.
        var byState = await people.GroupBy(p => p.State).Select(g => new StateCount(g.Key, g.Count())).ToListAsync(cancellationToken);
        var registered = byState.Sum(s => s.Count);
        var (under26, under43, under62) = (Clock.BornAfterFor(26, today), Clock.BornAfterFor(43, today), Clock.BornAfterFor(62, today));
        var present = await people.Where(p => p.State != PathState.Withdrawn).GroupBy(p => 1).Select(g => new
        {
            Total = g.Count(),
            Under26 = g.Count(p => p.BirthDate > under26),
            Under43 = g.Count(p => p.BirthDate > under43),
            Under62 = g.Count(p => p.BirthDate > under62),
            Women = g.Count(p => p.Sex == Sex.Female),
            KnownSex = g.Count(p => p.Sex != Sex.Unspecified),
        }).FirstOrDefaultAsync(cancellationToken);
        var waiting = people.Waiting(territoryId);
        var waitingCount = await waiting.CountAsync(cancellationToken);
        // The median of the waiting times is that of the candidacy dates: one or two rows read in order.
        var middle = await waiting.InWaitingOrder().Select(p => p.CandidacyDate)
            .Skip(waitingCount % 2 == 1 ? waitingCount / 2 : Math.Max(0, waitingCount / 2 - 1)).Take(waitingCount % 2 == 1 ? 1 : 2)
            .ToListAsync(cancellationToken);
        var yearStart = new DateTime(today.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var hiresThisYear = await db.PathTransitions.AsNoTracking()
            .Where(t => t.To == PathState.Hired && t.At >= yearStart)
            .Join(people, t => t.PersonId, p => p.Id, (t, p) => t.Id)
            .CountAsync(cancellationToken);

        int[] bands = present is null ? [0, 0, 0, 0]
            : [present.Under26, present.Under43 - present.Under26, present.Under62 - present.Under43, present.Total - present.Under62];
        var ambition = territory.AmbitionOn(today);
        return new PeopleFigures(
            registered,
            Enum.GetValues<PathState>().Select(s => new StateCount(s, byState.SingleOrDefault(b => b.State == s)?.Count ?? 0)).ToList(),
            waitingCount,
            middle.Count == 0 ? null : middle.Sum(d => today.DayNumber - d.DayNumber) / middle.Count,
            PopulationStatistics.AgeBands.Select((band, index) => new AgeBandCount(band.Band, bands[index])).ToList(),
            present is null || present.KnownSex == 0 ? null : Math.Round((decimal)present.Women / present.KnownSex, 3),
            hiresThisYear,
            byState.SingleOrDefault(b => b.State == PathState.Hired)?.Count ?? 0,
            today.Year,
            ambition is null ? null : new AmbitionView(ambition.TargetDate, ambition.JobsInEmploymentCompanies, ambition.JobsInLocalCompanies, ambition.Note));
    }
}
