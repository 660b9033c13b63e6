namespace DroitEmploi.Core.Features.Territories;

/// <summary>A commune or a quartier of the perimeter; quartiers name the commune they belong to.</summary>
public class PerimeterArea
{
    public AreaKind Kind { get; set; }
    public string Name { get; set; } = "";
    public string? InseeCode { get; set; }
    public string? Commune { get; set; }
}
