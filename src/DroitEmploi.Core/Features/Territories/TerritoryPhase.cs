namespace DroitEmploi.Core.Features.Territories;

public class TerritoryPhase
{
    public PhaseKind Kind { get; set; }
    public DateOnly Date { get; set; }
    public string Label { get; set; } = "";
}
