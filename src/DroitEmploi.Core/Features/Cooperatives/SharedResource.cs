using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>A resource a KPA shares with its network: a guide, a tool, a template, as a link.</summary>
public class SharedResource : TrackedEntity
{
    public int Id { get; set; }
    public string Network { get; set; } = "";
    public int KpaId { get; set; }
    public string Title { get; set; } = "";
    public string Link { get; set; } = "";
    public List<string> Tags { get; set; } = [];
    public DateOnly SharedOn { get; set; }

    public static SharedResource Share(string network, int kpaId, SharedResourceInput input, DateOnly today)
    {
        // Only web links: a "javascript:" or "file:" link would run or open something on the reader's machine.
        if (!Uri.TryCreate(input.Link.Trim(), UriKind.Absolute, out var link) || link.Scheme is not ("https" or "http"))
        {
            throw ValidationFailedException.For("link", "Donnez une adresse web complète, qui commence par https://.");
        }
        return new SharedResource
        {
            Network = network,
            KpaId = kpaId,
            Title = input.Title.Trim(),
            Link = link.ToString(),
            Tags = TextInput.DistinctList(input.Tags),
            SharedOn = today,
        };
    }
}
