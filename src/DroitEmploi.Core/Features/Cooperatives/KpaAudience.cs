namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>Whom a KPA welcomes: most welcome everyone from 16; some only young people (Tours, La Rochelle) or isolated women (Roubaix).</summary>
public enum KpaAudience
{
    EveryoneFromSixteen,
    YouthOnly,
    IsolatedWomen,
}
