using DroitEmploi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Activities;

/// <summary>
/// The activity records that names written elsewhere (a planning slot, a contract) stand for: the
/// organisation's activity of that name, or a new idea the CLE team will review — a name never stands
/// for an activity the territory does not know of. An organisation on no territory has no committee:
/// its names stay names.
/// </summary>
public static class ActivityRecords
{
    /// <summary>Ids by name (as given); saves the new ideas, so the caller runs it inside its transaction.</summary>
    public static async Task<IReadOnlyDictionary<string, int>> EnsureAsync(
        AppDbContext db, int organisationId, IReadOnlyCollection<string> names, string by, DateTime at, string how, CancellationToken cancellationToken)
    {
        var wanted = names.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<string, int>();
        }
        var known = await db.Activities.Where(a => a.OrganisationId == organisationId && a.Status != ActivityStatus.Abandoned)
            .Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken);
        var byName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var activity in known.OrderBy(a => a.Id))
        {
            byName.TryAdd(activity.Name, activity.Id);
        }
        var missing = wanted.Where(n => !byName.ContainsKey(n)).ToList();
        if (missing.Count > 0)
        {
            var territories = await db.OrganisationTerritories.Where(t => t.OrganisationId == organisationId).Select(t => t.TerritoryId).ToListAsync(cancellationToken);
            if (territories.Count > 0)
            {
                var ideas = missing.Select(n => Activity.Propose(organisationId, territories.Min(), new ActivityInput { Name = n[..Math.Min(n.Length, 120)] }, by, at, how)).ToList();
                db.Activities.AddRange(ideas);
                await db.SaveChangesAsync(cancellationToken);
                foreach (var idea in ideas)
                {
                    byName.TryAdd(idea.Name, idea.Id);
                }
            }
        }
        return wanted.Where(byName.ContainsKey).ToDictionary(n => n, n => byName[n], StringComparer.OrdinalIgnoreCase);
    }
}
