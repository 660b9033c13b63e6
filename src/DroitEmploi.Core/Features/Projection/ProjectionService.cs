using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Employment;
using DroitEmploi.Core.Features.Parameters;
using DroitEmploi.Core.Features.People;
using DroitEmploi.Core.Features.Territories;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Projection;

/// <summary>The projection to exhaustivity of a territory, from its last twelve months, and the CLE team's assumptions.</summary>
public sealed class ProjectionService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public async Task<TerritoryProjection> GetAsync(AccessScope scope, int territoryId, CancellationToken cancellationToken = default)
    {
        scope.EnsureCanReadTerritory(territoryId);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await ProjectAsync(db, scope, territoryId, cancellationToken);
    }

    public async Task<TerritoryProjection> SetAssumptionsAsync(AccessScope scope, int territoryId, ProjectionAssumptionsInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        scope.EnsureCanReadTerritory(territoryId);
        if (!scope.CanManageTerritory(territoryId))
        {
            throw new ForbiddenException("Seule l'équipe projet du CLE écrit les hypothèses de la projection.");
        }
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        await db.Territories.RequireAsync(territoryId, cancellationToken);
        var assumptions = await db.ProjectionAssumptions.SingleOrDefaultAsync(a => a.TerritoryId == territoryId, cancellationToken);
        if (assumptions is null)
        {
            assumptions = new ProjectionAssumptions { TerritoryId = territoryId };
            db.ProjectionAssumptions.Add(assumptions);
        }
        else
        {
            db.ExpectVersion(assumptions, input.Version ?? assumptions.Version);
        }
        assumptions.Set(input);
        await db.SaveChangesAsync(cancellationToken);
        return await ProjectAsync(db, scope, territoryId, cancellationToken);
    }

    private async Task<TerritoryProjection> ProjectAsync(AppDbContext db, AccessScope scope, int territoryId, CancellationToken cancellationToken)
    {
        var territory = await db.Territories.RequireAsync(territoryId, cancellationToken);
        var today = clock.Today();
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var windowStart = thisMonth.AddMonths(-12);
        var since = windowStart.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var parameters = await ParameterSnapshot.LoadAsync(db, cancellationToken);
        var rates = FundingRates.On(parameters, thisMonth);

        var waiting = await db.People.AsNoTracking().Waiting(territoryId).CountAsync(cancellationToken);
        var candidacies = await db.People.AsNoTracking().CountAsync(p => p.TerritoryId == territoryId && p.CandidacyDate >= windowStart && p.CandidacyDate < thisMonth, cancellationToken);
        var contracts = await db.EmploymentContracts.AsNoTracking().Include(c => c.Amendments).Include(c => c.Suspensions).AsSplitQuery()
            .Where(c => c.TerritoryId == territoryId && (c.ExitDate == null || c.ExitDate >= today || c.StartDate >= windowStart)).ToListAsync(cancellationToken);
        var hires = contracts.Count(c => c.StartDate >= windowStart && c.StartDate < thisMonth);
        var transitions = await db.PathTransitions.AsNoTracking()
            .Where(t => db.People.Any(p => p.Id == t.PersonId && p.TerritoryId == territoryId))
            .Select(t => new { t.PersonId, t.From, t.To, t.At }).ToListAsync(cancellationToken);
        var listExits = transitions.Count(t => t.From == PathState.Eligible && t.To is PathState.Withdrawn or PathState.Oriented && t.At >= since
            && DateOnly.FromDateTime(t.At) < thisMonth);
        var active = contracts.Where(c => c.StartDate <= today && (c.ExitDate is null || c.ExitDate >= today)).Select(c => ContractFacts.Of(c).On(today).WeeklyHours).ToList();
        var measured = new ProjectionPace(Math.Round(candidacies / 12m, 2), Math.Round(hires / 12m, 2), Math.Round(listExits / 12m, 2),
            active.Count > 0 ? Math.Round(active.Average(), 2) : rates.LegalWeeklyHours);

        var assumptions = await db.ProjectionAssumptions.AsNoTracking().SingleOrDefaultAsync(a => a.TerritoryId == territoryId, cancellationToken);
        var used = assumptions?.Apply(measured) ?? measured;
        var ambition = territory.AmbitionOn(today);
        var result = ExhaustivityProjection.Compute(waiting, used, today, ambition?.TargetDate, rates);

        // The past twelve months: who was on the list at each month's end, replayed from the path's moves.
        var byPerson = transitions.GroupBy(t => t.PersonId).Select(g => g.OrderBy(t => t.At).ToList()).ToList();
        var history = Enumerable.Range(0, 12).Select(i => thisMonth.AddMonths(-11 + i)).Select(month =>
        {
            var end = month.AddMonths(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            var count = month == thisMonth ? waiting : byPerson.Count(moves => moves.LastOrDefault(t => t.At < end) is { To: PathState.Eligible });
            return new ProjectionMonth(month, count, null, null);
        }).ToList();

        return new TerritoryProjection(territory.Id, territory.Name, today, waiting, measured, used,
            new ProjectionAssumptionsInput
            {
                NewCandidaciesPerMonth = assumptions?.NewCandidaciesPerMonth,
                HiresPerMonth = assumptions?.HiresPerMonth,
                ListExitsPerMonth = assumptions?.ListExitsPerMonth,
                AverageWeeklyHours = assumptions?.AverageWeeklyHours,
                Note = assumptions?.Note,
                Version = assumptions?.Version,
            },
            ambition?.TargetDate, result.MonthWhenNobodyWaits, result.MonthsToTarget, result.HiresNeededPerMonth, result.ExtraHiresPerMonth,
            result.EtpPerHire, result.EtpAdded, result.StatePerYear, result.DepartmentPerYear, [.. history, .. result.Months], scope.CanManageTerritory(territoryId));
    }
}
