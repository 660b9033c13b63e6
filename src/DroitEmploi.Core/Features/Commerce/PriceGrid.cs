using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.Commerce;

/// <summary>
/// Prices by income: a service's bands of quotient familial, each with its unit price. An individual
/// client whose quotient was checked pays the price of its band; anyone else pays the catalogue price.
/// </summary>
public static class PriceGrid
{
    /// <summary>Bands in increasing order, each ceiling above the previous one, only the last one open.</summary>
    public static List<PriceBand> Check(IReadOnlyList<PriceBand>? bands)
    {
        if (bands is null || bands.Count == 0)
        {
            return [];
        }
        if (bands.Count > 12)
        {
            throw ValidationFailedException.For("priceBands", "Une grille a 12 tranches au plus.");
        }
        for (var i = 0; i < bands.Count; i++)
        {
            var band = bands[i];
            if (band.UnitPrice < 0 || decimal.Round(band.UnitPrice, 2) != band.UnitPrice)
            {
                throw ValidationFailedException.For($"priceBands[{i}].unitPrice", $"Tranche {i + 1} : un prix positif, en euros et centimes.");
            }
            var last = i == bands.Count - 1;
            if (last != band.UpTo is null || (band.UpTo is { } upTo && (upTo <= 0 || (i > 0 && upTo <= bands[i - 1].UpTo))))
            {
                throw ValidationFailedException.For($"priceBands[{i}].upTo",
                    "Les tranches montent : chaque plafond de quotient familial dépasse le précédent, et seule la dernière tranche n'a pas de plafond.");
            }
        }
        return bands.Select(b => new PriceBand { UpTo = b.UpTo, UnitPrice = b.UnitPrice }).ToList();
    }

    /// <summary>The price for this client: its band's, when the item has a grid and the client's quotient is known.</summary>
    public static decimal PriceFor(CatalogueItem item, Client client) =>
        item.PriceBands.Count > 0 && client.Kind == ClientKind.Individual && client.Quotient is { } quotient
            ? item.PriceBands.First(b => b.UpTo is null || quotient <= b.UpTo).UnitPrice
            : item.UnitPrice;
}
