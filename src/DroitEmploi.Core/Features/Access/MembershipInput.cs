using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Access;

/// <summary>A role to give to an existing account, on a territory or in an organisation.</summary>
public sealed class MembershipInput
{
    [Required(ErrorMessage = "Choisissez le rôle à donner.")]
    public Role? Role { get; set; }

    public int? TerritoryId { get; set; }

    public int? OrganisationId { get; set; }
}
