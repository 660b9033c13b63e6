using DroitEmploi.Core.Features.Access;

namespace DroitEmploi.Web.Features.Access;

/// <summary>
/// Turns a token into the address of the password page. No mail server is configured yet, so the link
/// is written to the log, and shown to the administrator who asked for it so they can pass it on.
/// </summary>
public sealed class AccountLinkDelivery(ILogger<AccountLinkDelivery> logger)
{
    public const string PagePath = "/mot-de-passe";

    public AccountLinkView Deliver(AccountLink link, string baseUri)
    {
        var url = $"{baseUri.TrimEnd('/')}{PagePath}?compte={Uri.EscapeDataString(link.AccountId)}"
            + $"&jeton={Uri.EscapeDataString(link.Token)}&motif={MotifOf(link.Purpose)}";
        logger.LogInformation("Lien de mot de passe ({Purpose}) pour {Email}, valable jusqu'au {ExpiresAt:u} : {Url}",
            link.Purpose, link.Email, link.ExpiresAt, url);
        return new AccountLinkView(link.AccountId, link.Email, link.Purpose, url, link.ExpiresAt);
    }

    public static string MotifOf(AccountLinkPurpose purpose) => purpose == AccountLinkPurpose.Invitation ? "invitation" : "reinitialisation";

    public static AccountLinkPurpose PurposeOf(string? motif) =>
        motif == "invitation" ? AccountLinkPurpose.Invitation : AccountLinkPurpose.PasswordReset;

    public static string BaseUriOf(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}
