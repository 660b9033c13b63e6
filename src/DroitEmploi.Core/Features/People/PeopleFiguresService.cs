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
        var people = db.People.AsNoTracking().Where(p => p.TerritoryId == territoryId);
        // One pass over the territory's index, in its order (state, candidacy date), gives the stamp (count and sum
        // of versions: every move along the path changes the person's version, so it covers the hires too), every
        // count of the figures, and the waiting people's candidacy dates for the median: a few thousand rows at most.
        var (under26, under43, under62) = (Clock.BornAfterFor(26, today), Clock.BornAfterFor(43, today), Clock.BornAfterFor(62, today));
        var counts = await people.GroupBy(p => new { p.State, p.CandidacyDate }).Select(g => new DayCounts(
            g.Key.State,
            g.Key.CandidacyDate,
            g.Count(),
            g.Sum(p => (long)p.Version),
            g.Count(p => p.BirthDate > under26),
            g.Count(p => p.BirthDate > under43),
            g.Count(p => p.BirthDate > under62),
            g.Count(p => p.Sex == Sex.Female),
            g.Count(p => p.Sex != Sex.Unspecified),
            g.Count(p => p.AnonymisedAt != null))).ToListAsync(cancellationToken);
        var stamp = (today, territory.Version, new DataStamp(counts.Sum(c => (long)c.Count), counts.Sum(c => c.VersionSum)));
        return await figures.GetAsync(("people-figures", territoryId), stamp, () => ComputeAsync(db, territory, people, counts, today, cancellationToken));
    }

    /// <summary>The people of a state who applied on a day, with what the figures count among them.</summary>
    private sealed record DayCounts(
        PathState State, DateOnly CandidacyDate, int Count, long VersionSum, int Under26, int Under43, int Under62, int Women, int KnownSex, int Anonymised);

    private static async Task<PeopleFigures> ComputeAsync(AppDbContext db, Territory territory, IQueryable<Person> people, List<DayCounts> counts, DateOnly today,
        CancellationToken cancellationToken)
    {
        var byState = counts.GroupBy(c => c.State).Select(g => new StateCount(g.Key, g.Sum(c => c.Count))).ToList();
        var registered = byState.Sum(s => s.Count);
        var present = counts.Where(c => c.State != PathState.Withdrawn).ToList();
        // Waiting: eligible and not anonymised (WaitingOrder's definition), counted from the same pass.
        var waitingByDate = counts.Where(c => c.State == PathState.Eligible).Select(c => (c.CandidacyDate, Waiting: c.Count - c.Anonymised)).ToList();
        var waitingCount = waitingByDate.Sum(d => d.Waiting);
        var yearStart = new DateTime(today.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var hiresThisYear = await db.PathTransitions.AsNoTracking()
            .Where(t => t.To == PathState.Hired && t.At >= yearStart)
            .Join(people, t => t.PersonId, p => p.Id, (t, p) => t.Id)
            .CountAsync(cancellationToken);

        var (total, young, middleAged, older) = (present.Sum(c => c.Count), present.Sum(c => c.Under26), present.Sum(c => c.Under43), present.Sum(c => c.Under62));
        int[] bands = [young, middleAged - young, older - middleAged, total - older];
        var (women, knownSex) = (present.Sum(c => c.Women), present.Sum(c => c.KnownSex));
        var ambition = territory.AmbitionOn(today);
        return new PeopleFigures(
            registered,
            Enum.GetValues<PathState>().Select(s => new StateCount(s, byState.SingleOrDefault(b => b.State == s)?.Count ?? 0)).ToList(),
            waitingCount,
            PopulationStatistics.MedianOfCounts(waitingByDate.Select(d => (today.DayNumber - d.CandidacyDate.DayNumber, d.Waiting))),
            PopulationStatistics.AgeBands.Select((band, index) => new AgeBandCount(band.Band, bands[index])).ToList(),
            knownSex == 0 ? null : Math.Round((decimal)women / knownSex, 3),
            hiresThisYear,
            byState.SingleOrDefault(b => b.State == PathState.Hired)?.Count ?? 0,
            today.Year,
            ambition is null ? null : new AmbitionView(ambition.TargetDate, ambition.JobsInEmploymentCompanies, ambition.JobsInLocalCompanies, ambition.Note));
    }
}
