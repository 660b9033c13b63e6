using System.Net;
using DroitEmploi.Core.Features.Employment;
using DroitEmploi.Core.Features.Parameters;
using DroitEmploi.IntegrationTests.Infrastructure;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;

namespace DroitEmploi.IntegrationTests.Features.Parameters;

/// <summary>Changes to the past rewrite funding statements: each runs on an application of its own.</summary>
public abstract class ParameterChangeTests(AppFactory app)
{
    private static readonly DateOnly March2025 = new(2025, 3, 1);

    [Fact]
    public async Task A_value_that_rewrites_the_past_is_shown_then_confirmed_with_a_reason_and_withdrawing_it_restores_every_statement()
    {
        var barakajobs = await Demo.OrganisationIdAsync(app, "La Barakajobs");
        using var admin = await app.ClientForAsync(Administrator);
        var original = await StatementAsync(admin, barakajobs);
        var smicBefore = await InForceAsync(admin, ParameterCatalogue.SmicHourly, March2025);
        var input = new ParameterValueInput { Key = ParameterCatalogue.SmicHourly, ValidFrom = March2025, Value = 99m, Source = "Saisie d'essai" };

        var preview = await (await admin.PostJsonAsync("/api/v1/parameters/preview", input)).OkAsync<ParameterChangePreview>();
        Assert.Equal((2025, 3, smicBefore.Value, 99m), (preview.Months[0].Year, preview.Months[0].Month, preview.Months[0].Before, preview.Months[0].After));
        Assert.Contains(preview.Statements, s => s.OrganisationId == barakajobs && s.Year == 2025);

        var noReason = await (await admin.PostJsonAsync("/api/v1/parameters", input)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(noReason.GetProperty("errors").TryGetProperty("reason", out _));
        input.Reason = "Essai de rattrapage";
        var asked = await (await admin.PostJsonAsync("/api/v1/parameters", input)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(preview.Months.Count, asked.GetProperty("preview").GetProperty("months").GetArrayLength());
        Assert.Equal(original.StateTotal, (await StatementAsync(admin, barakajobs)).StateTotal);

        input.ConfirmPastChanges = true;
        var added = await (await admin.PostJsonAsync("/api/v1/parameters", input)).OkAsync<DatedParameterView>(HttpStatusCode.Created);
        Assert.Equal("Essai de rattrapage", added.Reason);
        Assert.NotEqual(original.StateTotal, (await StatementAsync(admin, barakajobs)).StateTotal);

        var withdrawn = await (await admin.PostJsonAsync($"/api/v1/parameters/{added.Id}/withdrawal",
            new ParameterWithdrawalInput { Reason = "Saisie par erreur", ConfirmPastChanges = true })).OkAsync<DatedParameterView>();
        Assert.False(withdrawn.IsActive);
        Assert.Equal(original.StateTotal, (await StatementAsync(admin, barakajobs)).StateTotal);
        Assert.Equal(smicBefore.ValidTo, (await InForceAsync(admin, ParameterCatalogue.SmicHourly, March2025)).ValidTo);
        var all = await (await admin.GetAsync("/api/v1/parameters")).OkAsync<List<DatedParameterView>>();
        Assert.Contains(all, p => p.Id == added.Id && p.WithdrawalReason == "Saisie par erreur");
        var journal = await (await admin.GetAsync($"/api/v1/audit?entityType=DatedParameter&entityId={added.Id}")).Content.ReadAsStringAsync();
        Assert.Contains("Saisie par erreur", journal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_correction_keeps_the_wrong_value_in_the_history_and_only_administrators_change_values()
    {
        using var admin = await app.ClientForAsync(Administrator);
        var wrong = await InForceAsync(admin, ParameterCatalogue.DepartmentShareOfState, new DateOnly(2024, 6, 1));

        using (var cle = await app.ClientForAsync(ValenciennesTeam))
        {
            await (await cle.PostJsonAsync($"/api/v1/parameters/{wrong.Id}/corrections", new ParameterCorrectionInput { Value = 0.2m, Source = "x", Reason = "y" }))
                .ProblemAsync(HttpStatusCode.Forbidden);
            await (await cle.PostJsonAsync($"/api/v1/parameters/{wrong.Id}/withdrawal", new ParameterWithdrawalInput { Reason = "y" }))
                .ProblemAsync(HttpStatusCode.Forbidden);
        }
        await (await admin.PostJsonAsync("/api/v1/parameters/999999/corrections", new ParameterCorrectionInput { Value = 0.2m, Source = "x", Reason = "y" }))
            .ProblemAsync(HttpStatusCode.NotFound);
        var unconfirmed = new ParameterCorrectionInput { Value = 0.16m, Source = wrong.Source, Reason = "Taux mal recopié" };
        await (await admin.PostJsonAsync($"/api/v1/parameters/{wrong.Id}/corrections", unconfirmed)).ProblemAsync(HttpStatusCode.Conflict);

        unconfirmed.ConfirmPastChanges = true;
        var corrected = await (await admin.PostJsonAsync($"/api/v1/parameters/{wrong.Id}/corrections", unconfirmed)).OkAsync<DatedParameterView>(HttpStatusCode.Created);
        Assert.Equal((wrong.ValidFrom, wrong.ValidTo, wrong.Id, 0.16m), (corrected.ValidFrom, corrected.ValidTo, corrected.CorrectsId, corrected.Value));
        var all = await (await admin.GetAsync("/api/v1/parameters")).OkAsync<List<DatedParameterView>>();
        Assert.Contains(all, p => p.Id == wrong.Id && !p.IsActive && p.WithdrawalReason == "Taux mal recopié");
        Assert.Equal(0.16m, (await InForceAsync(admin, ParameterCatalogue.DepartmentShareOfState, new DateOnly(2024, 6, 1))).Value);

        // Back to the true value, the same way.
        await (await admin.PostJsonAsync($"/api/v1/parameters/{corrected.Id}/corrections",
            new ParameterCorrectionInput { Value = wrong.Value, Source = wrong.Source, Reason = "Retour au texte", ConfirmPastChanges = true })).OkAsync<DatedParameterView>(HttpStatusCode.Created);
    }

    private static async Task<FundingStatement> StatementAsync(HttpClient client, int organisationId) =>
        await (await client.GetAsync($"/api/v1/organisations/{organisationId}/funding?year=2025")).OkAsync<FundingStatement>();

    private static async Task<DatedParameterView> InForceAsync(HttpClient client, string key, DateOnly date) =>
        (await (await client.GetAsync("/api/v1/parameters")).OkAsync<List<DatedParameterView>>())
            .Single(p => p.Key == key && p.IsActive && p.ValidFrom <= date && (p.ValidTo is null || p.ValidTo >= date));
}

[Collection(IsolatedSqliteCollection.Name)]
public sealed class ParameterChangeOnSqlite(IsolatedSqliteApp app) : ParameterChangeTests(app);

[Collection(IsolatedPostgresCollection.Name)]
public sealed class ParameterChangeOnPostgres(IsolatedPostgresApp app) : ParameterChangeTests(app);
