namespace DroitEmploi.Core.Features.Access;

/// <summary>What the journal records of accounts (the account record itself, with its password hash, is never journaled).</summary>
public static class AccountActions
{
    public const string EntityType = "Account";
    public const string Invited = "Invited";
    public const string Granted = "Granted";
    public const string Revoked = "Revoked";
    public const string Deactivated = "Deactivated";
    public const string Reactivated = "Reactivated";
    public const string PasswordLinkCreated = "PasswordLinkCreated";
    public const string PasswordSet = "PasswordSet";
}
