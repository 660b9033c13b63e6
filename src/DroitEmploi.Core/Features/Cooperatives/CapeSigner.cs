namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>The three who sign a CAPE.</summary>
public enum CapeSigner
{
    Cooperant,
    Referent,
    Coordinator,
}
