namespace DroitEmploi.Core.Common;

public abstract class TrackedEntity : IVersioned, IAudited
{
    public int Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}
