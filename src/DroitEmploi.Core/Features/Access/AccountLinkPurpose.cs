namespace DroitEmploi.Core.Features.Access;

/// <summary>What a link sent to a person lets them do: choose their first password, or a new one.</summary>
public enum AccountLinkPurpose
{
    Invitation,
    PasswordReset,
}
