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

    [Fact]
    public void Funder_creates_no_territory_and_sees_no_identity()
    {
        var scope = Scope(new ScopedRole(Role.Funder, null, null));
        Assert.False(scope.CanCreateTerritory);
        Assert.Null(scope.ReadableTerritoryIds);
        Assert.Throws<ForbiddenException>(() => scope.EnsureCanSeeIdentities(Valenciennes));
        Assert.True(scope.CanReadOrganisationFigures(new OrganisationAccess(Barakajobs, [Valenciennes])));
        Assert.False(scope.CanSeeOrganisationStaff(new OrganisationAccess(Barakajobs, [Valenciennes])));
    }

    [Fact]
    public void Kpa_coordination_manages_its_kpa_and_no_other_organisation()
    {
        const int Kpa = 20;
        var scope = Scope([new ScopedRole(Role.KpaCoordination, null, Kpa)], organisationTerritories: [Valenciennes]);
        Assert.True(scope.ManagesOrganisation(Kpa));
        Assert.False(scope.ManagesOrganisation(Barakajobs));
        Assert.Equal([Kpa], scope.OrganisationIds);
        scope.EnsureCanManageOrganisation(new OrganisationAccess(Kpa, [Valenciennes]), "refus");
        var other = Assert.Throws<ForbiddenException>(() => scope.EnsureCanManageOrganisation(new OrganisationAccess(Barakajobs, [Valenciennes]), "Réservé à la direction."));
        Assert.Equal("Réservé à la direction.", other.Message);
    }

    [Fact]
    public void Cle_members_read_figures_but_never_see_who_the_volunteers_or_the_staff_are()
    {
        var scope = Scope(new ScopedRole(Role.CleMember, Valenciennes, null));
        Assert.False(scope.CanSeeIdentities(Valenciennes));
        Assert.Throws<ForbiddenException>(() => scope.EnsureCanSeeIdentities(Valenciennes));
        var barakajobs = new OrganisationAccess(Barakajobs, [Valenciennes]);
        Assert.True(scope.CanReadOrganisationFigures(barakajobs));
        Assert.False(scope.CanSeeOrganisationStaff(barakajobs));
        Assert.Throws<ForbiddenException>(() => scope.EnsureCanSeeOrganisationStaff(barakajobs));
        Assert.Empty(scope.ManagedTerritoryIds);
    }

    [Fact]
    public void Another_territory_is_not_found_rather_than_forbidden_so_its_existence_stays_hidden()
    {
        var scope = Scope(new ScopedRole(Role.CleTeam, Valenciennes, null));
        Assert.Throws<NotFoundException>(() => scope.EnsureCanSeeIdentities(Lille));
        Assert.Throws<NotFoundException>(() => scope.EnsureCanManageTerritory(Lille));
        var fabrique = new OrganisationAccess(Barakajobs + 1, [Lille]);
        Assert.Throws<NotFoundException>(() => scope.EnsureCanReadOrganisationFigures(fabrique));
        Assert.Throws<NotFoundException>(() => scope.EnsureCanSeeOrganisationStaff(fabrique));
        Assert.Throws<NotFoundException>(() => scope.EnsureCanManageOrganisation(fabrique, "refus"));
        Assert.Equal([Valenciennes], scope.ManagedTerritoryIds);
    }

    [Fact]
    public void Cle_team_sees_the_staff_of_the_ebes_of_its_territory_without_managing_them()
    {
        var scope = Scope(new ScopedRole(Role.CleTeam, Valenciennes, null));
        var barakajobs = new OrganisationAccess(Barakajobs, [Valenciennes]);
        Assert.True(scope.CanSeeOrganisationStaff(barakajobs));
        scope.EnsureCanSeeOrganisationStaff(barakajobs);
        Assert.False(scope.ManagesOrganisation(Barakajobs));
        Assert.Throws<ForbiddenException>(() => scope.EnsureCanManageOrganisation(barakajobs, "refus"));
    }

    [Fact]
    public void An_employee_is_told_her_ebes_figures_are_not_hers_and_another_ebe_does_not_exist()
    {
        var scope = Scope([new ScopedRole(Role.Employee, null, Barakajobs)], organisationTerritories: [Valenciennes]);
        var own = Assert.Throws<ForbiddenException>(() => scope.EnsureCanReadOrganisationFigures(new OrganisationAccess(Barakajobs, [])));
        Assert.Contains("son contrat", own.Message, StringComparison.Ordinal);
        Assert.Throws<NotFoundException>(() => scope.EnsureCanReadOrganisationFigures(new OrganisationAccess(Barakajobs + 1, [])));
        Assert.False(scope.CanSeeOrganisationStaff(new OrganisationAccess(Barakajobs, [])));
    }

    [Fact]
    public void Ebe_management_reads_its_own_figures_even_outside_any_territory_it_reads()
    {
        var scope = Scope(new ScopedRole(Role.EbeManagement, null, Barakajobs));
        var detached = new OrganisationAccess(Barakajobs, [Lille]);
        Assert.True(scope.CanReadOrganisationFigures(detached));
        Assert.True(scope.CanSeeOrganisationStaff(detached));
        scope.EnsureCanManageOrganisation(detached, "refus");
    }

    [Fact]
    public void The_platform_itself_is_an_administrator()
    {
        Assert.True(AccessScope.System.IsAdministrator);
        Assert.True(AccessScope.System.CanManageTerritory(Lille));
        Assert.False(AccessScope.System.IsFunder);
    }

    [Fact]
    public void A_user_with_several_roles_gets_each_of_them()
    {
        var scope = Scope(new ScopedRole(Role.CleMember, Lille, null), new ScopedRole(Role.Administrator, null, null));
        Assert.True(scope.IsAdministrator);
        Assert.False(scope.IsFunder);
        var funder = Scope(new ScopedRole(Role.CleMember, Lille, null), new ScopedRole(Role.Funder, null, null));
        Assert.True(funder.IsFunder);
        Assert.Null(funder.ReadableTerritoryIds);

        var twoHats = Scope(new ScopedRole(Role.CleMember, Lille, null), new ScopedRole(Role.CleTeam, Valenciennes, null),
            new ScopedRole(Role.Employee, null, Barakajobs + 1), new ScopedRole(Role.EbeManagement, null, Barakajobs));
        Assert.True(twoHats.CanManageTerritory(Valenciennes));
        Assert.False(twoHats.CanManageTerritory(Lille));
        Assert.True(twoHats.ManagesOrganisation(Barakajobs));
        Assert.False(twoHats.ManagesOrganisation(Barakajobs + 1));
        Assert.True(twoHats.CanReadOrganisationFigures(new OrganisationAccess(Barakajobs, [])));
        Assert.False(twoHats.CanReadOrganisationFigures(new OrganisationAccess(Barakajobs + 1, [])));
    }

    [Fact]
    public void The_journal_is_read_by_administrators_and_cle_teams_only()
    {
        Assert.True(Scope(new ScopedRole(Role.Administrator, null, null)).CanReadJournal);
        Assert.True(Scope(new ScopedRole(Role.CleTeam, Valenciennes, null)).CanReadJournal);
        Scope(new ScopedRole(Role.CleTeam, Valenciennes, null)).EnsureCanReadJournal();
        foreach (var role in new[] { new ScopedRole(Role.CleMember, Valenciennes, null), new ScopedRole(Role.Funder, null, null), new ScopedRole(Role.EbeManagement, null, Barakajobs) })
        {
            Assert.False(Scope(role).CanReadJournal);
            Assert.Throws<ForbiddenException>(() => Scope(role).EnsureCanReadJournal());
        }
    }

    private static AccessScope Scope(params ScopedRole[] roles) => Scope(roles, []);

    private static AccessScope Scope(ScopedRole[] roles, int[] organisationTerritories) =>
        new("user", "user@example.org", roles, organisationTerritories);
}
