using DroitEmploi.Core.Features.Access;

namespace DroitEmploi.Web.Features.Access;

/// <summary>The address a person opens to choose a password, as shown to whoever asked for it.</summary>
public sealed record AccountLinkView(string AccountId, string Email, AccountLinkPurpose Purpose, string Url, DateTimeOffset ExpiresAt);
