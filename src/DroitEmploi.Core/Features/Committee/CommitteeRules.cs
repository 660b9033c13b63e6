namespace DroitEmploi.Core.Features.Committee;

/// <summary>A committee's internal rules as the application needs them: its quorum and its own colleges.</summary>
public class CommitteeRules : Common.TrackedEntity, Data.IBelongsToTerritory
{
    public int TerritoryId { get; set; }

    /// <summary>Share of the voting members that must be present for a vote (one half by default).</summary>
    public decimal QuorumShare { get; set; } = 0.5m;
    public List<string> ExtraColleges { get; set; } = [];

    public IReadOnlyList<string> AllColleges => [.. Colleges.Default, .. ExtraColleges];
}
