using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Directory;

namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>
/// A KPA's profile beside its directory record (which names its carrying and portage structures): the host
/// structure, whom it welcomes, the longest path it allows, its network, when the referent is reminded.
/// </summary>
public class Kpa : TrackedEntity
{
    /// <summary>The KPA's organisation in the directory: one profile per KPA.</summary>
    public int OrganisationId { get; set; }
    public int? HostId { get; set; }
    public KpaAudience Audience { get; set; }
    public int LongestPathYears { get; set; } = 3;
    public string Network { get; set; } = "";
    public int ReminderDays { get; set; } = 30;
    public SharingRule SharingRule { get; set; }

    public static Kpa Create(Organisation organisation, KpaInput input, Organisation? host)
    {
        if (organisation.Kind != OrganisationKind.Kpa)
        {
            throw ValidationFailedException.For("organisationId", "Cette structure n'est pas un KPA dans l'annuaire : changez d'abord son type.");
        }
        var kpa = new Kpa { OrganisationId = organisation.Id };
        kpa.Describe(input, host);
        return kpa;
    }

    public void Describe(KpaInput input, Organisation? host)
    {
        if (input.HostId is not null && host is null)
        {
            throw ValidationFailedException.For("hostId", "Cette structure d'accueil n'est pas dans l'annuaire.");
        }
        if (host is not null && host.Id == OrganisationId)
        {
            throw ValidationFailedException.For("hostId", "La structure d'accueil est un tiers-lieu, un fablab… : pas le KPA lui-même.");
        }
        HostId = host?.Id;
        Audience = input.Audience;
        LongestPathYears = input.LongestPathYears;
        Network = input.Network.Trim();
        ReminderDays = input.ReminderDays;
        SharingRule = input.SharingRule;
    }
}
