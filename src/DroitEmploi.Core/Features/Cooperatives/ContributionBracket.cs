namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>A bracket of the year's cumulative gross margin: its rate applies up to <see cref="UpTo"/> (none: beyond).</summary>
public sealed class ContributionBracket
{
    public decimal? UpTo { get; set; }
    public decimal Rate { get; set; }
}
