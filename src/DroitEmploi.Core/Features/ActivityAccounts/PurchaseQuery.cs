using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.ActivityAccounts;

public sealed class PurchaseQuery
{
    [Range(2016, 2100, ErrorMessage = "L'année s'écrit sur 4 chiffres, de 2016 à 2100.")]
    public int? Year { get; set; }

    /// <summary>An activity's purchases; 0 for the structure's overheads.</summary>
    public int? ActivityId { get; set; }

    [StringLength(100, ErrorMessage = "La recherche tient en 100 caractères au plus.")]
    public string? Search { get; set; }

    [Range(1, 100000, ErrorMessage = "La page est comprise entre 1 et 100 000.")]
    public int Page { get; set; } = 1;

    [Range(1, 200, ErrorMessage = "Une page compte de 1 à 200 achats.")]
    public int PageSize { get; set; } = 50;
}
