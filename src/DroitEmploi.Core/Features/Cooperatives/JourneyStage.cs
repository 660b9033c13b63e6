namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>The stages of a cooperant's path in the KPA-cité framework.</summary>
public enum JourneyStage
{
    /// <summary>S'immerger.</summary>
    Immerse,
    /// <summary>Explorer.</summary>
    Explore,
    /// <summary>Tester.</summary>
    Test,
    /// <summary>S'ouvrir vers l'extérieur.</summary>
    OpenOut,
}
