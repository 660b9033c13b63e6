using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>A signature of the CAPE, or the insurance form's validation, on a date.</summary>
public sealed class SignatureInput
{
    public CapeSigner? Signer { get; set; }

    [Required(ErrorMessage = "Indiquez la date.")]
    public DateOnly? On { get; set; }
}
