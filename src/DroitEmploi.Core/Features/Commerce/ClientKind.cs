namespace DroitEmploi.Core.Features.Commerce;

public enum ClientKind
{
    Individual,
    Association,
    Business,
    /// <summary>A public body: invoiced through Chorus Pro with its SIRET, service code and commitment number.</summary>
    PublicBody,
}
