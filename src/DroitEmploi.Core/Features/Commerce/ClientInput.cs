using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Commerce;

public sealed class ClientInput
{
    public ClientKind Kind { get; set; }
    [Required(ErrorMessage = "Nommez le client.")]
    [StringLength(200, ErrorMessage = "Le nom ne peut dépasser 200 caractères.")]
    public string Name { get; set; } = "";
    [Required(ErrorMessage = "Indiquez l'adresse.")]
    [StringLength(200, ErrorMessage = "L'adresse ne peut dépasser 200 caractères.")]
    public string Street { get; set; } = "";
    [Required(ErrorMessage = "Indiquez le code postal.")]
    [RegularExpression(@"^\d{5}$", ErrorMessage = "Le code postal a 5 chiffres.")]
    public string PostalCode { get; set; } = "";
    [Required(ErrorMessage = "Indiquez la commune.")]
    [StringLength(100, ErrorMessage = "La commune ne peut dépasser 100 caractères.")]
    public string City { get; set; } = "";
    [StringLength(256)]
    [EmailAddress(ErrorMessage = "Saisissez une adresse électronique valide.")]
    public string? Email { get; set; }
    [StringLength(20)]
    public string? Siren { get; set; }
    [StringLength(20)]
    public string? Siret { get; set; }
    [StringLength(100, ErrorMessage = "Le code service ne peut dépasser 100 caractères.")]
    public string? ServiceCode { get; set; }
    [StringLength(50, ErrorMessage = "Le numéro d'engagement ne peut dépasser 50 caractères.")]
    public string? CommitmentNumber { get; set; }
    [Range(0, 100_000, ErrorMessage = "Le quotient familial est compris entre 0 et 100 000.")]
    public int? Quotient { get; set; }
    public IncomeSource? QuotientSource { get; set; }
    public DateOnly? QuotientCheckedOn { get; set; }
    /// <summary>Records the client although one of the same name and postal code exists (a homonym).</summary>
    public bool ConfirmHomonym { get; set; }
    public int? Version { get; set; }

    public static ClientInput Of(ClientView c) => new()
    {
        Kind = c.Kind,
        Name = c.Name,
        Street = c.Street,
        PostalCode = c.PostalCode,
        City = c.City,
        Email = c.Email,
        Siren = c.Siren,
        Siret = c.Siret,
        ServiceCode = c.ServiceCode,
        CommitmentNumber = c.CommitmentNumber,
        Version = c.Version,
    };
}
