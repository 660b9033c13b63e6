using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Committee;

/// <summary>A committee's internal rules: its quorum and the colleges it adds to the decree's.</summary>
public sealed class RulesInput
{
    [Range(typeof(decimal), "0.01", "1", ErrorMessage = "Le quorum est une part des membres votants, de 1 % à 100 %.", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public decimal QuorumShare { get; set; } = 0.5m;

    [MaxLength(20, ErrorMessage = "Vingt collèges propres au plus.")]
    public List<string> ExtraColleges { get; set; } = [];
}
