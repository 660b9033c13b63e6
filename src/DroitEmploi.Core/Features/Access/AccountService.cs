using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DroitEmploi.Core.Features.Access;

/// <summary>
/// Account administration: invitations, roles given and taken back, deactivation and password links.
/// Who may do what is <see cref="AccessScope"/>'s; each change runs in one transaction with its journal entry.
/// </summary>
public sealed class AccountService(IServiceScopeFactory scopes, IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public const string NotFound = "Ce compte n'existe pas ou ne vous est pas accessible.";

    public async Task<PagedResult<AccountSummary>> ListAsync(
        AccessScope scope, string? search = null, Role? role = null, bool? active = null, int? page = null, int? pageSize = null,
        CancellationToken cancellationToken = default)
    {
        scope.EnsureCanAdministerAccounts();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Users.AsNoTracking();
        if (!scope.IsAdministrator)
        {
            // A first cut in the database; the rule itself is applied to each account below.
            var (territoryIds, organisationIds) = await ReachAsync(db, scope, cancellationToken);
            query = query.Where(u => u.Memberships.Any(m =>
                (m.TerritoryId != null && territoryIds.Contains(m.TerritoryId.Value))
                || (m.OrganisationId != null && organisationIds.Contains(m.OrganisationId.Value))));
        }
        if (role is not null)
        {
            query = query.Where(u => u.Memberships.Any(m => m.Role == role));
        }
        if (active is not null)
        {
            query = active.Value ? query.Where(u => u.DeactivatedAt == null) : query.Where(u => u.DeactivatedAt != null);
        }
        var accounts = await LoadAsync(db, query, scope, cancellationToken);
        var terms = SearchText.Terms(search);
        var visible = accounts
            .Where(a => terms.All(SearchText.Join(a.Email, a.DisplayName).Contains))
            .OrderBy(a => a.Email, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var (p, size) = Paging.Clamp(page, pageSize);
        return new PagedResult<AccountSummary>(visible.Skip((p - 1) * size).Take(size).ToList(), visible.Count, p, size);
    }

    public async Task<AccountSummary> GetAsync(AccessScope scope, string id, CancellationToken cancellationToken = default)
    {
        scope.EnsureCanAdministerAccounts();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return (await LoadAsync(db, db.Users.AsNoTracking().Where(u => u.Id == id), scope, cancellationToken)).SingleOrDefault()
            ?? throw new NotFoundException(NotFound);
    }

    /// <summary>One's own account and roles, whoever one is.</summary>
    public async Task<AccountSummary> MineAsync(AccessScope scope, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await MembershipRowsAsync(db, db.Users.Where(u => u.Id == scope.UserId), cancellationToken);
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == scope.UserId, cancellationToken)
            ?? throw new NotFoundException(NotFound);
        return Summarise(user.Id, user.Email, user.DisplayName, user.PasswordHash is not null, user.InvitedAt, user.DeactivatedAt, rows, scope, ownView: true);
    }

    /// <summary>Every role this user may give and where, judged by the same rule as the giving itself.</summary>
    public async Task<IReadOnlyList<GrantChoice>> GrantChoicesAsync(AccessScope scope, CancellationToken cancellationToken = default)
    {
        scope.EnsureCanAdministerAccounts();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var territories = await db.Territories.AsNoTracking().OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken);
        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => o.Kind == OrganisationKind.EmploymentCompany || o.Kind == OrganisationKind.Kpa)
            .OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name, o.Kind, TerritoryIds = o.Territories.Select(t => t.TerritoryId).ToList() })
            .ToListAsync(cancellationToken);
        var candidates = new List<(GrantedRole Granted, string Label)>
        {
            (new GrantedRole(new ScopedRole(Role.Administrator, null, null), null), Role.Administrator.French()),
            (new GrantedRole(new ScopedRole(Role.Funder, null, null), null), Role.Funder.French()),
        };
        foreach (var territory in territories)
        {
            candidates.AddRange(new[] { Role.CleTeam, Role.CleMember }.Select(role =>
                (new GrantedRole(new ScopedRole(role, territory.Id, null), null), $"{role.French()} — {territory.Name}")));
        }
        foreach (var organisation in organisations)
        {
            var access = new OrganisationAccess(organisation.Id, organisation.TerritoryIds);
            Role[] roles = organisation.Kind switch
            {
                OrganisationKind.Kpa => [Role.KpaCoordination, Role.Accounting, Role.Cooperant],
                OrganisationKind.Cae => [Role.Portage, Role.CteCoordination, Role.RteHolder],
                OrganisationKind.TransitionCooperative => [Role.CteCoordination, Role.RteHolder],
                _ => [Role.EbeManagement, Role.Accounting, Role.Employee],
            };
            candidates.AddRange(roles.Select(role =>
                (new GrantedRole(new ScopedRole(role, null, organisation.Id), access), $"{role.French()} — {organisation.Name}")));
        }
        return candidates.Where(c => scope.CanGrant(c.Granted))
            .Select(c => new GrantChoice(c.Granted.Role.Role, c.Granted.Role.TerritoryId, c.Granted.Role.OrganisationId, c.Label))
            .ToList();
    }

    public async Task<(AccountSummary Account, AccountLink Link)> InviteAsync(
        AccessScope scope, InvitationInput input, CancellationToken cancellationToken = default)
    {
        scope.EnsureCanAdministerAccounts();
        InputValidator.Validate(input);
        var email = input.Email!.Trim();
        await using var unit = await AccountUnit.OpenAsync(scopes, scope, cancellationToken);
        var role = new ScopedRole(input.Role!.Value, input.TerritoryId, input.OrganisationId);
        var (membership, organisation) = await PrepareMembershipAsync(unit.Db, scope, role, cancellationToken);
        if (await unit.Users.FindByEmailAsync(email) is not null)
        {
            throw ValidationFailedException.For("email", "Un compte existe déjà pour cette adresse : ouvrez-le pour lui donner un rôle.");
        }
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            DisplayName = TextInput.Optional(input.DisplayName) ?? email,
            LockoutEnabled = true,
            InvitedAt = clock.GetUtcNow().UtcDateTime,
        };
        var created = await unit.Users.CreateAsync(user);
        if (!created.Succeeded)
        {
            throw new ValidationFailedException(new Dictionary<string, string[]> { ["email"] = created.Errors.Select(e => e.Description).ToArray() });
        }
        membership.UserId = user.Id;
        unit.Db.Memberships.Add(membership);
        if (input.ContractId is { } contractId)
        {
            await LinkContractAsync(unit.Db, role, contractId, user.Id, cancellationToken);
        }
        AccountJournal.Add(unit.Db, clock.GetUtcNow().UtcDateTime, AccountActions.Invited, user, TerritoriesOf(membership, organisation),
            new { Email = new { @new = email }, Role = new { @new = await LabelAsync(unit.Db, role, cancellationToken) } });
        await unit.Db.SaveChangesAsync(cancellationToken);
        var link = await unit.CreateLinkAsync(user, AccountLinkPurpose.Invitation);
        await unit.CommitAsync(cancellationToken);
        return (await GetAsync(scope, user.Id, cancellationToken), link);
    }

    public async Task<AccountSummary> GrantAsync(AccessScope scope, string id, MembershipInput input, CancellationToken cancellationToken = default)
    {
        await GetAsync(scope, id, cancellationToken);
        InputValidator.Validate(input);
        await using var unit = await AccountUnit.OpenAsync(scopes, scope, cancellationToken);
        var user = await unit.Users.FindByIdAsync(id) ?? throw new NotFoundException(NotFound);
        var role = new ScopedRole(input.Role!.Value, input.TerritoryId, input.OrganisationId);
        var (membership, organisation) = await PrepareMembershipAsync(unit.Db, scope, role, cancellationToken);
        if (await unit.Db.Memberships.AnyAsync(m => m.UserId == id && m.Role == role.Role
                && m.TerritoryId == role.TerritoryId && m.OrganisationId == role.OrganisationId, cancellationToken))
        {
            throw ValidationFailedException.For("role", "Ce compte a déjà ce rôle.");
        }
        membership.UserId = id;
        unit.Db.Memberships.Add(membership);
        AccountJournal.Add(unit.Db, clock.GetUtcNow().UtcDateTime, AccountActions.Granted, user, TerritoriesOf(membership, organisation),
            new { Role = new { @new = await LabelAsync(unit.Db, role, cancellationToken) } });
        await unit.Db.SaveChangesAsync(cancellationToken);
        // The account's next request loads its new scope: roles are read on every request.
        await unit.CommitAsync(cancellationToken);
        return await GetAsync(scope, id, cancellationToken);
    }

    public async Task<AccountSummary> RevokeAsync(AccessScope scope, string id, int membershipId, CancellationToken cancellationToken = default)
    {
        await GetAsync(scope, id, cancellationToken);
        await using var unit = await AccountUnit.OpenAsync(scopes, scope, cancellationToken);
        var membership = await unit.Db.Memberships.SingleOrDefaultAsync(m => m.Id == membershipId && m.UserId == id, cancellationToken)
            ?? throw new NotFoundException("Ce rôle n'existe pas sur ce compte.");
        var organisation = await OrganisationAccessAsync(unit.Db, membership.OrganisationId, cancellationToken);
        scope.EnsureCanRevoke(id, new GrantedRole(membership.Scoped, organisation));
        var user = await unit.Users.FindByIdAsync(id) ?? throw new NotFoundException(NotFound);
        AccountJournal.Add(unit.Db, clock.GetUtcNow().UtcDateTime, AccountActions.Revoked, user, TerritoriesOf(membership, organisation),
            new { Role = new { old = await LabelAsync(unit.Db, membership.Scoped, cancellationToken) } });
        unit.Db.Memberships.Remove(membership);
        await unit.Db.SaveChangesAsync(cancellationToken);
        await unit.CommitAsync(cancellationToken);
        return await GetAsync(scope, id, cancellationToken);
    }

    public Task<AccountSummary> DeactivateAsync(AccessScope scope, string id, CancellationToken cancellationToken = default) =>
        ChangeAsync(scope, id, AccountActions.Deactivated, async (unit, user) =>
        {
            user.Deactivate(clock.GetUtcNow());
            await unit.UpdateAsync(user);
            await unit.Revocation.RevokeAsync(user, cancellationToken);
        }, cancellationToken);

    public Task<AccountSummary> ReactivateAsync(AccessScope scope, string id, CancellationToken cancellationToken = default) =>
        ChangeAsync(scope, id, AccountActions.Reactivated, async (unit, user) =>
        {
            user.Reactivate();
            await unit.UpdateAsync(user);
        }, cancellationToken);

    /// <summary>
    /// A link that lets the account's owner choose a new password; for an invitation not yet taken up,
    /// a new invitation link. The old password keeps working until the new one is set.
    /// </summary>
    public async Task<AccountLink> CreatePasswordLinkAsync(AccessScope scope, string id, CancellationToken cancellationToken = default)
    {
        AccountLink? link = null;
        await ChangeAsync(scope, id, AccountActions.PasswordLinkCreated, async (unit, user) =>
        {
            if (!user.IsActive)
            {
                throw new BusinessRuleException("Ce compte est désactivé : réactivez-le avant de réinitialiser son mot de passe.");
            }
            link = await unit.CreateLinkAsync(user, user.PasswordHash is null ? AccountLinkPurpose.Invitation : AccountLinkPurpose.PasswordReset);
        }, cancellationToken);
        return link!;
    }

    private async Task<AccountSummary> ChangeAsync(
        AccessScope scope, string id, string action, Func<AccountUnit, AppUser, Task> change, CancellationToken cancellationToken)
    {
        scope.EnsureCanAdministerAccounts();
        await using var unit = await AccountUnit.OpenAsync(scopes, scope, cancellationToken);
        var user = await unit.Users.FindByIdAsync(id) ?? throw new NotFoundException(NotFound);
        var held = await MembershipRowsAsync(unit.Db, unit.Db.Users.Where(u => u.Id == id), cancellationToken);
        var granted = held.Select(r => r.Granted).ToList();
        // An account out of sight is not found, as GetAsync answers; one in sight but out of reach is refused.
        if (!scope.CanSeeAccount(granted))
        {
            throw new NotFoundException(NotFound);
        }
        scope.EnsureCanManageAccount(id, granted);
        await change(unit, user);
        AccountJournal.Add(unit.Db, clock.GetUtcNow().UtcDateTime, action, user, held.SelectMany(r => r.TerritoryIds).Distinct().ToList(), null);
        await unit.Db.SaveChangesAsync(cancellationToken);
        await unit.CommitAsync(cancellationToken);
        return await GetAsync(scope, id, cancellationToken);
    }

    /// <summary>An employee's account reads one contract: of the organisation the role is held in, and nobody else's yet.</summary>
    private static async Task LinkContractAsync(AppDbContext db, ScopedRole role, int contractId, string userId, CancellationToken cancellationToken)
    {
        var contract = await db.EmploymentContracts.SingleOrDefaultAsync(c => c.Id == contractId && c.OrganisationId == role.OrganisationId, cancellationToken);
        if (role.Role != Role.Employee || contract is null)
        {
            throw ValidationFailedException.For("contractId", "Un contrat se relie au compte d'un·e salarié·e de la même structure.");
        }
        contract.LinkAccount(userId);
        db.Touch(contract);
    }

    /// <summary>Checks a role before it is given: its shape, that its territory or organisation exists, and the giver's reach.</summary>
    private static async Task<(Membership Membership, OrganisationAccess? Organisation)> PrepareMembershipAsync(
        AppDbContext db, AccessScope scope, ScopedRole role, CancellationToken cancellationToken)
    {
        OrganisationKind? kind = null;
        if (role.OrganisationId is { } organisationId)
        {
            kind = await db.Organisations.Where(o => o.Id == organisationId).Select(o => (OrganisationKind?)o.Kind).SingleOrDefaultAsync(cancellationToken)
                ?? throw ValidationFailedException.For("organisationId", AccessScope.OrganisationNotFound);
        }
        if (role.TerritoryId is { } territoryId && !await db.Territories.AnyAsync(t => t.Id == territoryId, cancellationToken))
        {
            throw ValidationFailedException.For("territoryId", Territories.TerritoryQueries.NotFound);
        }
        var membership = Membership.Create("", role, kind);
        var organisation = await OrganisationAccessAsync(db, role.OrganisationId, cancellationToken);
        scope.EnsureCanGrant(new GrantedRole(role, organisation));
        return (membership, organisation);
    }

    private static async Task<OrganisationAccess?> OrganisationAccessAsync(AppDbContext db, int? organisationId, CancellationToken cancellationToken) =>
        organisationId is { } id
            ? new OrganisationAccess(id, await db.OrganisationTerritories.Where(t => t.OrganisationId == id).Select(t => t.TerritoryId).ToListAsync(cancellationToken))
            : null;

    private static List<int?> TerritoriesOf(Membership membership, OrganisationAccess? organisation) =>
        membership.TerritoryId is { } territoryId ? [territoryId]
        : organisation is { TerritoryIds.Count: > 0 } ? organisation.TerritoryIds.Select(t => (int?)t).ToList()
        : [null];

    private static async Task<string> LabelAsync(AppDbContext db, ScopedRole role, CancellationToken cancellationToken)
    {
        var where = role.TerritoryId is { } territoryId
            ? await db.Territories.Where(t => t.Id == territoryId).Select(t => t.Name).SingleOrDefaultAsync(cancellationToken)
            : role.OrganisationId is { } organisationId
                ? await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken)
                : null;
        return where is null ? role.Role.French() : $"{role.Role.French()} — {where}";
    }

    private async Task<List<AccountSummary>> LoadAsync(AppDbContext db, IQueryable<AppUser> users, AccessScope scope, CancellationToken cancellationToken)
    {
        var accounts = await users
            .Select(u => new { u.Id, u.Email, u.DisplayName, HasPassword = u.PasswordHash != null, u.InvitedAt, u.DeactivatedAt })
            .ToListAsync(cancellationToken);
        var rows = (await MembershipRowsAsync(db, users, cancellationToken)).ToLookup(r => r.UserId);
        return accounts
            .Where(a => scope.CanSeeAccount(rows[a.Id].Select(r => r.Granted).ToList()))
            .Select(a => Summarise(a.Id, a.Email, a.DisplayName, a.HasPassword, a.InvitedAt, a.DeactivatedAt, rows[a.Id].ToList(), scope, ownView: false))
            .ToList();
    }

    private static AccountSummary Summarise(
        string id, string? email, string displayName, bool hasPassword, DateTime? invitedAt, DateTime? deactivatedAt,
        IReadOnlyList<MembershipRow> rows, AccessScope scope, bool ownView)
    {
        var held = rows.Select(r => r.Granted).ToList();
        return new AccountSummary(id, email ?? "", displayName, deactivatedAt is null, hasPassword, invitedAt, deactivatedAt,
            rows.OrderBy(r => r.Role).ThenBy(r => r.TerritoryName ?? r.OrganisationName)
                .Select(r => new MembershipView(r.Id, r.Role, r.Role.French(), r.TerritoryId, r.TerritoryName, r.OrganisationId, r.OrganisationName,
                    !ownView && scope.CanRevoke(id, r.Granted)))
                .ToList(),
            !ownView && scope.CanManageAccount(id, held));
    }

    private static async Task<List<MembershipRow>> MembershipRowsAsync(AppDbContext db, IQueryable<AppUser> users, CancellationToken cancellationToken)
    {
        var ids = users.Select(u => u.Id);
        var memberships = await db.Memberships.AsNoTracking()
            .Where(m => ids.Contains(m.UserId))
            .Select(m => new
            {
                m.Id,
                m.UserId,
                m.Role,
                m.TerritoryId,
                TerritoryName = m.Territory!.Name,
                m.OrganisationId,
                OrganisationName = m.Organisation!.Name,
            })
            .ToListAsync(cancellationToken);
        var organisationIds = memberships.Where(m => m.OrganisationId is not null).Select(m => m.OrganisationId!.Value).Distinct().ToList();
        var worksIn = (await db.OrganisationTerritories.AsNoTracking()
                .Where(t => organisationIds.Contains(t.OrganisationId))
                .Select(t => new { t.OrganisationId, t.TerritoryId })
                .ToListAsync(cancellationToken))
            .ToLookup(t => t.OrganisationId, t => t.TerritoryId);
        return memberships.Select(m =>
        {
            var organisation = m.OrganisationId is { } organisationId ? new OrganisationAccess(organisationId, worksIn[organisationId].ToList()) : null;
            return new MembershipRow(m.Id, m.UserId, m.Role, m.TerritoryId, m.TerritoryName, m.OrganisationId, m.OrganisationName,
                new GrantedRole(new ScopedRole(m.Role, m.TerritoryId, m.OrganisationId), organisation));
        }).ToList();
    }

    private static async Task<(List<int> TerritoryIds, List<int> OrganisationIds)> ReachAsync(AppDbContext db, AccessScope scope, CancellationToken cancellationToken)
    {
        var territoryIds = scope.ManagedTerritoryIds.ToList();
        var organisationIds = await db.OrganisationTerritories.Where(t => territoryIds.Contains(t.TerritoryId))
            .Select(t => t.OrganisationId).Distinct().ToListAsync(cancellationToken);
        return (territoryIds, organisationIds.Concat(scope.OrganisationIds).Distinct().ToList());
    }

    private sealed record MembershipRow(
        int Id, string UserId, Role Role, int? TerritoryId, string? TerritoryName, int? OrganisationId, string? OrganisationName, GrantedRole Granted)
    {
        public IEnumerable<int?> TerritoryIds => TerritoryId is { } id ? [id]
            : Granted.Organisation is { TerritoryIds.Count: > 0 } organisation ? organisation.TerritoryIds.Select(t => (int?)t) : [];
    }
}
