using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Directory;
using DroitEmploi.Core.Features.Territories;

namespace DroitEmploi.Core.Features.Access;

/// <summary>A role held by a user, scoped to a territory or an organisation (neither for administrators and funders).</summary>
public class Membership
{
    public int Id { get; set; }
    public string UserId { get; set; } = "";
    public AppUser? User { get; set; }
    public Role Role { get; set; }
    public int? TerritoryId { get; set; }
    public Territory? Territory { get; set; }
    public int? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }

    public ScopedRole Scoped => new(Role, TerritoryId, OrganisationId);

    /// <summary>
    /// A role with the one scope it is held in: a territory for the CLE's roles, an organisation of the
    /// right kind for an EBE's or a KPA's, nothing for the platform-wide roles.
    /// </summary>
    public static Membership Create(string userId, ScopedRole role, OrganisationKind? organisationKind)
    {
        var errors = new Dictionary<string, string[]>();
        switch (ScopeOf(role.Role))
        {
            case MembershipScope.Platform:
                if (role.TerritoryId is not null || role.OrganisationId is not null)
                {
                    errors["role"] = [$"Le rôle « {role.Role.French()} » vaut pour toute la plateforme : ne choisissez ni territoire ni structure."];
                }
                break;
            case MembershipScope.Territory:
                if (role.TerritoryId is null)
                {
                    errors["territoryId"] = [$"Choisissez le territoire du rôle « {role.Role.French()} »."];
                }
                if (role.OrganisationId is not null)
                {
                    errors["organisationId"] = [$"Le rôle « {role.Role.French()} » se tient sur un territoire, pas dans une structure."];
                }
                break;
            case MembershipScope.Organisation:
                if (role.OrganisationId is null)
                {
                    errors["organisationId"] = [$"Choisissez la structure du rôle « {role.Role.French()} »."];
                }
                else if (RequiredKinds(role.Role) is { } kinds && (organisationKind is not { } kind || !kinds.Contains(kind)))
                {
                    errors["organisationId"] = [$"Le rôle « {role.Role.French()} » se tient dans une structure de type « {string.Join(" » ou « ", kinds.Select(k => k.French()))} »."];
                }
                if (role.TerritoryId is not null)
                {
                    errors["territoryId"] = [$"Le rôle « {role.Role.French()} » se tient dans une structure, pas sur un territoire."];
                }
                break;
        }
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }
        return new Membership { UserId = userId, Role = role.Role, TerritoryId = role.TerritoryId, OrganisationId = role.OrganisationId };
    }

    public static MembershipScope ScopeOf(Role role) => role switch
    {
        Role.Administrator or Role.Funder => MembershipScope.Platform,
        Role.CleTeam or Role.CleMember => MembershipScope.Territory,
        _ => MembershipScope.Organisation,
    };

    private static OrganisationKind[]? RequiredKinds(Role role) => role switch
    {
        Role.EbeManagement => [OrganisationKind.EmploymentCompany],
        Role.KpaCoordination or Role.Cooperant => [OrganisationKind.Kpa],
        Role.Portage => [OrganisationKind.Cae],
        // A transition cooperative is a SCIC or a CAE (some CAE carry RTE too).
        Role.CteCoordination or Role.RteHolder => [OrganisationKind.TransitionCooperative, OrganisationKind.Cae],
        _ => null,
    };
}
