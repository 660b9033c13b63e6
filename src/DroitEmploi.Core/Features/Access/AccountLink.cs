namespace DroitEmploi.Core.Features.Access;

/// <summary>A single-use token for one account; the web layer turns it into the address people open.</summary>
public sealed record AccountLink(string AccountId, string Email, AccountLinkPurpose Purpose, string Token, DateTimeOffset ExpiresAt);
