namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>Whether a bracket's rate applies to the slice of margin within it, or to the whole margin once it is reached.</summary>
public enum ContributionMode
{
    /// <summary>Each rate on its own slice, as income tax (Optéos).</summary>
    Slice,
    /// <summary>The rate of the bracket reached on the whole margin.</summary>
    Whole,
}
