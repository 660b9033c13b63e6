using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Agreements;

public sealed class AgreementMonthInput
{
    [Range(1, 12, ErrorMessage = "Le mois est compris entre 1 et 12.")]
    public int Month { get; set; }

    [Range(0.0, 10000.0, ErrorMessage = "Les ETP prévus sont compris entre 0 et 10 000.")]
    public decimal ForecastEtp { get; set; }

    [Range(0, 10000, ErrorMessage = "Les embauches prévues sont comprises entre 0 et 10 000.")]
    public int ForecastHires { get; set; }
}
