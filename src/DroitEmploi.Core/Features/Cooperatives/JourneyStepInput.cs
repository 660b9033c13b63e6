using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Cooperatives;

public sealed class JourneyStepInput
{
    public JourneyStepKind Kind { get; set; }

    [Required(ErrorMessage = "Indiquez la date de l'étape.")]
    public DateOnly? On { get; set; }

    public CooperantContractKind? Contract { get; set; }

    public DateOnly? EndsOn { get; set; }

    [StringLength(40, ErrorMessage = "Le numéro du contrat ne peut dépasser 40 caractères.")]
    public string? ContractNumber { get; set; }

    public ExitReason? ExitReason { get; set; }

    public JourneyStage? Stage { get; set; }

    [StringLength(1000, ErrorMessage = "La note ne peut dépasser 1 000 caractères.")]
    public string? Note { get; set; }
}
