using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.ActivityAccounts;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.SharedCosts;

/// <summary>Shared resources and their allocation keys: who shares them, the month's use, each party's share of the month.</summary>
public sealed class SharedCostService(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<IReadOnlyList<SharedCostView>> ListAsync(AccessScope scope, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (costs, names) = await AllReadableAsync(db, scope, cancellationToken);
        return costs.Select(c => View(c, names, scope)).ToList();
    }

    /// <summary>A month's allocation of every cost the caller reads, names read once.</summary>
    public async Task<IReadOnlyList<SharedCostAllocation>> AllocationsAsync(AccessScope scope, string month, CancellationToken cancellationToken = default)
    {
        var first = Month(month);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (costs, names) = await AllReadableAsync(db, scope, cancellationToken);
        return costs.Select(c => Allocation(c, first, names)).ToList();
    }

    private static async Task<(List<SharedCost> Costs, Names Names)> AllReadableAsync(AppDbContext db, AccessScope scope, CancellationToken cancellationToken)
    {
        var costs = await db.SharedCosts.AsNoTracking().OrderBy(c => c.Name).ToListAsync(cancellationToken);
        var names = await NamesAsync(db, costs, cancellationToken);
        return (costs.Where(c => scope.CanReadSharedCost(c.Parties.Select(p => names.Access[p.OrganisationId]))).ToList(), names);
    }

    public async Task<SharedCostView> GetAsync(AccessScope scope, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (cost, names) = await ReadableAsync(db, scope, id, cancellationToken);
        return View(cost, names, scope);
    }

    public async Task<SharedCostView> CreateAsync(AccessScope scope, SharedCostInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        await EnsurePartiesAsync(db, scope, input, cancellationToken);
        var cost = new SharedCost();
        cost.Set(input);
        db.SharedCosts.Add(cost);
        await db.SaveChangesAsync(cancellationToken);
        return View(cost, await NamesAsync(db, [cost], cancellationToken), scope);
    }

    public async Task<SharedCostView> UpdateAsync(AccessScope scope, int id, SharedCostInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var (cost, _) = await ReadableAsync(db, scope, id, cancellationToken, tracked: true);
        if (!scope.CanManageSharedCost(cost.OwnerOrganisationId))
        {
            throw new ForbiddenException("Seule la structure qui paie la charge la modifie.");
        }
        db.ExpectVersion(cost, input.Version ?? cost.Version);
        await EnsurePartiesAsync(db, scope, input, cancellationToken);
        cost.Set(input);
        await db.SaveChangesAsync(cancellationToken);
        return View(cost, await NamesAsync(db, [cost], cancellationToken), scope);
    }

    public async Task<SharedCostAllocation> RecordUsageAsync(AccessScope scope, int id, string month, UsageInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        var first = Month(month);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var (cost, names) = await ReadableAsync(db, scope, id, cancellationToken, tracked: true);
        if (!scope.CanManageSharedCost(cost.OwnerOrganisationId))
        {
            throw new ForbiddenException("Seule la structure qui paie la charge relève l'usage de chacun.");
        }
        db.ExpectVersion(cost, input.Version ?? cost.Version);
        cost.RecordUsage(first, input);
        // The owned use rows do not move the owner's version by themselves: a recorded month is a change of the cost.
        db.Entry(cost).Property(c => c.UpdatedAt).IsModified = true;
        await db.SaveChangesAsync(cancellationToken);
        return Allocation(cost, first, names);
    }

    public async Task<SharedCostAllocation> AllocationAsync(AccessScope scope, int id, string month, CancellationToken cancellationToken = default)
    {
        var first = Month(month);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (cost, names) = await ReadableAsync(db, scope, id, cancellationToken);
        return Allocation(cost, first, names);
    }

    /// <summary>An organisation's shares of every cost it shares, month by month, on its activities or its structure — for its activity accounts.</summary>
    public async Task<IReadOnlyList<MonthAmount>> SharesOfAsync(int organisationId, int year, int monthsCounted, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var costs = await db.SharedCosts.AsNoTracking().Where(c => c.Parties.Any(p => p.OrganisationId == organisationId)).ToListAsync(cancellationToken);
        return costs.SelectMany(c => Enumerable.Range(1, monthsCounted).SelectMany(m => c.Allocate(new DateOnly(year, m, 1))
            .Where(s => s.Party.OrganisationId == organisationId && s.Amount != 0).Select(s => new MonthAmount(s.Party.ActivityId, m, s.Amount)))).ToList();
    }

    private static DateOnly Month(string month) =>
        DateOnly.TryParseExact($"{month}-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var first)
            ? first
            : throw ValidationFailedException.For("month", "Le mois s'écrit AAAA-MM, par exemple 2026-03.");

    private static SharedCostAllocation Allocation(SharedCost cost, DateOnly month, Names names)
    {
        var shares = cost.Allocate(month).Select(s => Share(s.Party, s.Weight, s.Amount, names)).ToList();
        var note = cost.FollowsUse && shares.All(s => s.Weight == 0) && cost.RunningCostOf(month) + cost.DepreciationOf(month) > 0
            ? "Aucun usage relevé ce mois-ci : la charge reste à la structure qui la paie."
            : null;
        return new SharedCostAllocation(cost.Id, cost.Name, month, cost.Key, cost.RunningCostOf(month), cost.DepreciationOf(month), shares, note);
    }

    private static SharedCostShare Share(SharedCostParty party, decimal weight, decimal amount, Names names) =>
        new(party.OrganisationId, names.Organisations.GetValueOrDefault(party.OrganisationId, "?"), party.ActivityId,
            party.ActivityId is { } a ? names.Activities.GetValueOrDefault(a) : null, weight, amount);

    private static SharedCostView View(SharedCost c, Names names, AccessScope scope) => new(
        c.Id, c.OwnerOrganisationId, names.Organisations.GetValueOrDefault(c.OwnerOrganisationId, "?"), c.Name, c.Kind, c.Key, c.MonthlyCost,
        c.InvestmentAmount, c.InvestmentDate, c.DepreciationYears, c.StartsOn, c.EndsOn, c.Parties.Select(p => Share(p, p.Weight, 0, names)).ToList(),
        c.Version, scope.CanManageSharedCost(c.OwnerOrganisationId));

    private static async Task<(SharedCost Cost, Names Names)> ReadableAsync(AppDbContext db, AccessScope scope, int id, CancellationToken cancellationToken, bool tracked = false)
    {
        var query = tracked ? db.SharedCosts : db.SharedCosts.AsNoTracking();
        var cost = await query.SingleOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new NotFoundException(AccessScope.SharedCostNotFound);
        var names = await NamesAsync(db, [cost], cancellationToken);
        if (!scope.CanReadSharedCost(cost.Parties.Select(p => names.Access[p.OrganisationId])))
        {
            throw new NotFoundException(AccessScope.SharedCostNotFound);
        }
        return (cost, names);
    }

    /// <summary>The owner is managed by the caller; every party exists, and an activity belongs to its party.</summary>
    private static async Task EnsurePartiesAsync(AppDbContext db, AccessScope scope, SharedCostInput input, CancellationToken cancellationToken)
    {
        if (!scope.CanManageSharedCost(input.OwnerOrganisationId))
        {
            throw new ForbiddenException("Une charge partagée est déclarée par la structure qui la paie.");
        }
        var organisationIds = input.Parties.Select(p => p.OrganisationId).Append(input.OwnerOrganisationId).Distinct().ToList();
        var known = await db.Organisations.Where(o => organisationIds.Contains(o.Id)).Select(o => o.Id).ToListAsync(cancellationToken);
        if (known.Count != organisationIds.Count)
        {
            throw ValidationFailedException.For("parties", "Une des structures n'existe pas dans l'annuaire.");
        }
        var activityIds = input.Parties.Where(p => p.ActivityId is not null).Select(p => p.ActivityId!.Value).ToList();
        var activities = await db.Activities.Where(a => activityIds.Contains(a.Id)).Select(a => new { a.Id, a.OrganisationId }).ToListAsync(cancellationToken);
        if (input.Parties.Any(p => p.ActivityId is { } a && !activities.Any(x => x.Id == a && x.OrganisationId == p.OrganisationId)))
        {
            throw ValidationFailedException.For("parties", "Une activité n'appartient pas à la structure indiquée.");
        }
    }

    private sealed record Names(IReadOnlyDictionary<int, string> Organisations, IReadOnlyDictionary<int, OrganisationAccess> Access, IReadOnlyDictionary<int, string> Activities);

    private static async Task<Names> NamesAsync(AppDbContext db, IReadOnlyList<SharedCost> costs, CancellationToken cancellationToken)
    {
        var organisationIds = costs.SelectMany(c => c.Parties.Select(p => p.OrganisationId).Append(c.OwnerOrganisationId)).Distinct().ToList();
        var organisations = await db.Organisations.AsNoTracking().Include(o => o.Territories).Where(o => organisationIds.Contains(o.Id)).ToListAsync(cancellationToken);
        var activityIds = costs.SelectMany(c => c.Parties).Where(p => p.ActivityId is not null).Select(p => p.ActivityId!.Value).Distinct().ToList();
        var activities = await db.Activities.AsNoTracking().Where(a => activityIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        return new Names(organisations.ToDictionary(o => o.Id, o => o.Name), organisations.ToDictionary(o => o.Id, OrganisationAccess.Of), activities);
    }
}
