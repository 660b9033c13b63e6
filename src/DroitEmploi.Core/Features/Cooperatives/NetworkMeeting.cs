using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>A quarterly inter-KPA meeting of a network: its date, the KPA present, its notes.</summary>
public class NetworkMeeting : TrackedEntity
{
    public int Id { get; set; }
    public string Network { get; set; } = "";
    public DateOnly HeldOn { get; set; }
    public string? Place { get; set; }
    public List<int> KpaIds { get; set; } = [];
    public string Notes { get; set; } = "";

    public static NetworkMeeting Record(string network, NetworkMeetingInput input, IReadOnlyCollection<int> networkKpaIds)
    {
        var strangers = input.KpaIds.Except(networkKpaIds).ToList();
        if (strangers.Count > 0)
        {
            throw ValidationFailedException.For("kpaIds", "Seuls les KPA du réseau sont présents à une rencontre inter-KPA.");
        }
        if (input.KpaIds.Count == 0)
        {
            throw ValidationFailedException.For("kpaIds", "Indiquez les KPA présents.");
        }
        return new NetworkMeeting
        {
            Network = network,
            HeldOn = input.HeldOn!.Value,
            Place = TextInput.Optional(input.Place),
            KpaIds = input.KpaIds.Distinct().ToList(),
            Notes = input.Notes.Trim(),
        };
    }
}
