namespace DroitEmploi.Core.Data;

/// <summary>A record that belongs to one territory, so that its journal is readable by that territory's team.</summary>
public interface IBelongsToTerritory
{
    int TerritoryId { get; }
}
