namespace DroitEmploi.Core.Features.Commerce;

public enum SaleUnit
{
    Hour,
    Piece,
    Kilogram,
    Flat,
}
