using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Directory;

namespace DroitEmploi.UnitTests.Features.Access;

public class AccountRulesTests
{
    private const int Valenciennes = 1;
    private const int Lille = 2;
    private const int Barakajobs = 10;
    private const int Fabrique = 20;
    private static readonly OrganisationAccess InValenciennes = new(Barakajobs, [Valenciennes]);
    private static readonly OrganisationAccess InLille = new(Fabrique, [Lille]);
    private static readonly OrganisationAccess InBoth = new(30, [Valenciennes, Lille]);

    [Fact]
    public void A_cle_team_gives_the_cle_roles_of_its_territory_and_the_roles_of_organisations_working_there()
    {
        var team = Scope("team", new ScopedRole(Role.CleTeam, Valenciennes, null));

        Assert.True(team.CanGrant(Territorial(Role.CleMember, Valenciennes)));
        Assert.True(team.CanGrant(Territorial(Role.CleTeam, Valenciennes)));
        Assert.True(team.CanGrant(InOrganisation(Role.EbeManagement, InValenciennes)));
        Assert.True(team.CanGrant(InOrganisation(Role.Employee, InBoth)));
        Assert.False(team.CanGrant(Territorial(Role.CleMember, Lille)));
        Assert.False(team.CanGrant(InOrganisation(Role.EbeManagement, InLille)));
        Assert.False(team.CanGrant(new GrantedRole(new ScopedRole(Role.Administrator, null, null), null)));
        Assert.False(team.CanGrant(new GrantedRole(new ScopedRole(Role.Funder, null, null), null)));
    }

    [Fact]
    public void An_organisations_role_is_judged_by_the_organisation_it_names_not_another()
    {
        var team = Scope("team", new ScopedRole(Role.CleTeam, Valenciennes, null));
        // The role names the Lille organisation while the access given is Valenciennes': refused.
        var mismatched = new GrantedRole(new ScopedRole(Role.EbeManagement, null, Fabrique), InValenciennes);
        Assert.False(team.CanGrant(mismatched));
        Assert.False(team.CanGrant(new GrantedRole(new ScopedRole(Role.EbeManagement, null, Barakajobs), null)));
    }

    [Fact]
    public void A_director_invites_her_employees_only()
    {
        var director = Scope("director", new ScopedRole(Role.EbeManagement, null, Barakajobs));

        Assert.True(director.CanAdministerAccounts);
        Assert.True(director.CanGrant(InOrganisation(Role.Employee, InValenciennes)));
        Assert.False(director.CanGrant(InOrganisation(Role.EbeManagement, InValenciennes)));
        Assert.False(director.CanGrant(InOrganisation(Role.Employee, InLille)));
        Assert.False(director.CanGrant(Territorial(Role.CleMember, Valenciennes)));
    }

    [Theory]
    [InlineData(Role.CleMember)]
    [InlineData(Role.Employee)]
    [InlineData(Role.Funder)]
    public void Readers_and_employees_administer_no_account(Role role)
    {
        var scope = Scope("reader", new ScopedRole(role, role == Role.CleMember ? Valenciennes : null, role == Role.Employee ? Barakajobs : null));
        Assert.False(scope.CanAdministerAccounts);
        Assert.Throws<ForbiddenException>(scope.EnsureCanAdministerAccounts);
    }

    [Fact]
    public void An_account_is_managed_only_when_every_role_it_holds_is_within_reach_and_never_ones_own()
    {
        var team = Scope("team", new ScopedRole(Role.CleTeam, Valenciennes, null));
        GrantedRole[] here = [Territorial(Role.CleMember, Valenciennes)];
        GrantedRole[] hereAndThere = [Territorial(Role.CleMember, Valenciennes), Territorial(Role.CleMember, Lille)];

        Assert.True(team.CanManageAccount("other", here));
        Assert.True(team.CanSeeAccount(hereAndThere));
        Assert.False(team.CanManageAccount("other", hereAndThere));
        Assert.False(team.CanManageAccount("other", []));
        Assert.False(team.CanSeeAccount([]));
        Assert.False(team.CanManageAccount("team", here));
        Assert.Throws<ForbiddenException>(() => team.EnsureCanManageAccount("team", here));
        Assert.Throws<ForbiddenException>(() => team.EnsureCanManageAccount("other", hereAndThere));
        Assert.False(team.CanRevoke("team", here[0]));
        Assert.True(team.CanRevoke("other", here[0]));
    }

    [Fact]
    public void An_administrator_manages_every_account_but_her_own()
    {
        var admin = Scope("admin", new ScopedRole(Role.Administrator, null, null));
        Assert.True(admin.CanManageAccount("other", []));
        Assert.True(admin.CanSeeAccount([]));
        Assert.False(admin.CanManageAccount("admin", []));
    }

    [Fact]
    public void A_role_is_held_in_the_one_scope_it_belongs_to()
    {
        Assert.Equal(Role.CleTeam, Membership.Create("u", new ScopedRole(Role.CleTeam, Valenciennes, null), null).Role);
        Assert.Equal(Barakajobs, Membership.Create("u", new ScopedRole(Role.EbeManagement, null, Barakajobs), OrganisationKind.EmploymentCompany).OrganisationId);
        Assert.Equal(Role.Funder, Membership.Create("u", new ScopedRole(Role.Funder, null, null), null).Role);

        Assert.Equal(["territoryId"], Fields(() => Membership.Create("u", new ScopedRole(Role.CleMember, null, null), null)));
        Assert.Equal(["organisationId", "territoryId"], Fields(() => Membership.Create("u", new ScopedRole(Role.Employee, Valenciennes, null), null)));
        Assert.Equal(["organisationId"], Fields(() => Membership.Create("u", new ScopedRole(Role.EbeManagement, null, 5), OrganisationKind.IaeStructure)));
        Assert.Equal(["organisationId"], Fields(() => Membership.Create("u", new ScopedRole(Role.KpaCoordination, null, 5), OrganisationKind.EmploymentCompany)));
        Assert.Equal(["role"], Fields(() => Membership.Create("u", new ScopedRole(Role.Administrator, Valenciennes, null), null)));
        Assert.Equal(["organisationId"], Fields(() => Membership.Create("u", new ScopedRole(Role.CleTeam, Valenciennes, Barakajobs), null)));
    }

    [Fact]
    public void Deactivation_locks_the_account_for_good_and_reactivation_lifts_it()
    {
        var user = new AppUser();
        var now = new DateTimeOffset(2026, 3, 16, 9, 0, 0, TimeSpan.Zero);

        user.Deactivate(now);
        Assert.False(user.IsActive);
        Assert.Equal(now.UtcDateTime, user.DeactivatedAt);
        Assert.Equal(DateTimeOffset.MaxValue, user.LockoutEnd);
        Assert.Throws<BusinessRuleException>(() => user.Deactivate(now));

        user.Reactivate();
        Assert.True(user.IsActive);
        Assert.Null(user.LockoutEnd);
        Assert.Throws<BusinessRuleException>(user.Reactivate);
    }

    private static GrantedRole Territorial(Role role, int territoryId) => new(new ScopedRole(role, territoryId, null), null);

    private static GrantedRole InOrganisation(Role role, OrganisationAccess organisation) => new(new ScopedRole(role, null, organisation.Id), organisation);

    private static AccessScope Scope(string userId, params ScopedRole[] roles) => new(userId, userId, roles, []);

    private static string[] Fields(Action create) =>
        Assert.Throws<ValidationFailedException>(create).Errors.Keys.Order(StringComparer.Ordinal).ToArray();
}
