namespace DroitEmploi.Web.Features.Commerce;

/// <summary>The version of the record the user read, for an action that changes it.</summary>
public sealed class VersionInput
{
    public int Version { get; set; }
}
