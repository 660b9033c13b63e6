using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Access;

/// <summary>An invitation: the person's e-mail and name, and the one role they are given to start with.</summary>
public sealed class InvitationInput
{
    [Required(ErrorMessage = "Saisissez l'adresse électronique de la personne invitée.")]
    [StringLength(256, ErrorMessage = "L'adresse électronique fait 256 caractères au plus.")]
    [EmailAddress(ErrorMessage = "Cette adresse électronique n'est pas valide.")]
    public string? Email { get; set; }

    [StringLength(200, ErrorMessage = "Le nom fait 200 caractères au plus.")]
    public string? DisplayName { get; set; }

    [Required(ErrorMessage = "Choisissez le rôle de la personne invitée.")]
    public Role? Role { get; set; }

    public int? TerritoryId { get; set; }

    public int? OrganisationId { get; set; }

    /// <summary>For an employee: the contract the account reads (its week, its hours), in the same organisation.</summary>
    public int? ContractId { get; set; }
}
