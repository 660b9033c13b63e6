namespace DroitEmploi.Core.Features.Committee;

/// <summary>A committee's internal rules as the application needs them: its quorum and its own colleges.</summary>
public class CommitteeRules : Common.TrackedEntity, Data.IBelongsToTerritory
{
    public int TerritoryId { get; set; }

    /// <summary>Share of the voting members that must be present for a vote (one half by default).</summary>
    public decimal QuorumShare { get; set; } = 0.5m;
    public List<string> ExtraColleges { get; set; } = [];

    public IReadOnlyList<string> AllColleges => [.. Colleges.Default, .. ExtraColleges];

    /// <summary>Sets the rules; a college of the decree is not added twice, and a college still held by a member is not removed.</summary>
    public void Set(RulesInput input, IReadOnlyCollection<string> collegesInUse)
    {
        var extra = input.ExtraColleges.Select(c => c?.Trim() ?? "").Where(c => c.Length > 0)
            .Where(c => !Colleges.Default.Contains(c, StringComparer.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (extra.Any(c => c.Length > 120))
        {
            throw Common.ValidationFailedException.For("extraColleges", "Un collège ne peut dépasser 120 caractères.");
        }
        var dropped = ExtraColleges.Where(c => !extra.Contains(c) && collegesInUse.Contains(c)).ToList();
        if (dropped.Count > 0)
        {
            throw Common.ValidationFailedException.For("extraColleges", $"Des membres siègent dans « {string.Join(" », « ", dropped)} » : changez d'abord leur collège.");
        }
        QuorumShare = input.QuorumShare;
        ExtraColleges = extra;
    }
}
