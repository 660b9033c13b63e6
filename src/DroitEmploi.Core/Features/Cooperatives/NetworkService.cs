using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Directory;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>A KPA network's life: its quarterly inter-KPA meetings and the resources its KPA share.</summary>
public sealed class NetworkService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public async Task<NetworkView> GetAsync(AccessScope scope, int kpaId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (network, members) = await MembersAsync(db, scope, kpaId, cancellationToken);
        var names = members.ToDictionary(m => m.Id, m => m.Name);
        var meetings = await db.NetworkMeetings.AsNoTracking().Where(m => m.Network == network).OrderByDescending(m => m.HeldOn).ToListAsync(cancellationToken);
        var resources = await db.SharedResources.AsNoTracking().Where(r => r.Network == network).OrderByDescending(r => r.SharedOn).ThenByDescending(r => r.Id).ToListAsync(cancellationToken);
        return new NetworkView(network, members.Select(m => new OrganisationRef(m.Id, m.Name)).ToList(),
            meetings.Select(m => new NetworkMeetingView(m.Id, m.HeldOn, m.Place, m.KpaIds.Where(names.ContainsKey).Select(k => names[k]).ToList(), m.Notes)).ToList(),
            resources.Select(r => new SharedResourceView(r.Id, r.Title, r.Link, r.Tags, names.GetValueOrDefault(r.KpaId, "—"), r.SharedOn)).ToList(),
            scope.ManagesOrganisation(kpaId));
    }

    public async Task<NetworkView> RecordMeetingAsync(AccessScope scope, int kpaId, NetworkMeetingInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using (var db = await dbFactory.CreateForAsync(scope, cancellationToken))
        {
            var (network, members) = await MembersAsync(db, scope, kpaId, cancellationToken);
            scope.EnsureCanContributeToNetwork(kpaId);
            db.NetworkMeetings.Add(NetworkMeeting.Record(network, input, members.Select(m => m.Id).ToList()));
            await db.SaveChangesAsync(cancellationToken);
        }
        return await GetAsync(scope, kpaId, cancellationToken);
    }

    public async Task<NetworkView> ShareAsync(AccessScope scope, int kpaId, SharedResourceInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using (var db = await dbFactory.CreateForAsync(scope, cancellationToken))
        {
            var (network, _) = await MembersAsync(db, scope, kpaId, cancellationToken);
            scope.EnsureCanContributeToNetwork(kpaId);
            db.SharedResources.Add(SharedResource.Share(network, kpaId, input, clock.Today()));
            await db.SaveChangesAsync(cancellationToken);
        }
        return await GetAsync(scope, kpaId, cancellationToken);
    }

    private sealed record Member(int Id, string Name, int? PortageId);

    /// <summary>The KPA's network and every KPA in it, once the user is known to belong to it.</summary>
    private static async Task<(string Network, List<Member> Members)> MembersAsync(AppDbContext db, AccessScope scope, int kpaId, CancellationToken cancellationToken)
    {
        var network = await db.Kpas.Where(k => k.OrganisationId == kpaId).Select(k => k.Network).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(AccessScope.KpaNotFound);
        var members = await (
            from kpa in db.Kpas.AsNoTracking()
            where kpa.Network == network
            join organisation in db.Organisations.AsNoTracking() on kpa.OrganisationId equals organisation.Id
            orderby organisation.Name
            select new Member(organisation.Id, organisation.Name, organisation.PortageId)).ToListAsync(cancellationToken);
        var own = members.Single(m => m.Id == kpaId);
        // Belonging to the network is belonging to this KPA, or carrying it: reading another KPA's page says nothing.
        scope.EnsureCanReadNetwork([(own.Id, own.PortageId)]);
        return (network, members);
    }
}
