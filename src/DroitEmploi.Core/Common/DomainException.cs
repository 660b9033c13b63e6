namespace DroitEmploi.Core.Common;

/// <summary>A failure the user can understand and act on; its message is French and shown as is.</summary>
public abstract class DomainException(string message) : Exception(message)
{
    /// <summary>Facts a program can act on, added to the API problem (e.g. the ids of the duplicates found).</summary>
    public virtual IReadOnlyDictionary<string, object?> Details { get; } = new Dictionary<string, object?>();
}
