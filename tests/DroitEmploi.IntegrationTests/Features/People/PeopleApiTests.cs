using System.Net;
using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Audit;
using DroitEmploi.Core.Features.Employment;
using DroitEmploi.Core.Features.People;
using DroitEmploi.IntegrationTests.Infrastructure;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;

namespace DroitEmploi.IntegrationTests.Features.People;

public abstract class PeopleApiTests(AppFactory app)
{
    [Fact]
    public async Task Registering_a_volunteer_gives_a_candidate_whose_read_is_journaled()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var created = await scenario.RegisterAsync(RegistryScenario.Volunteer("Lemaire", new DateOnly(2025, 2, 3)));
        Assert.Equal(PathState.Candidate, created.State);
        Assert.Equal("Inscription", Assert.Single(created.Transitions).Reason);

        var read = await (await scenario.Admin.GetAsync($"/api/v1/people/{created.Id}")).OkAsync<PersonDetails>();
        Assert.Equal(new DateOnly(2025, 2, 3), read.CandidacyDate);
        var journal = await (await scenario.Admin.GetAsync($"/api/v1/audit?entityType=Person&entityId={created.Id}")).OkAsync<PagedResult<AuditEntryView>>();
        Assert.Contains(journal.Items, e => e.Action == AuditActions.Read && e.Actor == Administrator);
        Assert.Contains(journal.Items, e => e.Action == AuditActions.Created);
    }

    [Fact]
    public async Task Same_names_and_birth_date_ask_for_confirmation_before_a_second_record()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var first = await scenario.RegisterAsync(RegistryScenario.Volunteer("Bensaïd", new DateOnly(2025, 1, 6)));

        var again = RegistryScenario.Volunteer("BENSAID", new DateOnly(2025, 3, 1));
        var problem = await (await scenario.Admin.PostJsonAsync($"/api/v1/territories/{scenario.TerritoryId}/people", again)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(first.Id, problem.GetProperty("existingPersonIds")[0].GetInt32());

        var duplicates = await (await scenario.Admin.GetAsync(
            $"/api/v1/territories/{scenario.TerritoryId}/people/duplicates?lastName=bensaid&firstName=camille&birthDate=1975-05-17")).OkAsync<List<PersonSummary>>();
        Assert.Equal([first.Id], duplicates.Select(d => d.Id));

        again.ConfirmDuplicate = true;
        await (await scenario.Admin.PostJsonAsync($"/api/v1/territories/{scenario.TerritoryId}/people", again)).OkAsync<PersonDetails>(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Invalid_volunteer_is_refused_field_by_field()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var input = RegistryScenario.Volunteer("", new DateOnly(2099, 1, 1));
        input.WeeklyHoursWished = 50;
        var problem = await (await scenario.Admin.PostJsonAsync($"/api/v1/territories/{scenario.TerritoryId}/people", input)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("lastName", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("weeklyHoursWished", out _));

        input.LastName = "Futur";
        input.WeeklyHoursWished = 20;
        problem = await (await scenario.Admin.PostJsonAsync($"/api/v1/territories/{scenario.TerritoryId}/people", input)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("futur", problem.GetProperty("errors").GetProperty("candidacyDate")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stale_edit_of_a_volunteer_gets_409()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var person = await scenario.RegisterAsync(RegistryScenario.Volunteer("Caron", new DateOnly(2025, 2, 3)));
        var first = person.ToInput();
        first.Phone = "06 11 22 33 44";
        await (await scenario.Admin.PutJsonAsync($"/api/v1/people/{person.Id}", first)).OkAsync<PersonDetails>();
        var stale = person.ToInput();
        stale.Phone = "06 99 99 99 99";
        await (await scenario.Admin.PutJsonAsync($"/api/v1/people/{person.Id}", stale)).ProblemAsync(HttpStatusCode.Conflict);
        var current = await (await scenario.Admin.GetAsync($"/api/v1/people/{person.Id}")).OkAsync<PersonDetails>();
        Assert.Equal("06 11 22 33 44", current.Phone);
    }

    [Fact]
    public async Task Eligibility_proposal_explains_what_is_missing_and_decisions_keep_their_history()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var input = RegistryScenario.Volunteer("Vasseur", new DateOnly(2025, 2, 3));
        var today = app.Today;
        input.LivesInTerritorySince = today.AddMonths(-4);
        var person = await scenario.RegisterAsync(input);

        var proposal = await (await scenario.Admin.GetAsync($"/api/v1/people/{person.Id}/eligibility")).OkAsync<EligibilityProposal>();
        Assert.False(proposal.Eligible);
        Assert.Contains(proposal.Reasons, r => r.StartsWith("Il manque 2 mois de résidence sur le territoire", StringComparison.Ordinal));

        var refused = await (await scenario.Admin.PostJsonAsync($"/api/v1/people/{person.Id}/eligibility-decisions",
            new EligibilityDecisionInput { Eligible = false, Evidence = [EvidenceKind.ProofOfAddress], Comment = "Arrivée récente" })).OkAsync<PersonDetails>();
        Assert.Equal(PathState.Ineligible, refused.State);

        // The CLE may decide otherwise than the proposal, on evidence; the old decision stays.
        var accepted = await (await scenario.Admin.PostJsonAsync($"/api/v1/people/{person.Id}/eligibility-decisions",
            new EligibilityDecisionInput { Eligible = true, Evidence = [EvidenceKind.TaxNotice], Comment = "Résidence antérieure prouvée" })).OkAsync<PersonDetails>();
        Assert.Equal(PathState.Eligible, accepted.State);
        Assert.Equal([true, false], accepted.Decisions.Select(d => d.Eligible));
        Assert.All(accepted.Decisions, d => Assert.False(d.ProposedEligible));
        Assert.Equal(1, accepted.WaitingListPosition);
    }

    [Fact]
    public async Task Cle_member_and_other_territories_do_not_see_identities()
    {
        var valenciennes = await Demo.TerritoryIdAsync(app, Demo.Valenciennes);
        using var member = await app.ClientForAsync(ValenciennesMember);
        await (await member.GetAsync($"/api/v1/territories/{valenciennes}/people")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await member.GetAsync($"/api/v1/territories/{valenciennes}/waiting-list")).ProblemAsync(HttpStatusCode.Forbidden);
        var figures = await (await member.GetAsync($"/api/v1/territories/{valenciennes}/people-figures")).OkAsync<PeopleFigures>();
        Assert.True(figures.Registered >= 300);

        using var lille = await app.ClientForAsync(LilleTeam);
        await (await lille.GetAsync($"/api/v1/territories/{valenciennes}/people")).ProblemAsync(HttpStatusCode.NotFound);
        using var cle = await app.ClientForAsync(ValenciennesTeam);
        var someone = (await (await cle.GetAsync($"/api/v1/territories/{valenciennes}/people?pageSize=1")).OkAsync<PagedResult<PersonSummary>>()).Items.Single();
        await (await lille.GetAsync($"/api/v1/people/{someone.Id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await lille.PostAsync($"/api/v1/people/{someone.Id}/anonymise", null)).ProblemAsync(HttpStatusCode.NotFound);
        await (await lille.GetAsync($"/api/v1/territories/{valenciennes}/people-figures")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Registry_lists_with_search_state_filter_sort_and_paging()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        await scenario.RegisterAsync(RegistryScenario.Volunteer("Zola", new DateOnly(2025, 1, 1)));
        await scenario.RegisterEligibleAsync("Agnès", new DateOnly(2025, 1, 2));
        await scenario.RegisterAsync(RegistryScenario.Volunteer("Martin", new DateOnly(2025, 1, 3)));
        var url = $"/api/v1/territories/{scenario.TerritoryId}/people";

        var sorted = await (await scenario.Admin.GetAsync($"{url}?sort=LastName&pageSize=2")).OkAsync<PagedResult<PersonSummary>>();
        Assert.Equal((3, 2), (sorted.Total, sorted.PageCount));
        Assert.Equal(["Agnès", "Martin"], sorted.Items.Select(p => p.LastName));
        var eligible = await (await scenario.Admin.GetAsync($"{url}?state=Eligible")).OkAsync<PagedResult<PersonSummary>>();
        Assert.Equal(["Agnès"], eligible.Items.Select(p => p.LastName));
        var found = await (await scenario.Admin.GetAsync($"{url}?search=agnes")).OkAsync<PagedResult<PersonSummary>>();
        Assert.Single(found.Items);
    }

    [Fact]
    public async Task Withdrawal_and_return_keep_the_original_candidacy_date()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var first = await scenario.RegisterEligibleAsync("Premier", new DateOnly(2024, 1, 10));
        await scenario.RegisterEligibleAsync("Second", new DateOnly(2024, 6, 10));

        var withdrawn = await (await scenario.Admin.PostJsonAsync($"/api/v1/people/{first.Id}/path",
            new PathChangeInput { To = PathState.Withdrawn, Reason = "Formation de six mois" })).OkAsync<PersonDetails>();
        Assert.Equal(PathState.Withdrawn, withdrawn.State);
        Assert.Equal(1, (await scenario.WaitingListAsync()).TotalWaiting);

        var back = await (await scenario.Admin.PostJsonAsync($"/api/v1/people/{first.Id}/path",
            new PathChangeInput { To = PathState.Eligible, Reason = "Fin de la formation" })).OkAsync<PersonDetails>();
        Assert.Equal(1, back.WaitingListPosition);
        Assert.Equal(["Fin de la formation", "Formation de six mois"], back.Transitions.Take(2).Select(t => t.Reason));

        var impossible = await scenario.Admin.PostJsonAsync($"/api/v1/people/{first.Id}/path", new PathChangeInput { To = PathState.Hired, Reason = "Raccourci" });
        await impossible.ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task An_eligibility_decision_is_chosen_rests_on_something_seen_and_is_not_recorded_twice()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var person = await scenario.RegisterAsync(RegistryScenario.Volunteer("Décidée", new DateOnly(2025, 1, 6)));
        var url = $"/api/v1/people/{person.Id}/eligibility-decisions";

        using (var nothingChosen = new StringContent("{\"evidence\": [\"TaxNotice\"]}", System.Text.Encoding.UTF8, "application/json"))
        {
            var problem = await (await scenario.Admin.PostAsync(url, nothingChosen)).ProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty("eligible", out _), problem.ToString());
        }
        var unfounded = await (await scenario.Admin.PostJsonAsync(url, new EligibilityDecisionInput { Eligible = true, Comment = "  " })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("pièce", unfounded.GetProperty("errors").GetProperty("evidence")[0].GetString(), StringComparison.Ordinal);
        // The hostile-input test found "evidence": null answering 500: it is "no evidence", refused the same way.
        using (var nullEvidence = new StringContent("{\"eligible\": true, \"evidence\": null}", System.Text.Encoding.UTF8, "application/json"))
        {
            var problem = await (await scenario.Admin.PostAsync(url, nullEvidence)).ProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty("evidence", out _), problem.ToString());
        }
        Assert.Empty((await (await scenario.Admin.GetAsync($"/api/v1/people/{person.Id}")).OkAsync<PersonDetails>()).Decisions);

        // A comment alone is enough; the same decision again the same day is a second click, refused.
        var decided = await (await scenario.Admin.PostJsonAsync(url, new EligibilityDecisionInput { Eligible = true, Comment = "Vu en entretien" })).OkAsync<PersonDetails>();
        Assert.Equal(PathState.Eligible, decided.State);
        var twice = await (await scenario.Admin.PostJsonAsync(url, new EligibilityDecisionInput { Eligible = true, Evidence = [EvidenceKind.TaxNotice] })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("déjà été enregistrée aujourd'hui", twice.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // The CLE may change its mind the same day: that is another decision.
        var changed = await (await scenario.Admin.PostJsonAsync(url, new EligibilityDecisionInput { Eligible = false, Comment = "Adresse hors périmètre" })).OkAsync<PersonDetails>();
        Assert.Equal(PathState.Ineligible, changed.State);
        Assert.Equal(2, changed.Decisions.Count);
    }

    [Fact]
    public async Task The_registry_figures_count_ages_sexes_and_waiting_times_as_counted_by_hand()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        // On the test clock's 16 March 2026: ages 25, 26, 42 and 62; waits of 10, 30, 60 and 90 days.
        var people = new (string Name, DateOnly Birth, Sex Sex, DateOnly Candidacy)[]
        {
            ("Vingtcinq", new DateOnly(2000, 3, 17), Sex.Female, new DateOnly(2026, 3, 6)),
            ("Vingtsix", new DateOnly(2000, 3, 16), Sex.Male, new DateOnly(2026, 2, 14)),
            ("Quarantedeux", new DateOnly(1983, 3, 17), Sex.Female, new DateOnly(2026, 1, 15)),
            ("Soixantedeux", new DateOnly(1964, 3, 16), Sex.Unspecified, new DateOnly(2025, 12, 16)),
        };
        foreach (var (name, birth, sex, candidacy) in people)
        {
            var input = RegistryScenario.Volunteer(name, candidacy);
            input.BirthDate = birth;
            input.Sex = sex;
            var person = await scenario.RegisterAsync(input);
            await (await scenario.Admin.PostJsonAsync($"/api/v1/people/{person.Id}/eligibility-decisions",
                new EligibilityDecisionInput { Eligible = true, Evidence = [EvidenceKind.FranceTravailHistory] })).OkAsync<PersonDetails>();
        }

        var figures = await (await scenario.Admin.GetAsync($"/api/v1/territories/{scenario.TerritoryId}/people-figures")).OkAsync<PeopleFigures>();

        Assert.Equal(4, figures.Registered);
        Assert.Equal(4, figures.Waiting);
        Assert.Equal(45, figures.MedianWaitingDays); // (30 + 60) / 2
        Assert.Equal([1, 2, 0, 1], figures.AgeBands.Select(b => b.Count));
        Assert.Equal(0.667m, figures.WomenShare); // 2 women of 3 whose sex is known
        Assert.Equal(4, figures.ByState.Single(s => s.State == PathState.Eligible).Count);
    }

    [Fact]
    public async Task Personal_data_export_then_anonymisation_keeps_the_statistics()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var person = await scenario.RegisterEligibleAsync("Oubliable", new DateOnly(2024, 3, 3));
        var export = await (await scenario.Admin.GetAsync($"/api/v1/people/{person.Id}/export")).OkAsync<PersonalDataExport>();
        Assert.Equal("Oubliable", export.Person.LastName);
        Assert.Single(export.Person.Decisions);
        Assert.NotEmpty(export.Journal);

        var before = await (await scenario.Admin.GetAsync($"/api/v1/territories/{scenario.TerritoryId}/people-figures")).OkAsync<PeopleFigures>();
        var anonymised = await (await scenario.Admin.PostAsync($"/api/v1/people/{person.Id}/anonymise", null)).OkAsync<PersonDetails>();
        Assert.True(anonymised.Anonymised);
        Assert.DoesNotContain("Oubliable", anonymised.LastName, StringComparison.Ordinal);
        Assert.Null(anonymised.Phone);

        var after = await (await scenario.Admin.GetAsync($"/api/v1/territories/{scenario.TerritoryId}/people-figures")).OkAsync<PeopleFigures>();
        Assert.Equal(before.Registered, after.Registered);
        Assert.Equal(before.AgeBands, after.AgeBands);
        Assert.Equal(before.WomenShare, after.WomenShare);

        var journal = await (await scenario.Admin.GetAsync($"/api/v1/audit?entityType=Person&entityId={person.Id}&pageSize=200")).OkAsync<PagedResult<AuditEntryView>>();
        Assert.DoesNotContain(journal.Items, e => e.Changes?.Contains("Oubliable", StringComparison.Ordinal) == true);
        await (await scenario.Admin.PostAsync($"/api/v1/people/{person.Id}/anonymise", null)).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task The_personal_data_export_reads_in_french_as_a_pdf_and_is_journaled_for_her_territory_only()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var input = RegistryScenario.Volunteer("Lisible", new DateOnly(2024, 3, 3));
        input.FirstName = "Héloïse";
        input.Mobility = string.Join('-', Enumerable.Repeat("vélo-et-transports-en-commun-jusqu'à-Valenciennes-centre", 8));
        var person = await scenario.RegisterAsync(input);
        await (await scenario.Admin.PostJsonAsync($"/api/v1/people/{person.Id}/eligibility-decisions",
            new EligibilityDecisionInput { Eligible = true, Evidence = [EvidenceKind.TaxNotice], Comment = "Avis vu en réunion" })).OkAsync<PersonDetails>();

        var response = await scenario.Admin.GetAsync($"/api/v1/people/{person.Id}/export.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));
        Assert.Contains("Héloïse Lisible", text, StringComparison.Ordinal);
        Assert.Contains("3 mars 2024", text, StringComparison.Ordinal); // dates as people read them
        Assert.Contains("Avis d'imposition", text, StringComparison.Ordinal);
        Assert.Contains("Avis vu en réunion", text, StringComparison.Ordinal);
        Assert.Contains("Éligible, en attente", text, StringComparison.Ordinal);
        Assert.Contains("Création", text, StringComparison.Ordinal); // the journal in words, not codes
        Assert.DoesNotContain("\"old\"", text, StringComparison.Ordinal);
        Assert.Contains($"page {pdf.NumberOfPages} sur {pdf.NumberOfPages}", text, StringComparison.Ordinal);
        // A long free text wraps instead of running off the page.
        Assert.All(pdf.GetPages().SelectMany(p => p.GetWords()), w => Assert.InRange(w.BoundingBox.Right, 0, pdf.GetPage(1).Width));

        var journal = await (await scenario.Admin.GetAsync($"/api/v1/audit?entityType=Person&entityId={person.Id}&pageSize=200")).OkAsync<PagedResult<AuditEntryView>>();
        Assert.Contains(journal.Items, e => e.Action == AuditActions.Exported);
        using var otherTerritory = await app.ClientForAsync(ValenciennesTeam);
        await (await otherTerritory.GetAsync($"/api/v1/people/{person.Id}/export.pdf")).ProblemAsync(HttpStatusCode.NotFound);
        using var member = await app.ClientForAsync(ValenciennesMember);
        Assert.False((await member.GetAsync($"/api/v1/people/{person.Id}/export.pdf")).IsSuccessStatusCode);
    }

    [Fact]
    public async Task Anonymising_a_hired_person_leaves_her_name_nowhere_in_the_database()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var lastName = $"Quiberonnaise{Guid.NewGuid():N}"[..24];
        await scenario.RegisterEligibleAsync("Devancée", new DateOnly(2024, 2, 1));
        var person = await scenario.RegisterEligibleAsync(lastName, new DateOnly(2024, 3, 3));
        var proposal = await (await scenario.Admin.PostJsonAsync($"/api/v1/territories/{scenario.TerritoryId}/proposals", new ProposalInput
        {
            PersonId = person.Id,
            OrganisationId = scenario.EmploymentCompanyId,
            Reason = $"Mme {lastName} seule disponible le matin",
        })).OkAsync<ProposalView>(HttpStatusCode.Created);
        var contract = await (await scenario.Admin.PostJsonAsync($"/api/v1/organisations/{scenario.EmploymentCompanyId}/contracts", new HireInput
        {
            ProposalId = proposal.Id,
            StartDate = new DateOnly(2024, 4, 1),
            WeeklyHours = 24,
            Activities = ["friperie"],
        })).OkAsync<ContractDetails>(HttpStatusCode.Created);
        await (await scenario.Admin.PostJsonAsync($"/api/v1/contracts/{contract.Id}/amendments", new AmendmentInput
        {
            EffectiveFrom = new DateOnly(2024, 9, 1),
            WeeklyHours = 28,
            Note = $"Demande de {lastName}",
        })).OkAsync<ContractDetails>();
        Assert.NotEmpty(await DatabaseSearch.PlacesHoldingAsync(app, lastName));

        await (await scenario.Admin.PostAsync($"/api/v1/people/{person.Id}/anonymise", null)).OkAsync<PersonDetails>();

        Assert.Empty(await DatabaseSearch.PlacesHoldingAsync(app, lastName));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PeopleApiOnSqlite(SqliteApp app) : PeopleApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PeopleApiOnPostgres(PostgresApp app) : PeopleApiTests(app);
