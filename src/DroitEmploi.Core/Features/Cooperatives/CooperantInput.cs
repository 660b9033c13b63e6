using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Cooperatives;

public sealed class CooperantInput
{
    /// <summary>A volunteer of the registry oriented to the KPA: their name and birth date are read from there.</summary>
    public int? PersonId { get; set; }

    [StringLength(100, ErrorMessage = "Le prénom ne peut dépasser 100 caractères.")]
    public string? FirstName { get; set; }

    [StringLength(100, ErrorMessage = "Le nom ne peut dépasser 100 caractères.")]
    public string? LastName { get; set; }

    public DateOnly? BirthDate { get; set; }

    [StringLength(256, ErrorMessage = "L'adresse ne peut dépasser 256 caractères.")]
    [EmailAddress(ErrorMessage = "Saisissez une adresse électronique valide.")]
    public string? Email { get; set; }

    [StringLength(30, ErrorMessage = "Le téléphone ne peut dépasser 30 caractères.")]
    public string? Phone { get; set; }

    [StringLength(120, ErrorMessage = "Le nom commercial ne peut dépasser 120 caractères.")]
    public string? TradeName { get; set; }

    [Required(ErrorMessage = "Nommez le ou la référent·e du KPA qui accompagne la personne.")]
    [StringLength(120, ErrorMessage = "Le nom du ou de la référent·e ne peut dépasser 120 caractères.")]
    public string Referent { get; set; } = "";

    [MaxLength(5, ErrorMessage = "La liste des pièces compte cinq pièces au plus.")]
    public List<SignUpDocument> DocumentsSeen { get; set; } = [];

    public bool OnMinimumIncome { get; set; }

    /// <summary>The version the user last saw, when changing the record.</summary>
    public int? Version { get; set; }
}
