namespace DroitEmploi.Core.Features.Parameters;

/// <summary>A dated parameter's value on a date, its label and the source it was entered from.</summary>
public sealed record SourcedValue(string Key, string Label, decimal Value, string Source);
