using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Directory;

public sealed class TerritoryLinkInput
{
    [Range(1, int.MaxValue, ErrorMessage = "Choisissez un territoire.")]
    public int TerritoryId { get; set; }

    public TerritoryRole Role { get; set; } = TerritoryRole.Partner;
}
