namespace DroitEmploi.Core.Features.Territories;

public enum TerritorySort
{
    Name,
    HabilitationDate,
    Population,
}
