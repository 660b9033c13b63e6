using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Agreements;

public sealed class AgreementInput
{
    [Required(ErrorMessage = "Indiquez le taux de la contribution au développement de l'emploi prévu par la convention (0,95 pour 95 % du SMIC).")]
    [Range(0.53, 1.02, ErrorMessage = "Le taux de l'État est compris entre 53 % et 102 % du SMIC horaire brut (0,53 à 1,02).")]
    public decimal? StateRate { get; set; }

    [Range(0.0, 10000000.0, ErrorMessage = "Le complément temporaire d'équilibre est compris entre 0 et 10 000 000 €.")]
    public decimal BalanceComplement { get; set; }

    [StringLength(2000, ErrorMessage = "La note ne peut dépasser 2 000 caractères.")]
    public string? Note { get; set; }

    [MaxLength(12, ErrorMessage = "Une année compte douze mois.")]
    public List<AgreementMonthInput> Months { get; set; } = [];

    public int? Version { get; set; }
}
