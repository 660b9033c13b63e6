using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DroitEmploi.IntegrationTests.Infrastructure;

/// <summary>Logs in through the French login form, as a browser does, and keeps the cookie.</summary>
public static partial class BrowserLikeClient
{
    public static HttpClient Anonymous(AppFactory app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<(HttpClient Client, HttpResponseMessage Response)> LogInAsync(AppFactory app, string email, string password)
    {
        var client = Anonymous(app);
        var form = await client.GetStringAsync("/connexion");
        var fields = new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = HiddenValue(form, "__RequestVerificationToken"),
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        };
        Assert.Contains("name=\"Input.Email\"", form, StringComparison.Ordinal);
        using var content = new FormUrlEncodedContent(fields);
        var response = await client.PostAsync("/connexion", content);
        return (client, response);
    }

    public static async Task<HttpClient> LoggedInAsync(AppFactory app, string email)
    {
        var (client, response) = await LogInAsync(app, email, Core.Features.Demo.DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private static string HiddenValue(string html, string name)
    {
        var match = Regex.Match(html, $"name=\"{Regex.Escape(name)}\" value=\"([^\"]+)\"");
        Assert.True(match.Success, $"No hidden field {name} in the login form.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }
}
