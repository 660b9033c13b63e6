namespace DroitEmploi.Core.Features.ActivityAccounts;

/// <summary>
/// The péréquation: which activities carry which, after the public funding their jobs bring. The surplus of those that
/// earn more than they cost pays for the deficit of those that do not, which may lose money on purpose because they
/// provide jobs.
/// </summary>
public sealed record Equalisation(decimal Surplus, decimal Deficit, IReadOnlyList<ActivityResult> Carriers, IReadOnlyList<ActivityResult> Carried)
{
    /// <summary>The share of the deficit the surplus covers (1 when it covers all of it); the rest is the EBE's loss.</summary>
    public decimal? CoveredShare => Deficit == 0 ? null : Math.Min(1, Surplus / Deficit);
}
