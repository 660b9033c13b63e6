namespace DroitEmploi.Core.Features.Territories;

public enum AreaKind
{
    Commune,
    Quartier,
}
