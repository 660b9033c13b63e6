using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Directory;

public sealed class OrganisationInput
{
    [Required(ErrorMessage = "Le nom de la structure est obligatoire.")]
    [StringLength(200, ErrorMessage = "Le nom ne peut dépasser 200 caractères.")]
    public string Name { get; set; } = "";

    public OrganisationKind Kind { get; set; } = OrganisationKind.Association;

    [StringLength(100, ErrorMessage = "La forme juridique ne peut dépasser 100 caractères.")]
    public string? LegalForm { get; set; }

    [RegularExpression(@"^\d{14}$", ErrorMessage = "Le SIRET compte exactement 14 chiffres.")]
    public string? Siret { get; set; }

    [RegularExpression(@"^\d{2}\.?\d{2}[A-Za-z]$", ErrorMessage = "Le code NAF s'écrit comme 88.99B.")]
    public string? NafCode { get; set; }

    [MaxLength(30, ErrorMessage = "Pas plus de 30 activités.")]
    public List<string> ActivityTags { get; set; } = [];

    [MaxLength(30, ErrorMessage = "Pas plus de 30 pôles.")]
    public List<string> Divisions { get; set; } = [];

    [StringLength(4000, ErrorMessage = "La description ne peut dépasser 4 000 caractères.")]
    public string? Description { get; set; }

    public DateOnly? OpenedOn { get; set; }

    [StringLength(200, ErrorMessage = "L'adresse ne peut dépasser 200 caractères.")]
    public string? Street { get; set; }

    [RegularExpression(@"^\d{5}$", ErrorMessage = "Le code postal compte 5 chiffres.")]
    public string? PostalCode { get; set; }

    [StringLength(100, ErrorMessage = "La commune ne peut dépasser 100 caractères.")]
    public string? City { get; set; }

    [StringLength(300, ErrorMessage = "L'adresse du site ne peut dépasser 300 caractères.")]
    [RegularExpression(@"^https?://\S+$", ErrorMessage = "Le site web commence par http:// ou https://.")]
    public string? Website { get; set; }

    [StringLength(200, ErrorMessage = "Le courriel ne peut dépasser 200 caractères.")]
    [EmailAddress(ErrorMessage = "Le courriel n'est pas une adresse valide.")]
    public string? Email { get; set; }

    [StringLength(30, ErrorMessage = "Le téléphone ne peut dépasser 30 caractères.")]
    [RegularExpression(@"^[0-9 +().-]{6,30}$", ErrorMessage = "Le téléphone ne contient que des chiffres, espaces, +, points ou tirets.")]
    public string? Phone { get; set; }

    [MaxLength(50, ErrorMessage = "Pas plus de 50 contacts.")]
    public List<ContactInput> Contacts { get; set; } = [];

    public int? CarrierId { get; set; }

    public int? PortageId { get; set; }

    [MaxLength(100, ErrorMessage = "Pas plus de 100 territoires.")]
    public List<TerritoryLinkInput> Territories { get; set; } = [];

    /// <summary>The version read before editing; required to update.</summary>
    public int Version { get; set; }
}
