using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Employment;

public sealed class ContractInput
{
    [Range(typeof(decimal), "0", "1", ErrorMessage = "La prime de responsabilité est une part entre 0 et 1 (0,10 pour +10 %).", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public decimal ResponsibilityBonusRate { get; set; }

    [MaxLength(20, ErrorMessage = "Pas plus de 20 pôles.")]
    public List<string> Divisions { get; set; } = [];

    [MaxLength(30, ErrorMessage = "Pas plus de 30 activités.")]
    public List<string> Activities { get; set; } = [];

    public int Version { get; set; }
}
