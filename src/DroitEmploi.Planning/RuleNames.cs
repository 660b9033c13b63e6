namespace DroitEmploi.Planning;

/// <summary>The names of the hard rules some callers reason about (the others are only shown).</summary>
public static class RuleNames
{
    public const string DayOff = "DayOff";
    public const string TotalMinutes = "TotalMinutes";
}
