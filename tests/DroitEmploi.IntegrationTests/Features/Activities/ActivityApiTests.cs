using System.Net;
using DroitEmploi.Core.Features.Activities;
using DroitEmploi.Core.Features.Committee;
using DroitEmploi.Core.Features.Directory;
using DroitEmploi.Core.Features.Employment;
using DroitEmploi.IntegrationTests.Features.People;
using DroitEmploi.IntegrationTests.Infrastructure;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;

namespace DroitEmploi.IntegrationTests.Features.Activities;

public abstract class ActivityApiTests(AppFactory app)
{
    [Fact]
    public async Task An_activity_is_proposed_reviewed_decided_at_a_meeting_with_quorum_and_appears_on_the_public_register()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var admin = scenario.Admin;
        // A garage of the territory: same NAF division as car cleaning.
        var garage = await (await admin.PostJsonAsync("/api/v1/organisations", new OrganisationInput
        {
            Name = $"Garage d'essai {Guid.NewGuid():N}",
            Kind = OrganisationKind.LocalCompany,
            NafCode = "45.20A",
            ActivityTags = ["Mécaniques"],
            Territories = [new TerritoryLinkInput { TerritoryId = scenario.TerritoryId, Role = TerritoryRole.EconomicActor }],
        })).OkAsync<OrganisationDetails>(HttpStatusCode.Created);

        var proposed = await (await admin.PostJsonAsync($"/api/v1/organisations/{scenario.EmploymentCompanyId}/activities", new ActivityInput
        {
            Name = "Lavage de vélos et de voitures",
            Division = "Services",
            NafCode = "4520b",
            Tags = ["mécanique", "vélo"],
            ProposedByKind = ProposerKind.Employee,
        })).OkAsync<ActivityDetails>(HttpStatusCode.Created);
        Assert.Equal((ActivityStatus.Idea, "45.20B"), (proposed.Status, proposed.NafCode));
        var activity = $"/api/v1/activities/{proposed.Id}";

        var overlaps = await (await admin.GetAsync($"{activity}/overlaps")).OkAsync<List<ActivityOverlap>>();
        var listed = Assert.Single(overlaps, o => o.OrganisationId == garage.Id);
        Assert.Equal(2, listed.Reasons.Count); // NAF division 45 and "mécanique" / "Mécaniques"

        await Move(admin, activity, ActivityStatus.Consultation);
        var sent = await (await admin.PostJsonAsync($"{activity}/consultations", new ConsultationInput
        {
            Kind = ConsultedKind.LocalFirm,
            ConsultedName = garage.Name,
            OrganisationId = garage.Id,
            SentOn = new DateOnly(2026, 11, 2),
        })).OkAsync<ConsultationView>(HttpStatusCode.Created);
        Assert.Equal(new DateOnly(2026, 11, 17), sent.Deadline);
        var answered = await (await admin.PutJsonAsync($"/api/v1/consultations/{sent.Id}", new ConsultationInput
        {
            ConsultedName = garage.Name,
            Answer = ConsultationAnswer.Reserved,
            AnsweredOn = new DateOnly(2026, 11, 10),
            Comment = "Pas de voitures",
            Version = sent.Version,
        })).OkAsync<ConsultationView>();
        Assert.Equal(ConsultationState.Reserved, answered.State);
        var review = await Move(admin, activity, ActivityStatus.CleReview);

        // Not without a decision of the committee.
        var refused = await (await admin.PostJsonAsync($"{activity}/status", new ActivityStatusInput { To = ActivityStatus.Active, Version = review.Version }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(refused.GetProperty("errors").TryGetProperty("decisionId", out _));

        // The committee: three voting members; one present is short of quorum, two reach it.
        var committee = $"/api/v1/territories/{scenario.TerritoryId}/committee";
        var members = new List<MemberView>();
        foreach (var (name, college) in new[] { ("Élue d'essai", Colleges.Default[0]), ("France Travail", Colleges.Default[2]), ("Volontaire", Colleges.Default[7]) })
        {
            members.Add(await (await admin.PostJsonAsync($"{committee}/members", new MemberInput { Name = name, College = college, TermStart = new DateOnly(2025, 1, 1) }))
                .OkAsync<MemberView>(HttpStatusCode.Created));
        }
        await (await admin.PostJsonAsync($"{committee}/members", new MemberInput { Name = "x", College = "Collège inventé", TermStart = new DateOnly(2025, 1, 1) }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        // The committee's own rules add a college; a quorum above one is refused.
        var rules = await (await admin.PutJsonAsync($"{committee}/rules", new RulesInput { QuorumShare = 0.5m, ExtraColleges = ["Collège inventé", "État"] })).OkAsync<CommitteeOverview>();
        Assert.Equal(Colleges.Default.Count + 1, rules.Colleges.Count);
        await (await admin.PostJsonAsync($"{committee}/members", new MemberInput { Name = "Invitée", College = "Collège inventé", Voting = false, TermStart = new DateOnly(2025, 1, 1) }))
            .OkAsync<MemberView>(HttpStatusCode.Created);
        var tooHigh = await (await admin.PutJsonAsync($"{committee}/rules", new RulesInput { QuorumShare = 1.5m })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(tooHigh.GetProperty("errors").TryGetProperty("quorumShare", out _));
        await (await admin.PutJsonAsync($"{committee}/rules", new RulesInput { QuorumShare = 0.5m })).ProblemAsync(HttpStatusCode.BadRequest); // a member sits in it
        var meeting = await (await admin.PostJsonAsync($"{committee}/meetings", new MeetingInput
        {
            HeldAt = new DateTime(2026, 11, 24, 17, 0, 0, DateTimeKind.Utc),
            Place = "Mairie",
            Agenda = [new AgendaItemInput { Kind = AgendaKind.ActivityReview, SubjectId = proposed.Id }],
            MemberIds = [members[0].Id],
        })).OkAsync<MeetingDetails>(HttpStatusCode.Created);
        Assert.False(meeting.HasQuorum);
        Assert.Contains("Lavage de vélos", meeting.Agenda[0].Title, StringComparison.Ordinal);
        var decide = $"/api/v1/meetings/{meeting.Id}/decisions";
        var validate = new DecisionInput
        {
            Text = "Validée pour les vélos, pas les voitures.",
            SubjectKind = AgendaKind.ActivityReview,
            SubjectId = proposed.Id,
            Effect = DecisionEffect.ValidateActivity,
            Vote = VoteKind.Majority,
            For = 2,
            Against = 0,
        };
        await (await admin.PostJsonAsync(decide, validate)).ProblemAsync(HttpStatusCode.Conflict);
        var withQuorum = await (await admin.PutJsonAsync($"/api/v1/meetings/{meeting.Id}", new MeetingInput
        {
            HeldAt = meeting.HeldAt,
            Place = meeting.Place,
            Agenda = [new AgendaItemInput { Kind = AgendaKind.ActivityReview, SubjectId = proposed.Id }],
            MemberIds = [members[0].Id, members[1].Id],
            Version = meeting.Version,
        })).OkAsync<MeetingDetails>();
        Assert.True(withQuorum.HasQuorum);
        var decision = await (await admin.PostJsonAsync(decide, validate)).OkAsync<DecisionView>(HttpStatusCode.Created);
        Assert.Equal("n° 2026-01", decision.Label);

        var active = await (await admin.GetAsync(activity)).OkAsync<ActivityDetails>();
        Assert.Equal((ActivityStatus.Active, decision.Id, new DateOnly(2027, 11, 24)), (active.Status, active.DecisionId!.Value, active.NextReviewOn!.Value));

        // An objection later, settled by a second decision that reorganises the activity.
        var objection = await (await admin.PostJsonAsync($"{activity}/objections", new ObjectionInput { ObjectorName = garage.Name, Grounds = "Nous lavons aussi les vélos" }))
            .OkAsync<ObjectionView>(HttpStatusCode.Created);
        var second = await (await admin.PostJsonAsync(decide, new DecisionInput
        {
            Text = "Le lavage de vélos se limite aux vélos-cargos des associations.",
            SubjectKind = AgendaKind.Objection,
            SubjectId = objection.Id,
            Effect = DecisionEffect.ReorganiseActivity,
            NewScope = "Vélos-cargos des associations",
            Vote = VoteKind.Consensus,
        })).OkAsync<DecisionView>(HttpStatusCode.Created);
        Assert.Equal("n° 2026-02", second.Label);
        var reorganised = await (await admin.GetAsync(activity)).OkAsync<ActivityDetails>();
        Assert.Equal(ActivityStatus.Reorganised, reorganised.Status);
        Assert.Equal((ObjectionOutcome.Reorganised, second.Id), (reorganised.Objections.Single().Outcome!.Value, reorganised.Objections.Single().DecisionId!.Value));

        // The public register, without an account: running activities only.
        await (await admin.PostJsonAsync($"/api/v1/organisations/{scenario.EmploymentCompanyId}/activities", new ActivityInput { Name = "Idée non examinée" }))
            .OkAsync<ActivityDetails>(HttpStatusCode.Created);
        using var anonymous = app.CreateClient();
        var register = await (await anonymous.GetAsync($"/api/v1/public/territories/{scenario.TerritoryId}/activities")).OkAsync<List<PublicActivity>>();
        var line = Assert.Single(register);
        Assert.Equal(("Lavage de vélos et de voitures", "n° 2026-02"), (line.Name, line.Decision));
        Assert.Equal(2, (await (await anonymous.GetAsync($"/api/v1/public/territories/{scenario.TerritoryId}/decisions")).OkAsync<List<DecisionView>>()).Count);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/v1/territories/{scenario.TerritoryId}/activities")).StatusCode);
        await (await anonymous.GetAsync("/api/v1/public/territories/999999/activities")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Each_territory_reviews_its_own_activities_and_an_ebe_sees_only_its_own()
    {
        var valenciennes = await Demo.TerritoryIdAsync(app, Demo.Valenciennes);
        using var valenciennesTeam = await app.ClientForAsync(ValenciennesTeam);
        var reviews = await (await valenciennesTeam.GetAsync($"/api/v1/territories/{valenciennes}/activities")).OkAsync<List<ActivitySummary>>();
        var compost = reviews.Single(a => a.Name == "Collecte de compost en porte-à-porte");
        var fabriqueActivity = await FirstActivityOfAsync("La Fabrique de l'Emploi");

        using var lilleTeam = await app.ClientForAsync(LilleTeam);
        await (await lilleTeam.GetAsync($"/api/v1/territories/{valenciennes}/activities")).ProblemAsync(HttpStatusCode.NotFound);
        await (await lilleTeam.GetAsync($"/api/v1/activities/{compost.Id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await lilleTeam.PostJsonAsync($"/api/v1/activities/{compost.Id}/consultations", new ConsultationInput { ConsultedName = "CCI", SentOn = new DateOnly(2026, 11, 1) }))
            .ProblemAsync(HttpStatusCode.NotFound);
        await (await lilleTeam.GetAsync($"/api/v1/territories/{valenciennes}/committee")).ProblemAsync(HttpStatusCode.NotFound);

        using var barakajobs = await app.ClientForAsync(BarakajobsManagement);
        var own = await (await barakajobs.GetAsync($"/api/v1/activities/{compost.Id}")).OkAsync<ActivityDetails>();
        Assert.Equal(3, own.Consultations.Count);
        Assert.Contains(own.Consultations, c => c.State == ConsultationState.NoAnswer);
        Assert.False(own.CanReview);
        await (await barakajobs.GetAsync($"/api/v1/activities/{fabriqueActivity}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await barakajobs.GetAsync($"/api/v1/territories/{valenciennes}/activities")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await barakajobs.PostJsonAsync($"/api/v1/activities/{compost.Id}/consultations", new ConsultationInput { ConsultedName = "CCI", SentOn = new DateOnly(2026, 11, 1) }))
            .ProblemAsync(HttpStatusCode.Forbidden);

        using var member = await app.ClientForAsync(ValenciennesMember);
        var committee = await (await member.GetAsync($"/api/v1/territories/{valenciennes}/committee")).OkAsync<CommitteeOverview>();
        Assert.False(committee.CanManage);
        Assert.Contains(committee.Members, m => m.Chair);
        Assert.Contains(committee.Suggestions, s => s.Kind == AgendaKind.Objection);
        await (await member.PostJsonAsync($"/api/v1/territories/{valenciennes}/committee/members", new MemberInput { Name = "x", College = Colleges.Default[0], TermStart = new DateOnly(2026, 1, 1) }))
            .ProblemAsync(HttpStatusCode.Forbidden);

        using var employee = await app.ClientForAsync(BarakajobsEmployee);
        await (await employee.GetAsync($"/api/v1/activities/{compost.Id}")).ProblemAsync(HttpStatusCode.NotFound);

        using var anonymous = app.CreateClient();
        var register = await (await anonymous.GetAsync($"/api/v1/public/territories/{valenciennes}/activities")).OkAsync<List<PublicActivity>>();
        Assert.Contains(register, a => a.Name == "Friperie");
        Assert.DoesNotContain(register, a => a.Name is "Collecte de compost en porte-à-porte" or "Nettoyage de voitures");
    }

    [Fact]
    public async Task The_review_file_is_a_pdf_that_says_what_the_committee_needs()
    {
        var valenciennes = await Demo.TerritoryIdAsync(app, Demo.Valenciennes);
        using var team = await app.ClientForAsync(ValenciennesTeam);
        var compost = (await (await team.GetAsync($"/api/v1/territories/{valenciennes}/activities")).OkAsync<List<ActivitySummary>>())
            .Single(a => a.Name == "Collecte de compost en porte-à-porte");
        var file = await PdfText.ReadAsync(await team.GetAsync($"/api/v1/activities/{compost.Id}/review.pdf"));
        Assert.Contains("Dossier d'examen : Collecte de compost en porte-à-porte", file, StringComparison.Ordinal);
        Assert.Contains("CCI Grand Hainaut", file, StringComparison.Ordinal);
        Assert.Contains("1 organisme n'a pas répondu", file, StringComparison.Ordinal); // the late consultation, read as silence
        Assert.Contains("Valider l'activité", file, StringComparison.Ordinal); // one favourable, one reserved, one silent

        using var lille = await app.ClientForAsync(LilleTeam);
        await (await lille.GetAsync($"/api/v1/activities/{compost.Id}/review.pdf")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_employee_reports_a_need_in_three_fields_and_the_cle_team_studies_or_drops_it()
    {
        var valenciennes = await Demo.TerritoryIdAsync(app, Demo.Valenciennes);
        using var employee = await app.ClientForAsync(BarakajobsEmployee);
        var needs = $"/api/v1/territories/{valenciennes}/needs";
        var need = await (await employee.PostJsonAsync(needs, new NeedInput { What = "Ramasser les encombrants du passage", Where = "Passage Saint-Géry", ForWhom = "Riverains" }))
            .OkAsync<NeedView>(HttpStatusCode.Created);
        Assert.Equal((NeedStatus.New, BarakajobsEmployee), (need.Status, need.ReportedBy));
        var empty = await (await employee.PostJsonAsync(needs, new NeedInput { What = " " })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(empty.GetProperty("errors").TryGetProperty("what", out _));
        await (await employee.PostJsonAsync($"/api/v1/needs/{need.Id}/status", new NeedStatusInput { To = NeedStatus.Studied })).ProblemAsync(HttpStatusCode.Forbidden);

        using var team = await app.ClientForAsync(ValenciennesTeam);
        var dropWithoutReason = await (await team.PostJsonAsync($"/api/v1/needs/{need.Id}/status", new NeedStatusInput { To = NeedStatus.Dropped })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(dropWithoutReason.GetProperty("errors").TryGetProperty("reason", out _));
        var dropped = await (await team.PostJsonAsync($"/api/v1/needs/{need.Id}/status", new NeedStatusInput { To = NeedStatus.Dropped, Reason = "Service de la ville" }))
            .OkAsync<NeedView>();
        Assert.Equal(NeedStatus.Dropped, dropped.Status);

        // Who reported a need shows to the CLE team, not to another account of the territory.
        using var member = await app.ClientForAsync(ValenciennesMember);
        var listed = (await (await member.GetAsync(needs)).OkAsync<List<NeedView>>()).Single(n => n.Id == need.Id);
        Assert.Null(listed.ReportedBy);
        using var lille = await app.ClientForAsync(LilleTeam);
        await (await lille.PostJsonAsync(needs, new NeedInput { What = "x" })).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_ebe_answers_an_objection_and_a_decision_of_the_territory_closes_it_with_no_competition_found()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var admin = scenario.Admin;
        var activity = await (await admin.PostJsonAsync($"/api/v1/organisations/{scenario.EmploymentCompanyId}/activities", new ActivityInput { Name = "Couture" }))
            .OkAsync<ActivityDetails>(HttpStatusCode.Created);
        var objection = await (await admin.PostJsonAsync($"/api/v1/activities/{activity.Id}/objections", new ObjectionInput { ObjectorName = "Retoucherie", Grounds = "Retouches" }))
            .OkAsync<ObjectionView>(HttpStatusCode.Created);
        var answered = await (await admin.PostJsonAsync($"/api/v1/objections/{objection.Id}/response", new ObjectionResponseInput { Response = "Nous ne faisons que des réparations gratuites" }))
            .OkAsync<ObjectionView>();
        Assert.Equal("Nous ne faisons que des réparations gratuites", answered.Response);

        var committee = $"/api/v1/territories/{scenario.TerritoryId}/committee";
        var seat = await (await admin.PostJsonAsync($"{committee}/members", new MemberInput { Name = "Élue", College = Colleges.Default[0], TermStart = new DateOnly(2025, 1, 1) }))
            .OkAsync<MemberView>(HttpStatusCode.Created);
        var meeting = await (await admin.PostJsonAsync($"{committee}/meetings", new MeetingInput
        {
            HeldAt = new DateTime(2026, 3, 9, 17, 0, 0, DateTimeKind.Utc),
            MemberIds = [seat.Id],
            Agenda = [new AgendaItemInput { Kind = AgendaKind.Objection, SubjectId = objection.Id }],
        })).OkAsync<MeetingDetails>(HttpStatusCode.Created);
        Assert.Single(await (await admin.GetAsync($"{committee}/meetings")).OkAsync<List<MeetingSummary>>());
        var decision = await (await admin.PostJsonAsync($"/api/v1/meetings/{meeting.Id}/decisions", new DecisionInput { Text = "Pas de concurrence.", Vote = VoteKind.Consensus }))
            .OkAsync<DecisionView>(HttpStatusCode.Created);

        // A decision of another territory does not close it; this one does, and the activity stays where it was.
        var lilleDecision = await LilleDecisionIdAsync();
        var foreign = await (await admin.PostJsonAsync($"/api/v1/objections/{objection.Id}/outcome", new ObjectionOutcomeInput { Outcome = ObjectionOutcome.NoCompetition, DecisionId = lilleDecision }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(foreign.GetProperty("errors").TryGetProperty("decisionId", out _));
        var closed = await (await admin.PostJsonAsync($"/api/v1/objections/{objection.Id}/outcome", new ObjectionOutcomeInput { Outcome = ObjectionOutcome.NoCompetition, DecisionId = decision.Id }))
            .OkAsync<ObjectionView>();
        Assert.Equal((ObjectionOutcome.NoCompetition, decision.Id), (closed.Outcome!.Value, closed.DecisionId!.Value));
        Assert.Equal(ActivityStatus.Idea, (await (await admin.GetAsync($"/api/v1/activities/{activity.Id}")).OkAsync<ActivityDetails>()).Status);
        await (await admin.PostJsonAsync($"/api/v1/objections/{objection.Id}/outcome", new ObjectionOutcomeInput { Outcome = ObjectionOutcome.Abandoned, DecisionId = decision.Id }))
            .ProblemAsync(HttpStatusCode.Conflict);
    }

    private async Task<int> LilleDecisionIdAsync()
    {
        using var anonymous = app.CreateClient();
        var lille = await Demo.TerritoryIdAsync(app, Demo.Lille);
        return (await (await anonymous.GetAsync($"/api/v1/public/territories/{lille}/decisions")).OkAsync<List<DecisionView>>())[0].Id;
    }

    [Fact]
    public async Task Bad_activity_input_is_refused_on_the_field_at_fault()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var url = $"/api/v1/organisations/{scenario.EmploymentCompanyId}/activities";
        var naf = await (await scenario.Admin.PostJsonAsync(url, new ActivityInput { Name = "Friperie", NafCode = "=cmd|' /C calc'!A0" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(naf.GetProperty("errors").TryGetProperty("nafCode", out _));
        var name = await (await scenario.Admin.PostJsonAsync(url, new ActivityInput { Name = "" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(name.GetProperty("errors").TryGetProperty("name", out _));
        var territory = await (await scenario.Admin.PostJsonAsync(url, new ActivityInput { Name = "Friperie", TerritoryId = 999_999 })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(territory.GetProperty("errors").TryGetProperty("territoryId", out _));
        await (await scenario.Admin.GetAsync("/api/v1/activities/999999")).ProblemAsync(HttpStatusCode.NotFound);
        await (await scenario.Admin.PostJsonAsync("/api/v1/meetings/999999/decisions", new DecisionInput { Text = "x" })).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Every_demo_contract_of_an_ebe_names_an_activity_its_committee_validated()
    {
        using var management = await app.ClientForAsync(BarakajobsManagement);
        var barakajobs = await Demo.OrganisationIdAsync(app, "La Barakajobs");
        var activities = await (await management.GetAsync($"/api/v1/organisations/{barakajobs}/activities")).OkAsync<List<ActivitySummary>>();
        var contracts = await (await management.GetAsync($"/api/v1/organisations/{barakajobs}/contracts?includeExited=true")).OkAsync<List<ContractSummary>>();

        Assert.NotEmpty(contracts);
        var validated = activities.Where(a => a.Status is ActivityStatus.Active or ActivityStatus.Reorganised).Select(a => a.Name).ToHashSet();
        Assert.All(contracts, c => Assert.All(c.Activities, name => Assert.Contains(name, validated)));
    }

    private async Task<int> FirstActivityOfAsync(string organisation)
    {
        using var admin = await app.ClientForAsync(Administrator);
        var id = await Demo.OrganisationIdAsync(app, organisation);
        return (await (await admin.GetAsync($"/api/v1/organisations/{id}/activities")).OkAsync<List<ActivitySummary>>())[0].Id;
    }

    private static async Task<ActivityDetails> Move(HttpClient client, string activity, ActivityStatus to)
    {
        var current = await (await client.GetAsync(activity)).OkAsync<ActivityDetails>();
        return await (await client.PostJsonAsync($"{activity}/status", new ActivityStatusInput { To = to, Version = current.Version })).OkAsync<ActivityDetails>();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ActivityApiOnSqlite(SqliteApp app) : ActivityApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ActivityApiOnPostgres(PostgresApp app) : ActivityApiTests(app);
