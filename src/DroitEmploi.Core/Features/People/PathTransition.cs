namespace DroitEmploi.Core.Features.People;

/// <summary>One step of a volunteer's path: who moved them from one state to another, when and why.</summary>
public class PathTransition
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public PathState From { get; set; }
    public PathState To { get; set; }
    public DateTime At { get; set; }
    public string By { get; set; } = "";
    public string? Reason { get; set; }
    public Orientation? Orientation { get; set; }
    public int? OrganisationId { get; set; }
}
