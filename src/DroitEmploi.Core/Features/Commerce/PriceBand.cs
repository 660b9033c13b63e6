namespace DroitEmploi.Core.Features.Commerce;

/// <summary>One band of a price grid by income: the unit price for a quotient familial up to <see cref="UpTo"/> (the last band has none).</summary>
public sealed class PriceBand
{
    public int? UpTo { get; set; }
    public decimal UnitPrice { get; set; }
}
