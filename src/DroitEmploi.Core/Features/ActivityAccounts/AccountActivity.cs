namespace DroitEmploi.Core.Features.ActivityAccounts;

/// <summary>An activity of the EBE as its accounts name it.</summary>
public sealed record AccountActivity(int Id, string Name, string? Division);
