using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Audit;
using DroitEmploi.Core.Features.People;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Transition;

/// <summary>The transition cooperatives: profile, members by college, and the versioned grid of the RTE.</summary>
public sealed class CteService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, ReadJournal readJournal)
{
    public async Task<IReadOnlyList<CteView>> ListAsync(AccessScope scope, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ctes = await db.Ctes.AsNoTracking().ToListAsync(cancellationToken);
        var ids = ctes.Select(c => c.OrganisationId).ToList();
        var organisations = await db.Organisations.AsNoTracking().Include(o => o.Territories).Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        var visible = ctes.Select(c => new CteQueries.CteContext(c, organisations[c.OrganisationId], OrganisationAccess.Of(organisations[c.OrganisationId])))
            .Where(c => scope.CanReadCte(c.Access)).ToList();
        var views = new List<CteView>();
        foreach (var context in visible.OrderBy(c => c.Organisation.Name, StringComparer.Create(French.Culture, true)))
        {
            views.Add(await ViewAsync(db, scope, context, cancellationToken));
        }
        return views;
    }

    public async Task<CteView> GetAsync(AccessScope scope, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await ViewAsync(db, scope, await CteQueries.ReadableAsync(db, scope, id, cancellationToken), cancellationToken);
    }

    public async Task<CteView> CreateAsync(AccessScope scope, CteInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        if (input.OrganisationId is not { } organisationId)
        {
            throw ValidationFailedException.For("organisationId", "Choisissez la CTE dans l'annuaire.");
        }
        var organisation = await db.Organisations.Include(o => o.Territories).SingleOrDefaultAsync(o => o.Id == organisationId, cancellationToken)
            ?? throw new NotFoundException(AccessScope.CteNotFound);
        scope.EnsureCanDescribeCte(OrganisationAccess.Of(organisation));
        if (await db.Ctes.AnyAsync(c => c.OrganisationId == organisationId, cancellationToken))
        {
            throw new BusinessRuleException("Cette CTE a déjà son profil : modifiez-le.");
        }
        var cte = Cte.Create(organisation, input);
        db.Ctes.Add(cte);
        await db.SaveChangesAsync(cancellationToken);
        return await ViewAsync(db, scope, new CteQueries.CteContext(cte, organisation, OrganisationAccess.Of(organisation)), cancellationToken);
    }

    public async Task<CteView> DescribeAsync(AccessScope scope, int id, CteInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var context = await CteQueries.ReadableAsync(db, scope, id, cancellationToken, tracked: true);
        scope.EnsureCanDescribeCte(context.Access);
        db.ExpectVersion(context.Cte, input.Version ?? context.Cte.Version);
        context.Cte.Describe(input);
        await db.SaveChangesAsync(cancellationToken);
        return await ViewAsync(db, scope, context, cancellationToken);
    }

    public async Task<IReadOnlyList<CteMemberView>> MembersAsync(AccessScope scope, int cteId, string? search = null, MemberCategory? category = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await CteQueries.ManagedAsync(db, scope, cteId, cancellationToken);
        var members = await db.CteMembers.AsNoTracking().Where(m => m.CteId == cteId).ToListAsync(cancellationToken);
        var views = await MemberViewsAsync(db, members, cancellationToken);
        var terms = SearchText.Terms(search);
        await readJournal.RecordAsync(scope, AuditActions.Read, nameof(CteMember), cteId, null, "Sociétaires de la CTE", cancellationToken);
        return views.Where(v => category is null || v.Category == category)
            .Where(v => terms.All(SearchText.Join(v.Name, v.CategoryLabel).Contains))
            .OrderBy(v => v.Category).ThenBy(v => v.Name, StringComparer.Create(French.Culture, true)).ToList();
    }

    public async Task<CteMemberView> AdmitAsync(AccessScope scope, int cteId, CteMemberInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var context = await CteQueries.ManagedAsync(db, scope, cteId, cancellationToken);
        var linked = await LinkedPersonAsync(db, context, input, null, cancellationToken);
        var member = CteMember.Admit(cteId, input, linked, await HolderAccountAsync(db, cteId, input, null, cancellationToken));
        db.CteMembers.Add(member);
        await db.SaveChangesAsync(cancellationToken);
        return (await MemberViewsAsync(db, [member], cancellationToken))[0];
    }

    public async Task<CteMemberView> ReviseMemberAsync(AccessScope scope, int memberId, CteMemberInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var member = await db.CteMembers.SingleOrDefaultAsync(m => m.Id == memberId, cancellationToken) ?? throw new NotFoundException(AccessScope.HolderNotFound);
        var context = await CteQueries.ManagedAsync(db, scope, member.CteId, cancellationToken);
        db.ExpectVersion(member, input.Version ?? member.Version);
        member.Revise(input, await LinkedPersonAsync(db, context, input, member.Id, cancellationToken), await HolderAccountAsync(db, member.CteId, input, member.Id, cancellationToken));
        var grants = await db.RteGrants.AsNoTracking().Where(g => g.MemberId == memberId).ToListAsync(cancellationToken);
        if (grants.FirstOrDefault(g => !member.IsMemberOn(g.StartsOn)) is { } orphan)
        {
            throw ValidationFailedException.For("joinedOn", $"Un RTE commence le {orphan.StartsOn:dd/MM/yyyy} : la personne doit être sociétaire ce jour-là.");
        }
        await db.SaveChangesAsync(cancellationToken);
        return (await MemberViewsAsync(db, [member], cancellationToken))[0];
    }

    public async Task<IReadOnlyList<RteGridView>> GridsAsync(AccessScope scope, int cteId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await CteQueries.ReadableAsync(db, scope, cteId, cancellationToken);
        var grids = await db.RteGrids.AsNoTracking().Where(g => g.CteId == cteId).ToListAsync(cancellationToken);
        var inForce = RteGrid.InForce(grids, cteId, clock.Today());
        return grids.OrderByDescending(g => g.Number).Select(g => RteGridView.Of(g, g.Id == inForce?.Id)).ToList();
    }

    /// <summary>Adopts a new version of the grid; earlier versions, and the grants decided with them, are never changed.</summary>
    public async Task<RteGridView> AdoptGridAsync(AccessScope scope, int cteId, RteGridInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        await CteQueries.ManagedAsync(db, scope, cteId, cancellationToken);
        var number = 1 + (await db.RteGrids.Where(g => g.CteId == cteId).Select(g => (int?)g.Number).MaxAsync(cancellationToken) ?? 0);
        var grid = RteGrid.Adopt(cteId, number, input);
        db.RteGrids.Add(grid);
        await db.SaveChangesAsync(cancellationToken);
        return RteGridView.Of(grid, RteGrid.InForce(await db.RteGrids.AsNoTracking().Where(g => g.CteId == cteId).ToListAsync(cancellationToken), cteId, clock.Today())?.Id == grid.Id);
    }

    private async Task<CteView> ViewAsync(AppDbContext db, AccessScope scope, CteQueries.CteContext context, CancellationToken cancellationToken)
    {
        var id = context.Cte.OrganisationId;
        var today = clock.Today();
        var members = await db.CteMembers.AsNoTracking().Where(m => m.CteId == id).ToListAsync(cancellationToken);
        var grants = await db.RteGrants.AsNoTracking().Where(g => g.CteId == id).ToListAsync(cancellationToken);
        var yearStart = new DateOnly(today.Year, 1, 1);
        var paid = (await db.RtePayments.AsNoTracking().Where(p => p.CteId == id && p.Month >= yearStart).Select(p => p.Amount).ToListAsync(cancellationToken)).Sum();
        var territories = await db.Territories.AsNoTracking().Where(t => context.Access.TerritoryIds.Contains(t.Id)).Select(t => t.Name).ToListAsync(cancellationToken);
        var current = grants.Where(g => g.PaysIn(new DateOnly(today.Year, today.Month, 1))).ToList();
        var describes = scope.ManagesCte(id) || context.Access.TerritoryIds.Any(scope.CanManageTerritory);
        return new CteView(id, context.Organisation.Name, context.Organisation.LegalForm, territories, context.Cte.LocalCurrency, context.Cte.RsaConvention,
            members.Count(m => m.IsMemberOn(today)), current.Select(g => g.MemberId).Distinct().Count(), current.Count, paid, scope.ManagesCte(id), describes, context.Cte.Version);
    }

    private async Task<List<CteMemberView>> MemberViewsAsync(AppDbContext db, IReadOnlyCollection<CteMember> members, CancellationToken cancellationToken)
    {
        var names = await CteQueries.NamesAsync(db, members, cancellationToken);
        var ids = members.Select(m => m.Id).ToList();
        var today = clock.Today();
        var month = new DateOnly(today.Year, today.Month, 1);
        var grants = await db.RteGrants.AsNoTracking().Where(g => ids.Contains(g.MemberId)).ToListAsync(cancellationToken);
        var accountIds = members.Where(m => m.AccountId is not null).Select(m => m.AccountId!).ToList();
        var emails = await db.Users.AsNoTracking().Where(u => accountIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email, cancellationToken);
        return members.Select(m => new CteMemberView(m.Id, m.Category, m.Category.French(), names[m.Id], m.PersonId, m.JoinedOn, m.LeftOn, m.Shares,
            m.IsMemberOn(today), m.AccountId is { } account ? emails.GetValueOrDefault(account) : null, grants.Count(g => g.MemberId == m.Id && g.PaysIn(month)), m.Version)).ToList();
    }

    /// <summary>The account a holder reads their RTE with, found by its address: it must hold the role Titulaire RTE of this CTE.</summary>
    private static async Task<string?> HolderAccountAsync(AppDbContext db, int cteId, CteMemberInput input, int? memberId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(input.AccountEmail))
        {
            return null;
        }
        var normalized = input.AccountEmail.Trim().ToUpperInvariant();
        var accountId = await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw ValidationFailedException.For("accountEmail", "Aucun compte DroitEmploi n'a cette adresse : invitez d'abord la personne depuis « Comptes ».");
        if (!await db.Memberships.AnyAsync(m => m.UserId == accountId && m.Role == Role.RteHolder && m.OrganisationId == cteId, cancellationToken))
        {
            throw ValidationFailedException.For("accountEmail", "Ce compte n'a pas le rôle « Titulaire RTE » de cette CTE.");
        }
        if (await db.CteMembers.AnyAsync(m => m.AccountId == accountId && m.Id != memberId, cancellationToken))
        {
            throw ValidationFailedException.For("accountEmail", "Ce compte lit déjà la fiche d'un·e autre sociétaire.");
        }
        return accountId;
    }

    /// <summary>A registry volunteer of one of the CTE's territories, linked at most once to this CTE.</summary>
    private static async Task<Person?> LinkedPersonAsync(AppDbContext db, CteQueries.CteContext context, CteMemberInput input, int? memberId, CancellationToken cancellationToken)
    {
        if (input.PersonId is not { } personId)
        {
            return null;
        }
        if (await db.CteMembers.AnyAsync(m => m.CteId == context.Cte.OrganisationId && m.PersonId == personId && m.Id != memberId, cancellationToken))
        {
            throw ValidationFailedException.For("personId", "Cette personne est déjà sociétaire de la CTE.");
        }
        return await db.People.Include(p => p.Transitions)
            .SingleOrDefaultAsync(p => p.Id == personId && context.Access.TerritoryIds.Contains(p.TerritoryId), cancellationToken);
    }
}
