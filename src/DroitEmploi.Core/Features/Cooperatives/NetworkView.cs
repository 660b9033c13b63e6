using DroitEmploi.Core.Features.Directory;

namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>A network as one of its KPA sees it: its KPA, its inter-KPA meetings and the resources they share.</summary>
public sealed record NetworkView(string Network, IReadOnlyList<OrganisationRef> Kpas, IReadOnlyList<NetworkMeetingView> Meetings, IReadOnlyList<SharedResourceView> Resources, bool CanContribute);
