using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;

namespace DroitEmploi.Core.Features.Territories;

/// <summary>A "territoire habilité" (or one on its way to it): its perimeter, ambitions and history.</summary>
public class Territory : TrackedEntity, IBelongsToTerritory
{
    public int Id { get; set; }
    int IBelongsToTerritory.TerritoryId => Id;
    public string Name { get; set; } = "";
    public string? Department { get; set; }
    public DateOnly? HabilitationDate { get; set; }
    public int? Population { get; set; }
    public string? Description { get; set; }
    public List<PerimeterArea> Perimeter { get; set; } = [];
    public List<Ambition> Ambitions { get; set; } = [];
    public List<TerritoryPhase> Phases { get; set; } = [];

    /// <summary>The ambition people work towards on a date: the next one due, or the last one when all are past.</summary>
    public Ambition? AmbitionOn(DateOnly date) =>
        Ambitions.Where(a => a.TargetDate >= date).OrderBy(a => a.TargetDate).FirstOrDefault()
        ?? Ambitions.OrderByDescending(a => a.TargetDate).FirstOrDefault();
    public string SearchText { get; set; } = "";
}
