namespace DroitEmploi.Core.Common;

/// <summary>
/// An entity users edit: its version is the concurrency token, so a stale edit is refused instead of
/// silently overwriting a colleague's work.
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}
