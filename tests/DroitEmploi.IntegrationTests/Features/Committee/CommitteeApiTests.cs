using System.Net;
using DroitEmploi.Core.Features.Committee;
using DroitEmploi.IntegrationTests.Infrastructure;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;

namespace DroitEmploi.IntegrationTests.Features.Committee;

public abstract class CommitteeApiTests(AppFactory app)
{
    [Fact]
    public async Task Members_read_their_committee_and_its_minutes_the_team_keeps_it_and_another_territory_sees_nothing()
    {
        var valenciennes = await Demo.TerritoryIdAsync(app, Demo.Valenciennes);
        using var member = await app.ClientForAsync(ValenciennesMember);
        var committee = await (await member.GetAsync($"/api/v1/territories/{valenciennes}/committee")).OkAsync<CommitteeOverview>();
        var first = committee.Meetings[^1];
        var meeting = await (await member.GetAsync($"/api/v1/meetings/{first.Id}")).OkAsync<MeetingDetails>();
        Assert.True(meeting.HasQuorum);
        Assert.False(meeting.CanManage);
        Assert.All(meeting.Decisions.Select((d, i) => (d, i)), x => Assert.Equal($"n° 2023-{x.i + 1:00}", x.d.Label));

        var minutes = await PdfText.ReadAsync(await member.GetAsync($"/api/v1/meetings/{first.Id}/minutes.pdf"));
        Assert.Contains("le quorum est atteint", minutes, StringComparison.Ordinal);
        Assert.Contains("Françoise Delattre", minutes, StringComparison.Ordinal);
        Assert.Contains("n° 2023-01", minutes, StringComparison.Ordinal);

        // A member reads; only the team records.
        var update = new MeetingInput { HeldAt = meeting.HeldAt, Place = meeting.Place, MemberIds = [], Version = meeting.Version };
        await (await member.PutJsonAsync($"/api/v1/meetings/{first.Id}", update)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await member.PostJsonAsync($"/api/v1/meetings/{first.Id}/decisions", new DecisionInput { Text = "x" })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await member.PutJsonAsync($"/api/v1/territories/{valenciennes}/committee/rules", new RulesInput())).ProblemAsync(HttpStatusCode.Forbidden);

        using var lille = await app.ClientForAsync(LilleTeam);
        await (await lille.GetAsync($"/api/v1/meetings/{first.Id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await lille.GetAsync($"/api/v1/meetings/{first.Id}/minutes.pdf")).ProblemAsync(HttpStatusCode.NotFound);
        await (await lille.PostJsonAsync($"/api/v1/meetings/{first.Id}/decisions", new DecisionInput { Text = "x" })).ProblemAsync(HttpStatusCode.NotFound);
        await (await lille.GetAsync($"/api/v1/territories/{valenciennes}/committee/members")).ProblemAsync(HttpStatusCode.NotFound);

        // An EBE director reads its activities' reviews, not the committee.
        using var director = await app.ClientForAsync(BarakajobsManagement);
        await (await director.GetAsync($"/api/v1/territories/{valenciennes}/committee")).ProblemAsync(HttpStatusCode.Forbidden);

        using var anonymous = app.CreateClient();
        var published = await (await anonymous.GetAsync($"/api/v1/public/territories/{valenciennes}/decisions")).OkAsync<List<DecisionView>>();
        Assert.Contains(published, d => d.Label == "n° 2023-01");
    }

    [Fact]
    public async Task A_term_ends_the_seat_counts_no_more_for_quorum_and_a_stale_form_is_a_conflict()
    {
        using var scenario = await People.RegistryScenario.CreateAsync(app);
        var committee = $"/api/v1/territories/{scenario.TerritoryId}/committee";
        var seat = await (await scenario.Admin.PostJsonAsync($"{committee}/members", new MemberInput { Name = "Élu", College = Colleges.Default[0], TermStart = new DateOnly(2024, 1, 1) }))
            .OkAsync<MemberView>(HttpStatusCode.Created);
        Assert.True(seat.Sitting);

        var ended = await (await scenario.Admin.PutJsonAsync($"/api/v1/committee-members/{seat.Id}", MemberInputWith(seat, new DateOnly(2025, 12, 31))))
            .OkAsync<MemberView>();
        Assert.False(ended.Sitting);
        await (await scenario.Admin.PutJsonAsync($"/api/v1/committee-members/{seat.Id}", MemberInputWith(seat, null))).ProblemAsync(HttpStatusCode.Conflict);
        var backwards = await (await scenario.Admin.PutJsonAsync($"/api/v1/committee-members/{seat.Id}", MemberInputWith(ended, new DateOnly(2023, 1, 1))))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(backwards.GetProperty("errors").TryGetProperty("termEnd", out _));

        // Ended, the seat cannot be marked present at a later meeting.
        var late = await (await scenario.Admin.PostJsonAsync($"{committee}/meetings", new MeetingInput
        {
            HeldAt = new DateTime(2026, 3, 2, 17, 0, 0, DateTimeKind.Utc),
            MemberIds = [seat.Id],
        })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(late.GetProperty("errors").TryGetProperty("memberIds", out _));

        using var lille = await app.ClientForAsync(LilleTeam);
        await (await lille.PutJsonAsync($"/api/v1/committee-members/{seat.Id}", MemberInputWith(ended, null))).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_member_reads_their_own_attendance_through_the_seat_linked_to_their_account()
    {
        var valenciennes = await Demo.TerritoryIdAsync(app, Demo.Valenciennes);
        using var member = await app.ClientForAsync(ValenciennesMember);
        var mine = await (await member.GetAsync("/api/v1/me/committee-attendance")).OkAsync<List<AttendanceLine>>();
        Assert.True(mine.Count >= 3);
        Assert.All(mine, l => Assert.Equal(valenciennes, l.TerritoryId));
        Assert.Contains(mine, l => l.Present);
        Assert.Contains(mine, l => !l.Present);

        using var scenario = await People.RegistryScenario.CreateAsync(app);
        var committee = $"/api/v1/territories/{scenario.TerritoryId}/committee";
        var unknown = await (await scenario.Admin.PostJsonAsync($"{committee}/members", new MemberInput
        {
            Name = "Élue",
            College = Colleges.Default[0],
            TermStart = new DateOnly(2024, 1, 1),
            AccountEmail = $"personne-{Guid.NewGuid():N}@exemple.fr",
        })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(unknown.GetProperty("errors").TryGetProperty("accountEmail", out _));
        var malformed = await (await scenario.Admin.PostJsonAsync($"{committee}/members", new MemberInput
        {
            Name = "Élue",
            College = Colleges.Default[0],
            TermStart = new DateOnly(2024, 1, 1),
            AccountEmail = "=HYPERLINK(\"x\")",
        })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(malformed.GetProperty("errors").TryGetProperty("accountEmail", out _));

        var seat = await (await scenario.Admin.PostJsonAsync($"{committee}/members", new MemberInput
        {
            Name = "Représentant·e du financeur",
            College = Colleges.Default[3],
            TermStart = new DateOnly(2024, 1, 1),
            AccountEmail = Funder.ToUpperInvariant(),
        })).OkAsync<MemberView>(HttpStatusCode.Created);
        var listed = await (await scenario.Admin.GetAsync($"{committee}/members")).OkAsync<List<MemberView>>();
        Assert.Equal(Funder, Assert.Single(listed, m => m.Id == seat.Id).AccountEmail);
        var held = await (await scenario.Admin.PostJsonAsync($"{committee}/meetings", new MeetingInput
        {
            HeldAt = new DateTime(2026, 3, 2, 17, 0, 0, DateTimeKind.Utc),
            Place = "Salle du conseil",
            MemberIds = [seat.Id],
        })).OkAsync<MeetingDetails>(HttpStatusCode.Created);

        using var funder = await app.ClientForAsync(Funder);
        var theirs = await (await funder.GetAsync("/api/v1/me/committee-attendance")).OkAsync<List<AttendanceLine>>();
        var line = Assert.Single(theirs, l => l.MeetingId == held.Id);
        Assert.True(line.Present);
        Assert.DoesNotContain(mine, l => l.MeetingId == held.Id);
        await (await app.CreateClient().GetAsync("/api/v1/me/committee-attendance")).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    private static MemberInput MemberInputWith(MemberView seat, DateOnly? termEnd)
    {
        var input = MemberInput.Of(seat);
        input.TermEnd = termEnd;
        return input;
    }

    [Fact]
    public async Task A_meeting_names_only_subjects_and_members_of_its_territory()
    {
        var valenciennes = await Demo.TerritoryIdAsync(app, Demo.Valenciennes);
        var lille = await Demo.TerritoryIdAsync(app, Demo.Lille);
        using var admin = await app.ClientForAsync(Administrator);
        var lilleMember = (await (await admin.GetAsync($"/api/v1/territories/{lille}/committee/members")).OkAsync<List<MemberView>>())[0];
        var strangers = await (await admin.PostJsonAsync($"/api/v1/territories/{valenciennes}/committee/meetings", new MeetingInput
        {
            HeldAt = new DateTime(2026, 3, 2, 17, 0, 0, DateTimeKind.Utc),
            MemberIds = [lilleMember.Id],
        })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(strangers.GetProperty("errors").TryGetProperty("memberIds", out _));
        var untitled = await (await admin.PostJsonAsync($"/api/v1/territories/{valenciennes}/committee/meetings", new MeetingInput
        {
            HeldAt = new DateTime(2026, 3, 2, 17, 0, 0, DateTimeKind.Utc),
            Agenda = [new AgendaItemInput { Kind = AgendaKind.Other }],
        })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(untitled.GetProperty("errors").TryGetProperty("agenda", out _));
        var noDate = await (await admin.PostJsonAsync($"/api/v1/territories/{valenciennes}/committee/meetings", new MeetingInput())).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(noDate.GetProperty("errors").TryGetProperty("heldAt", out _));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CommitteeApiOnSqlite(SqliteApp app) : CommitteeApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CommitteeApiOnPostgres(PostgresApp app) : CommitteeApiTests(app);
