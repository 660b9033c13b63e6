using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Directory;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Transition;

/// <summary>Reading a CTE or a member with the access rules applied, and members' names wherever they are kept.</summary>
internal static class CteQueries
{
    public sealed record CteContext(Cte Cte, Organisation Organisation, OrganisationAccess Access);

    public const string NoHolderRecord = "Votre compte n'est lié à aucune fiche de sociétaire : demandez-le à la coordination de votre CTE.";

    public static async Task<CteContext> ReadableAsync(AppDbContext db, AccessScope scope, int id, CancellationToken cancellationToken, bool tracked = false)
    {
        var cte = await (tracked ? db.Ctes : db.Ctes.AsNoTracking()).SingleOrDefaultAsync(c => c.OrganisationId == id, cancellationToken)
            ?? throw new NotFoundException(AccessScope.CteNotFound);
        var organisation = await db.Organisations.AsNoTracking().Include(o => o.Territories).SingleAsync(o => o.Id == id, cancellationToken);
        var context = new CteContext(cte, organisation, OrganisationAccess.Of(organisation));
        scope.EnsureCanReadCte(context.Access);
        return context;
    }

    /// <summary>A CTE its coordination runs: members, grid, grants, payments, activities, pool.</summary>
    public static async Task<CteContext> ManagedAsync(AppDbContext db, AccessScope scope, int id, CancellationToken cancellationToken, bool tracked = false)
    {
        var context = await ReadableAsync(db, scope, id, cancellationToken, tracked);
        scope.EnsureCanManageCte(context.Access);
        return context;
    }

    /// <summary>Names as the registry holds them for a linked volunteer, or as recorded otherwise.</summary>
    public static async Task<Dictionary<int, string>> NamesAsync(AppDbContext db, IReadOnlyCollection<CteMember> members, CancellationToken cancellationToken)
    {
        var personIds = members.Where(m => m.PersonId is not null).Select(m => m.PersonId!.Value).ToList();
        var people = await db.People.AsNoTracking().IgnoreQueryFilters().Where(p => personIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => $"{p.FirstName} {p.LastName}", cancellationToken);
        return members.ToDictionary(m => m.Id, m => m.PersonId is { } personId && people.TryGetValue(personId, out var name) ? name : m.Name ?? CteMember.NameToConfirm);
    }

    /// <summary>The person's EBE contract on a day, if they are under one: whether it is suspended then, and until when.</summary>
    public static async Task<EbeContractAtStart?> EbeContractAsync(AppDbContext db, int? personId, DateOnly day, CancellationToken cancellationToken)
    {
        if (personId is null)
        {
            return null;
        }
        var contract = await db.EmploymentContracts.AsNoTracking().Include(c => c.Suspensions)
            .Where(c => c.PersonId == personId && c.StartDate <= day && (c.ExitDate == null || c.ExitDate >= day))
            .FirstOrDefaultAsync(cancellationToken);
        if (contract is null)
        {
            return null;
        }
        var employer = await db.Organisations.AsNoTracking().Where(o => o.Id == contract.OrganisationId).Select(o => o.Name).SingleAsync(cancellationToken);
        var suspension = contract.Suspensions.FirstOrDefault(s => s.Start <= day && (s.End is null || s.End >= day));
        return new EbeContractAtStart(employer, suspension is not null, suspension?.End);
    }

    /// <summary>The year's pool as <see cref="TransitionPool"/> computes it from what is stored.</summary>
    public static async Task<PoolStatement> PoolAsync(AppDbContext db, int cteId, int year, CancellationToken cancellationToken)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var activities = await db.CteActivities.AsNoTracking().Where(a => a.CteId == cteId).ToListAsync(cancellationToken);
        var grids = await db.RteGrids.AsNoTracking().Where(g => g.CteId == cteId).ToListAsync(cancellationToken);
        var resources = await db.PoolResources.AsNoTracking().Where(r => r.CteId == cteId && r.On >= from && r.On <= to).ToListAsync(cancellationToken);
        var payments = await db.RtePayments.AsNoTracking().Where(p => p.CteId == cteId && p.Month >= from && p.Month <= to).ToListAsync(cancellationToken);
        return TransitionPool.Compute(cteId, year, activities, grids, resources, payments);
    }
}
