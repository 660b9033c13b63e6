using DroitEmploi.Core.Features.Access;

namespace DroitEmploi.Web.Features.Access;

/// <summary>A password chosen from a link: the account and token the link carried, and the password typed twice.</summary>
public sealed class PasswordLinkInput
{
    public string? AccountId { get; set; }
    public string? Token { get; set; }
    public AccountLinkPurpose Purpose { get; set; }
    public string? Password { get; set; }
    public string? Confirmation { get; set; }
}
