using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.SharedCosts;

/// <summary>The month's use by each party (the parties left out used nothing).</summary>
public sealed class UsageInput
{
    [MaxLength(50, ErrorMessage = "50 parties au plus.")]
    public List<UsageLineInput> Lines { get; set; } = [];

    public int? Version { get; set; }
}
