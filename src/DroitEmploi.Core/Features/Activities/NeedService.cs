using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Territories;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Activities;

/// <summary>The territory's needs (travaux utiles): reported by anyone on the territory, studied by the CLE team.</summary>
public sealed class NeedService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public async Task<IReadOnlyList<NeedView>> ListAsync(AccessScope scope, int territoryId, NeedStatus? status, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        scope.EnsureCanReportNeed(territoryId, await TerritoriesOfMyOrganisationsAsync(db, scope, cancellationToken));
        await db.Territories.RequireAsync(territoryId, cancellationToken);
        var query = db.TerritoryNeeds.AsNoTracking().Where(n => n.TerritoryId == territoryId);
        if (!scope.SeesEveryNeed(territoryId))
        {
            query = query.Where(n => n.ReportedBy == scope.UserName);
        }
        if (status is { } wanted)
        {
            query = query.Where(n => n.Status == wanted);
        }
        var needs = await query.OrderByDescending(n => n.ReportedAt).ThenByDescending(n => n.Id).Take(500).ToListAsync(cancellationToken);
        return needs.Select(n => View(n, scope)).ToList();
    }

    public async Task<NeedView> ReportAsync(AccessScope scope, int territoryId, NeedInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        scope.EnsureCanReportNeed(territoryId, await TerritoriesOfMyOrganisationsAsync(db, scope, cancellationToken));
        await db.Territories.RequireAsync(territoryId, cancellationToken);
        var need = TerritoryNeed.Report(territoryId, input, scope.UserName, clock.UtcNow());
        db.TerritoryNeeds.Add(need);
        await db.SaveChangesAsync(cancellationToken);
        return View(need, scope);
    }

    public async Task<NeedView> MoveAsync(AccessScope scope, int needId, NeedStatusInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var need = await db.TerritoryNeeds.SingleOrDefaultAsync(n => n.Id == needId, cancellationToken)
            ?? throw new NotFoundException("Ce besoin n'existe pas ou ne vous est pas accessible.");
        scope.EnsureCanReview(need.TerritoryId, scope.CanReportNeed(need.TerritoryId, await TerritoriesOfMyOrganisationsAsync(db, scope, cancellationToken)));
        switch (input.To)
        {
            case NeedStatus.Studied:
                need.Study();
                break;
            case NeedStatus.Dropped:
                need.Drop(input.Reason);
                break;
            default:
                throw ValidationFailedException.For("to", "Un besoin devient une activité quand une activité est proposée à partir de lui.");
        }
        await db.SaveChangesAsync(cancellationToken);
        return View(need, scope);
    }

    /// <summary>Where the user may report a need: for the phone's "Signaler un besoin", which needs no territory in its address.</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> PlacesToReportAsync(AccessScope scope, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var mine = await TerritoriesOfMyOrganisationsAsync(db, scope, cancellationToken);
        var territories = await db.Territories.AsNoTracking().OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken);
        return territories.Where(t => scope.CanReportNeed(t.Id, mine)).Select(t => (t.Id, t.Name)).ToList();
    }

    /// <summary>The territories of the organisations the user works for: where an employee may report a need.</summary>
    public static async Task<IReadOnlyCollection<int>> TerritoriesOfMyOrganisationsAsync(AppDbContext db, AccessScope scope, CancellationToken cancellationToken)
    {
        var organisations = scope.OrganisationIds.ToList();
        return organisations.Count == 0 ? []
            : await db.OrganisationTerritories.AsNoTracking().Where(t => organisations.Contains(t.OrganisationId)).Select(t => t.TerritoryId).Distinct().ToListAsync(cancellationToken);
    }

    private static NeedView View(TerritoryNeed n, AccessScope scope) =>
        new(n.Id, n.What, n.Where, n.ForWhom, scope.CanManageTerritory(n.TerritoryId) || n.ReportedBy == scope.UserName ? n.ReportedBy : null,
            n.ReportedAt, n.Status, n.DropReason, n.ActivityId);
}
