using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Access;

namespace DroitEmploi.UnitTests.Features.Access;

public class AccessScopeTests
{
    private const int Valenciennes = 1;
    private const int Lille = 2;
    private const int Barakajobs = 10;

    [Fact]
    public void Administrator_reads_and_manages_every_territory()
    {
        var scope = Scope(new ScopedRole(Role.Administrator, null, null));
        Assert.Null(scope.ReadableTerritoryIds);
        Assert.True(scope.CanManageTerritory(Lille));
        Assert.True(scope.CanCreateTerritory);
    }

    [Fact]
    public void Cle_team_manages_its_territory_and_does_not_see_another()
    {
        var scope = Scope(new ScopedRole(Role.CleTeam, Valenciennes, null));
        Assert.True(scope.CanManageTerritory(Valenciennes));
        Assert.False(scope.CanReadTerritory(Lille));
        Assert.Throws<NotFoundException>(() => scope.EnsureCanReadTerritory(Lille));
        Assert.False(scope.CanCreateTerritory);
    }

    [Fact]
    public void Cle_member_reads_but_does_not_manage()
    {
        var scope = Scope(new ScopedRole(Role.CleMember, Valenciennes, null));
        Assert.True(scope.CanReadTerritory(Valenciennes));
        Assert.Throws<ForbiddenException>(() => scope.EnsureCanManageTerritory(Valenciennes));
    }

    [Fact]
    public void Ebe_management_reads_the_territories_its_organisation_works_in_and_manages_only_it()
    {
        var scope = Scope([new ScopedRole(Role.EbeManagement, null, Barakajobs)], organisationTerritories: [Valenciennes]);
        Assert.True(scope.CanReadTerritory(Valenciennes));
        Assert.False(scope.CanReadTerritory(Lille));
        Assert.False(scope.CanManageTerritory(Valenciennes));
        Assert.True(scope.ManagesOrganisation(Barakajobs));
        Assert.False(scope.ManagesOrganisation(Barakajobs + 1));
    }

    [Fact]
    public void Employee_manages_nothing()
    {
        var scope = Scope(new ScopedRole(Role.Employee, null, Barakajobs));
        Assert.False(scope.ManagesOrganisation(Barakajobs));
        Assert.Empty(scope.ManagedTerritoryIds);
    }

    [Fact]
    public void Funder_reads_every_territory_without_managing_any()
    {
        var scope = Scope(new ScopedRole(Role.Funder, null, null));
        Assert.True(scope.CanReadTerritory(Lille));
        Assert.False(scope.CanManageTerritory(Lille));
    }

    private static AccessScope Scope(params ScopedRole[] roles) => Scope(roles, []);

    private static AccessScope Scope(ScopedRole[] roles, int[] organisationTerritories) =>
        new("user", "user@example.org", roles, organisationTerritories);
}
