namespace DroitEmploi.Core.Common;

/// <summary>
/// An entity users edit: its version is the concurrency token, so a stale edit is refused instead of
/// silently overwriting a colleague's work.
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}

/// <summary>Who created and last changed the row, and when; filled by the audit interceptor.</summary>
public interface IAudited
{
    DateTime CreatedAt { get; set; }
    string? CreatedBy { get; set; }
    DateTime UpdatedAt { get; set; }
    string? UpdatedBy { get; set; }
}

public abstract class TrackedEntity : IVersioned, IAudited
{
    public int Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}
