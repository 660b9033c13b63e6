namespace DroitEmploi.Core.Features.Public;

/// <summary>A column of an open dataset, as its Table Schema describes it.</summary>
public sealed record OpenDataField(string Name, string Type, string Description);
