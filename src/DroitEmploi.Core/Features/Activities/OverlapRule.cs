namespace DroitEmploi.Core.Features.Activities;

/// <summary>
/// Which organisations of the directory an activity may take work from: those working on its
/// territory (linked to it, or based in one of its communes) that share its NAF division or one of
/// its tags. It lists, the committee judges: a listed organisation is someone to consult, not a verdict.
/// </summary>
public static class OverlapRule
{
    public static IReadOnlyList<ActivityOverlap> Find(
        Activity activity, IEnumerable<OverlapCandidate> organisations, IReadOnlyCollection<string> territoryCommunes)
    {
        var division = Naf.Division(activity.NafCode);
        var tags = activity.Tags.GroupBy(TagKey.Of).ToDictionary(g => g.Key, g => g.First());
        var communes = territoryCommunes.Select(TagKey.Of).ToHashSet();
        var found = new List<ActivityOverlap>();
        foreach (var organisation in organisations.Where(o => o.Id != activity.OrganisationId))
        {
            var onTerritory = organisation.TerritoryIds.Contains(activity.TerritoryId)
                || (organisation.City is { } city && communes.Contains(TagKey.Of(city)));
            if (!onTerritory)
            {
                continue;
            }
            var reasons = new List<string>();
            if (division is not null && Naf.Division(organisation.NafCode) == division)
            {
                reasons.Add($"même division NAF ({division}) : {organisation.NafCode}");
            }
            foreach (var tag in organisation.Tags.Where(t => tags.ContainsKey(TagKey.Of(t))))
            {
                reasons.Add($"mot-clé commun : « {tags[TagKey.Of(tag)]} » / « {tag} »");
            }
            if (reasons.Count > 0)
            {
                found.Add(new ActivityOverlap(organisation.Id, organisation.Name, organisation.NafCode, reasons));
            }
        }
        return found.OrderByDescending(f => f.Reasons.Count).ThenBy(f => f.OrganisationName, StringComparer.Create(Common.French.Culture, true)).ToList();
    }
}
