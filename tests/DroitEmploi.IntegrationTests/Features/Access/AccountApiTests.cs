using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Territories;
using DroitEmploi.IntegrationTests.Infrastructure;
using DroitEmploi.Web.Features.Access;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;

namespace DroitEmploi.IntegrationTests.Features.Access;

public abstract class AccountApiTests(AppFactory app)
{
    private const string NewPassword = InvitedAccounts.Password;

    [Fact]
    public async Task An_invited_cle_member_sets_her_password_from_the_link_and_sees_only_her_territory()
    {
        var valenciennes = await Demo.TerritoryIdAsync(app, Demo.Valenciennes);
        using var admin = await app.ClientForAsync(Administrator);
        var email = InvitedAccounts.NewEmail();

        var invitation = await InviteAsync(admin, email, Role.CleMember, territoryId: valenciennes);

        Assert.Equal(AccountLinkPurpose.Invitation, invitation.Link.Purpose);
        Assert.Equal(7, (invitation.Link.ExpiresAt - app.Clock.GetUtcNow()).TotalDays, precision: 0);
        Assert.False(invitation.Account.HasPassword);
        Assert.Equal(["Membre du CLE — Valenciennes"], invitation.Account.Memberships.Select(m => m.Label));
        using var anonymous = app.CreateClient();
        var (accountId, token) = InvitedAccounts.Parse(invitation.Link.Url);
        (await anonymous.PostJsonAsync("/api/v1/auth/set-password", new PasswordLinkInput
        {
            AccountId = accountId,
            Token = token,
            Purpose = AccountLinkPurpose.Invitation,
            Password = NewPassword,
            Confirmation = NewPassword,
        })).EnsureSuccessStatusCode();

        using var member = await InvitedAccounts.LogInAsync(app, email, NewPassword);
        var territories = await (await member.GetAsync("/api/v1/territories")).OkAsync<PagedResult<TerritorySummary>>();
        Assert.Equal([Demo.Valenciennes], territories.Items.Select(t => t.Name));
        var mine = await (await member.GetAsync("/api/v1/accounts/me")).OkAsync<AccountSummary>();
        Assert.Equal(["Membre du CLE — Valenciennes"], mine.Memberships.Select(m => m.Label));
        // The link was spent when the password was set.
        var again = await (await anonymous.PostJsonAsync("/api/v1/auth/set-password", new PasswordLinkInput
        {
            AccountId = accountId,
            Token = token,
            Purpose = AccountLinkPurpose.Invitation,
            Password = "Un-autre-2026-xx",
            Confirmation = "Un-autre-2026-xx",
        })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(AccountPasswords.InvalidLink, again.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_cle_team_gives_roles_only_on_its_own_territory_and_never_makes_an_administrator()
    {
        var valenciennes = await Demo.TerritoryIdAsync(app, Demo.Valenciennes);
        var lille = await Demo.TerritoryIdAsync(app, Demo.Lille);
        var barakajobs = await Demo.OrganisationIdAsync(app, "La Barakajobs");
        var fabrique = await Demo.OrganisationIdAsync(app, "La Fabrique de l'Emploi");
        using var cle = await app.ClientForAsync(ValenciennesTeam);

        await (await cle.PostJsonAsync("/api/v1/accounts/invitations", Invitation(InvitedAccounts.NewEmail(), Role.Administrator)))
            .ProblemAsync(HttpStatusCode.Forbidden);
        await (await cle.PostJsonAsync("/api/v1/accounts/invitations", Invitation(InvitedAccounts.NewEmail(), Role.Funder)))
            .ProblemAsync(HttpStatusCode.Forbidden);
        await (await cle.PostJsonAsync("/api/v1/accounts/invitations", Invitation(InvitedAccounts.NewEmail(), Role.CleTeam, territoryId: lille)))
            .ProblemAsync(HttpStatusCode.Forbidden);
        await (await cle.PostJsonAsync("/api/v1/accounts/invitations", Invitation(InvitedAccounts.NewEmail(), Role.EbeManagement, organisationId: fabrique)))
            .ProblemAsync(HttpStatusCode.Forbidden);

        var choices = await (await cle.GetAsync("/api/v1/accounts/choices")).OkAsync<List<GrantChoice>>();
        Assert.Contains(choices, c => c.Label == "Membre du CLE — Valenciennes");
        Assert.Contains(choices, c => c.Label == "Direction d'EBE — La Barakajobs");
        Assert.DoesNotContain(choices, c => c.Role is Role.Administrator or Role.Funder || c.TerritoryId == lille || c.OrganisationId == fabrique);
        var employee = await InviteAsync(cle, InvitedAccounts.NewEmail(), Role.EbeManagement, organisationId: barakajobs);
        Assert.Equal(["Direction d'EBE — La Barakajobs"], employee.Account.Memberships.Select(m => m.Label));
        var member = await InviteAsync(cle, InvitedAccounts.NewEmail(), Role.CleMember, territoryId: valenciennes);
        Assert.True(member.Account.CanManage);
    }

    [Fact]
    public async Task A_cle_team_lists_the_accounts_of_its_territory_and_cannot_open_another_territorys()
    {
        using var cle = await app.ClientForAsync(ValenciennesTeam);
        var page = await (await cle.GetAsync("/api/v1/accounts?pageSize=200")).OkAsync<PagedResult<AccountSummary>>();
        var emails = page.Items.Select(a => a.Email).ToList();

        Assert.Contains(ValenciennesMember, emails);
        Assert.Contains(BarakajobsManagement, emails);
        Assert.Contains(BarakajobsEmployee, emails);
        Assert.DoesNotContain(LilleTeam, emails);
        Assert.DoesNotContain(Administrator, emails);
        Assert.DoesNotContain(Funder, emails);

        using var admin = await app.ClientForAsync(Administrator);
        var all = await (await admin.GetAsync($"/api/v1/accounts?search={Uri.EscapeDataString("cle.lille")}")).OkAsync<PagedResult<AccountSummary>>();
        var lilleTeam = Assert.Single(all.Items);
        await (await cle.GetAsync($"/api/v1/accounts/{lilleTeam.Id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await cle.PostAsync($"/api/v1/accounts/{lilleTeam.Id}/deactivate", null)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_deactivated_account_cannot_log_in_its_tokens_are_refused_and_its_history_stays()
    {
        var valenciennes = await Demo.TerritoryIdAsync(app, Demo.Valenciennes);
        using var cle = await app.ClientForAsync(ValenciennesTeam);
        var email = InvitedAccounts.NewEmail();
        var invitation = await InviteAsync(cle, email, Role.CleMember, territoryId: valenciennes);
        await InvitedAccounts.SetPasswordAsync(app, invitation.Link, NewPassword);
        using var member = await InvitedAccounts.LogInAsync(app, email, NewPassword);
        (await member.GetAsync("/api/v1/accounts/me")).EnsureSuccessStatusCode();

        var deactivated = await (await cle.PostAsync($"/api/v1/accounts/{invitation.Account.Id}/deactivate", null)).OkAsync<AccountSummary>();

        Assert.False(deactivated.IsActive);
        Assert.Single(deactivated.Memberships);
        await (await member.GetAsync("/api/v1/accounts/me")).ProblemAsync(HttpStatusCode.Unauthorized);
        using var anonymous = app.CreateClient();
        await (await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email, password = NewPassword })).ProblemAsync(HttpStatusCode.Unauthorized);
        var journal = await (await cle.GetAsync($"/api/v1/audit?entityType=Account&entityId={invitation.Account.Id}")).Content.ReadAsStringAsync();
        Assert.Contains(AccountActions.Deactivated, journal, StringComparison.Ordinal);
        Assert.Contains(AccountActions.Invited, journal, StringComparison.Ordinal);

        var reactivated = await (await cle.PostAsync($"/api/v1/accounts/{invitation.Account.Id}/reactivate", null)).OkAsync<AccountSummary>();
        Assert.True(reactivated.IsActive);
        using var back = await InvitedAccounts.LogInAsync(app, email, NewPassword);
        (await back.GetAsync("/api/v1/accounts/me")).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task A_cle_team_cannot_shut_out_an_account_that_also_works_on_another_territory_nor_itself()
    {
        var valenciennes = await Demo.TerritoryIdAsync(app, Demo.Valenciennes);
        var lille = await Demo.TerritoryIdAsync(app, Demo.Lille);
        using var admin = await app.ClientForAsync(Administrator);
        var invitation = await InviteAsync(admin, InvitedAccounts.NewEmail(), Role.CleMember, territoryId: valenciennes);
        await (await admin.PostJsonAsync($"/api/v1/accounts/{invitation.Account.Id}/memberships",
            new MembershipInput { Role = Role.CleMember, TerritoryId = lille })).OkAsync<AccountSummary>();
        using var cle = await app.ClientForAsync(ValenciennesTeam);

        var seen = await (await cle.GetAsync($"/api/v1/accounts/{invitation.Account.Id}")).OkAsync<AccountSummary>();
        Assert.False(seen.CanManage);
        Assert.Equal([true, false], seen.Memberships.OrderBy(m => m.TerritoryName != Demo.Valenciennes).Select(m => m.CanRemove));
        await (await cle.PostAsync($"/api/v1/accounts/{invitation.Account.Id}/deactivate", null)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await cle.PostAsync($"/api/v1/accounts/{invitation.Account.Id}/password-link", null)).ProblemAsync(HttpStatusCode.Forbidden);
        var lilleRole = seen.Memberships.Single(m => m.TerritoryId == lille);
        await (await cle.DeleteAsync($"/api/v1/accounts/{invitation.Account.Id}/memberships/{lilleRole.Id}")).ProblemAsync(HttpStatusCode.Forbidden);

        var self = await (await cle.GetAsync("/api/v1/accounts/me")).OkAsync<AccountSummary>();
        await (await cle.PostAsync($"/api/v1/accounts/{self.Id}/deactivate", null)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await cle.DeleteAsync($"/api/v1/accounts/{self.Id}/memberships/{self.Memberships[0].Id}")).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Roles_are_given_and_taken_back_and_the_journal_says_so()
    {
        var valenciennes = await Demo.TerritoryIdAsync(app, Demo.Valenciennes);
        var barakajobs = await Demo.OrganisationIdAsync(app, "La Barakajobs");
        using var cle = await app.ClientForAsync(ValenciennesTeam);
        var invitation = await InviteAsync(cle, InvitedAccounts.NewEmail(), Role.CleMember, territoryId: valenciennes);

        var granted = await (await cle.PostJsonAsync($"/api/v1/accounts/{invitation.Account.Id}/memberships",
            new MembershipInput { Role = Role.Employee, OrganisationId = barakajobs })).OkAsync<AccountSummary>();
        Assert.Equal(2, granted.Memberships.Count);
        var duplicate = await (await cle.PostJsonAsync($"/api/v1/accounts/{invitation.Account.Id}/memberships",
            new MembershipInput { Role = Role.Employee, OrganisationId = barakajobs })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(duplicate.GetProperty("errors").TryGetProperty("role", out _));

        var member = granted.Memberships.Single(m => m.Role == Role.CleMember);
        var revoked = await (await cle.DeleteAsync($"/api/v1/accounts/{invitation.Account.Id}/memberships/{member.Id}")).OkAsync<AccountSummary>();
        Assert.Equal([Role.Employee], revoked.Memberships.Select(m => m.Role));
        var journal = await (await cle.GetAsync($"/api/v1/audit?entityType=Account&entityId={invitation.Account.Id}")).OkAsync<JsonElement>();
        var entries = journal.GetProperty("items").EnumerateArray()
            .Select(e => (Action: e.GetProperty("action").GetString(), Changes: JsonDocument.Parse(e.GetProperty("changes").GetString()!).RootElement))
            .ToList();
        Assert.Contains(entries, e => e.Action == AccountActions.Granted && e.Changes.GetProperty("Role").GetProperty("new").GetString() == "Salarié·e — La Barakajobs");
        Assert.Contains(entries, e => e.Action == AccountActions.Revoked && e.Changes.GetProperty("Role").GetProperty("old").GetString() == "Membre du CLE — Valenciennes");
    }

    [Fact]
    public async Task Invalid_invitations_are_refused_with_the_field_named()
    {
        var valenciennes = await Demo.TerritoryIdAsync(app, Demo.Valenciennes);
        var ageval = await Demo.OrganisationIdAsync(app, "AGEVAL");
        using var admin = await app.ClientForAsync(Administrator);

        await AssertFieldAsync(admin, new { email = (string?)null, role = "CleMember", territoryId = valenciennes }, "email");
        await AssertFieldAsync(admin, new { email = "pas-une-adresse", role = "CleMember", territoryId = valenciennes }, "email");
        await AssertFieldAsync(admin, new { email = InvitedAccounts.NewEmail() }, "role");
        await AssertFieldAsync(admin, new { email = InvitedAccounts.NewEmail(), role = "CleMember" }, "territoryId");
        await AssertFieldAsync(admin, new { email = InvitedAccounts.NewEmail(), role = "CleMember", territoryId = 999_999 }, "territoryId");
        await AssertFieldAsync(admin, new { email = InvitedAccounts.NewEmail(), role = "EbeManagement", organisationId = ageval }, "organisationId");
        await AssertFieldAsync(admin, new { email = InvitedAccounts.NewEmail(), role = "Administrator", territoryId = valenciennes }, "role");
        await AssertFieldAsync(admin, new { email = ValenciennesMember, role = "CleMember", territoryId = valenciennes }, "email");
        await AssertFieldAsync(admin, new { email = "=HYPERLINK(\"http://x\")@x.fr", role = "CleMember", territoryId = valenciennes }, "email");
    }

    [Fact]
    public async Task An_employee_or_a_funder_manages_no_account_but_reads_their_own()
    {
        foreach (var email in new[] { BarakajobsEmployee, Funder, ValenciennesMember })
        {
            using var client = await app.ClientForAsync(email);
            await (await client.GetAsync("/api/v1/accounts")).ProblemAsync(HttpStatusCode.Forbidden);
            await (await client.PostJsonAsync("/api/v1/accounts/invitations", Invitation(InvitedAccounts.NewEmail(), Role.Funder))).ProblemAsync(HttpStatusCode.Forbidden);
            var mine = await (await client.GetAsync("/api/v1/accounts/me")).OkAsync<AccountSummary>();
            Assert.Equal(email, mine.Email);
            Assert.NotEmpty(mine.Memberships);
        }
    }

    [Fact]
    public async Task An_ebe_director_invites_her_employees_and_her_accounting_and_nothing_else()
    {
        var barakajobs = await Demo.OrganisationIdAsync(app, "La Barakajobs");
        var valenciennes = await Demo.TerritoryIdAsync(app, Demo.Valenciennes);
        using var director = await app.ClientForAsync(BarakajobsManagement);

        var choices = await (await director.GetAsync("/api/v1/accounts/choices")).OkAsync<List<GrantChoice>>();
        Assert.Equal(["Comptabilité — La Barakajobs", "Salarié·e — La Barakajobs"], choices.Select(c => c.Label));
        var employee = await InviteAsync(director, InvitedAccounts.NewEmail(), Role.Employee, organisationId: barakajobs);
        Assert.Equal([Role.Employee], employee.Account.Memberships.Select(m => m.Role));
        await (await director.PostJsonAsync("/api/v1/accounts/invitations", Invitation(InvitedAccounts.NewEmail(), Role.EbeManagement, organisationId: barakajobs)))
            .ProblemAsync(HttpStatusCode.Forbidden);
        await (await director.PostJsonAsync("/api/v1/accounts/invitations", Invitation(InvitedAccounts.NewEmail(), Role.CleMember, territoryId: valenciennes)))
            .ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_forgotten_password_answers_the_same_for_any_address_and_a_reset_link_ends_the_old_sessions()
    {
        var valenciennes = await Demo.TerritoryIdAsync(app, Demo.Valenciennes);
        using var cle = await app.ClientForAsync(ValenciennesTeam);
        var email = InvitedAccounts.NewEmail();
        var invitation = await InviteAsync(cle, email, Role.CleMember, territoryId: valenciennes);
        await InvitedAccounts.SetPasswordAsync(app, invitation.Link, NewPassword);
        using var before = await InvitedAccounts.LogInAsync(app, email, NewPassword);
        using var anonymous = app.CreateClient();

        var known = await anonymous.PostAsJsonAsync("/api/v1/auth/forgot-password", new { email });
        var unknown = await anonymous.PostAsJsonAsync("/api/v1/auth/forgot-password", new { email = InvitedAccounts.NewEmail() });
        var missing = await anonymous.PostAsJsonAsync("/api/v1/auth/forgot-password", new { email = (string?)null });
        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.Accepted], new[] { known.StatusCode, unknown.StatusCode, missing.StatusCode });
        Assert.Equal(await unknown.Content.ReadAsStringAsync(), await known.Content.ReadAsStringAsync());

        var link = await (await cle.PostAsync($"/api/v1/accounts/{invitation.Account.Id}/password-link", null)).OkAsync<AccountLinkView>();
        Assert.Equal(AccountLinkPurpose.PasswordReset, link.Purpose);
        await InvitedAccounts.SetPasswordAsync(app, link, "Nouveau-mot-2026");
        await (await before.GetAsync("/api/v1/accounts/me")).ProblemAsync(HttpStatusCode.Unauthorized);
        using var after = await InvitedAccounts.LogInAsync(app, email, "Nouveau-mot-2026");
        (await after.GetAsync("/api/v1/accounts/me")).EnsureSuccessStatusCode();

        var forged = await anonymous.PostJsonAsync("/api/v1/auth/set-password", new PasswordLinkInput
        {
            AccountId = invitation.Account.Id,
            Token = "faux",
            Purpose = AccountLinkPurpose.PasswordReset,
            Password = NewPassword,
            Confirmation = NewPassword,
        });
        await forged.ProblemAsync(HttpStatusCode.Conflict);
        var mismatch = await (await anonymous.PostJsonAsync("/api/v1/auth/set-password", new PasswordLinkInput
        {
            AccountId = invitation.Account.Id,
            Token = "faux",
            Purpose = AccountLinkPurpose.PasswordReset,
            Password = NewPassword,
            Confirmation = "autre",
        })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(mismatch.GetProperty("errors").TryGetProperty("confirmation", out _));
    }

    private static InvitationInput Invitation(string email, Role role, int? territoryId = null, int? organisationId = null) =>
        new() { Email = email, DisplayName = "Personne invitée", Role = role, TerritoryId = territoryId, OrganisationId = organisationId };

    private static async Task<InvitationResult> InviteAsync(HttpClient client, string email, Role role, int? territoryId = null, int? organisationId = null) =>
        await (await client.PostJsonAsync("/api/v1/accounts/invitations", Invitation(email, role, territoryId, organisationId)))
            .OkAsync<InvitationResult>(HttpStatusCode.Created);

    private static async Task AssertFieldAsync(HttpClient client, object input, string field)
    {
        var problem = await (await client.PostAsJsonAsync("/api/v1/accounts/invitations", input, AppFactory.Json)).ProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"{field} expected among {errors}");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AccountApiOnSqlite(SqliteApp app) : AccountApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AccountApiOnPostgres(PostgresApp app) : AccountApiTests(app);
