using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.CostBalance;

/// <summary>The territory's own amounts per person and per year; empty keeps the national estimate.</summary>
public sealed class CostBalanceAssumptionsInput
{
    [Range(0.0, 100000.0, ErrorMessage = "Les dépenses d'accompagnement évitées sont comprises entre 0 et 100 000 € par personne et par an.")]
    public decimal? EmploymentServices { get; set; }

    [Range(0.0, 100000.0, ErrorMessage = "Les dépenses de santé évitées sont comprises entre 0 et 100 000 € par personne et par an.")]
    public decimal? Health { get; set; }

    [Range(0.0, 100000.0, ErrorMessage = "Les aides au logement évitées sont comprises entre 0 et 100 000 € par personne et par an.")]
    public decimal? Housing { get; set; }

    [Range(0.0, 100000.0, ErrorMessage = "Les cotisations et impôts retrouvés sont compris entre 0 et 100 000 € par personne et par an.")]
    public decimal? LostContributions { get; set; }

    [StringLength(1000, ErrorMessage = "La source ne peut dépasser 1 000 caractères.")]
    public string? Source { get; set; }

    public int? Version { get; set; }
}
