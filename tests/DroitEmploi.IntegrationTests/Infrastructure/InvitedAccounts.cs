using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Web.Features.Access;
using Microsoft.AspNetCore.WebUtilities;

namespace DroitEmploi.IntegrationTests.Infrastructure;

/// <summary>Accounts made as people get them: invited, the password chosen from the link, then signed in.</summary>
public static class InvitedAccounts
{
    public const string Password = "Choisi-par-elle-2026";

    public static string NewEmail() => $"invite-{Guid.NewGuid():N}@exemple.fr";

    /// <summary>Invites with <paramref name="inviter"/>, sets the password from the link, and returns a client signed in as the new account.</summary>
    public static async Task<HttpClient> InviteAndLogInAsync(AppFactory app, HttpClient inviter, InvitationInput invitation)
    {
        var result = await (await inviter.PostJsonAsync("/api/v1/accounts/invitations", invitation)).OkAsync<InvitationResult>(HttpStatusCode.Created);
        await SetPasswordAsync(app, result.Link, Password);
        return await LogInAsync(app, invitation.Email!, Password);
    }

    public static (string AccountId, string Token) Parse(string url)
    {
        var query = QueryHelpers.ParseQuery(new Uri(url).Query);
        return (query["compte"].ToString(), query["jeton"].ToString());
    }

    public static async Task SetPasswordAsync(AppFactory app, AccountLinkView link, string password)
    {
        var (accountId, token) = Parse(link.Url);
        using var anonymous = app.CreateClient();
        (await anonymous.PostJsonAsync("/api/v1/auth/set-password", new PasswordLinkInput
        {
            AccountId = accountId,
            Token = token,
            Purpose = link.Purpose,
            Password = password,
            Confirmation = password,
        })).EnsureSuccessStatusCode();
    }

    public static async Task<HttpClient> LogInAsync(AppFactory app, string email, string password)
    {
        using var anonymous = app.CreateClient();
        var body = await (await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email, password })).OkAsync<JsonElement>();
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("accessToken").GetString());
        return client;
    }
}
