namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>
/// Splits an amount between parties by their weights, to the cent, so that the parts add up to the amount exactly:
/// each part rounded down, then the cents left given to the largest remainders (ties to the first).
/// </summary>
public static class Apportionment
{
    public static IReadOnlyDictionary<TKey, decimal> Split<TKey>(decimal amount, IReadOnlyList<(TKey Key, decimal Weight)> weights) where TKey : notnull
    {
        var total = weights.Sum(w => w.Weight);
        if (weights.Count == 0 || total <= 0)
        {
            return weights.ToDictionary(w => w.Key, _ => 0m);
        }
        var cents = (long)Math.Round(amount * 100m, MidpointRounding.AwayFromZero);
        var sign = Math.Sign(cents);
        var absolute = Math.Abs(cents);
        var exact = weights.Select(w => (w.Key, Exact: absolute * w.Weight / total)).ToList();
        var floors = exact.Select(e => (e.Key, Cents: (long)Math.Floor(e.Exact), Remainder: e.Exact - Math.Floor(e.Exact))).ToList();
        var left = absolute - floors.Sum(f => f.Cents);
        var extra = floors.Select((f, i) => (f, i)).OrderByDescending(x => x.f.Remainder).ThenBy(x => x.i).Take((int)left).Select(x => x.i).ToHashSet();
        return floors.Select((f, i) => (f.Key, Cents: f.Cents + (extra.Contains(i) ? 1 : 0)))
            .ToDictionary(x => x.Key, x => sign * x.Cents / 100m);
    }
}
