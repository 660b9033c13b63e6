using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.People;

namespace DroitEmploi.UnitTests.Features.People;

public class PersonTests
{
    private static Person Someone() => new()
    {
        Id = 42,
        FirstName = "Blandine",
        LastName = "Essai",
        BirthDate = new DateOnly(1972, 6, 14),
        Email = "b@example.org",
        Phone = "06 00 00 00 00",
        Street = "3 rue des Acacias",
        Skills = ["couture"],
        WishedActivities = ["friperie"],
        Mobility = "vélo",
        State = PathState.Eligible,
        EligibilityDecisions = [new EligibilityDecision { Comment = "Vue en réunion", Eligible = true }],
        Transitions = [new PathTransition { Reason = "Décision du CLE" }, new PathTransition { Reason = null }],
    };

    [Fact]
    public void Anonymising_erases_who_she_is_and_keeps_what_the_statistics_need()
    {
        var person = Someone();
        var at = new DateTime(2026, 3, 16, 10, 0, 0, DateTimeKind.Utc);
        person.Anonymise(at);

        Assert.Equal(("Anonyme", "Personne n° 42"), (person.FirstName, person.LastName));
        Assert.Equal(new DateOnly(1972, 7, 1), person.BirthDate);
        Assert.All(new[] { person.Email, person.Phone, person.Street, person.Mobility }, Assert.Null);
        Assert.Empty(person.Skills);
        Assert.Empty(person.WishedActivities);
        Assert.Equal(at, person.AnonymisedAt);
        Assert.Equal("anonyme|42", person.DuplicateKey);
        Assert.Equal("", person.SearchText);
        Assert.Null(person.EligibilityDecisions[0].Comment);
        Assert.Equal(["(anonymisé)", null], person.Transitions.Select(t => t.Reason));
        Assert.Equal(PathState.Eligible, person.State);
        var again = Assert.Throws<BusinessRuleException>(() => person.Anonymise(at));
        Assert.Contains("anonymisée", again.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_move_along_the_path_is_recorded_with_who_when_and_why()
    {
        var person = Someone();
        var at = new DateTime(2026, 3, 16, 10, 0, 0, DateTimeKind.Utc);
        person.MoveTo(PathState.Proposed, "cle@example.org", at, "Proposée à l'EBE", organisationId: 7);
        var move = person.Transitions[^1];
        Assert.Equal((PathState.Eligible, PathState.Proposed, "cle@example.org", at, "Proposée à l'EBE", (int?)7),
            (move.From, move.To, move.By, move.At, move.Reason, move.OrganisationId));
        Assert.Equal((PathState.Proposed, at), (person.State, person.StateSince));
    }

    private static DateOnly Day(DateTime at) => DateOnly.FromDateTime(at);

    private static EligibilityDecision Decision(bool eligible, DateTime at, string? comment = "Vu", params EvidenceKind[] evidence) =>
        new() { Eligible = eligible, DecidedAt = at, DecidedBy = "cle", Comment = comment, Evidence = [.. evidence] };

    [Fact]
    public void An_eligibility_decision_moves_the_candidate_and_is_kept()
    {
        var person = new Person { State = PathState.Candidate };
        var at = new DateTime(2026, 3, 16, 10, 0, 0, DateTimeKind.Utc);
        person.RecordEligibilityDecision(Decision(true, at, comment: null, EvidenceKind.TaxNotice), Day);
        Assert.Equal(PathState.Eligible, person.State);
        Assert.Single(person.EligibilityDecisions);
        Assert.Equal((PathState.Candidate, PathState.Eligible, "cle"), (person.Transitions[0].From, person.Transitions[0].To, person.Transitions[0].By));
    }

    [Fact]
    public void A_decision_without_evidence_nor_comment_is_refused()
    {
        var person = new Person { State = PathState.Candidate };
        var error = Assert.Throws<ValidationFailedException>(() => person.RecordEligibilityDecision(Decision(true, DateTime.UnixEpoch, comment: " "), Day));
        Assert.True(error.Errors.ContainsKey("evidence"));
        Assert.Empty(person.EligibilityDecisions);
        Assert.Equal(PathState.Candidate, person.State);
    }

    [Fact]
    public void The_same_decision_the_same_day_is_refused_another_day_or_another_outcome_is_not()
    {
        var person = new Person { State = PathState.Candidate };
        var morning = new DateTime(2026, 3, 16, 8, 0, 0, DateTimeKind.Utc);
        person.RecordEligibilityDecision(Decision(true, morning), Day);
        Assert.Throws<BusinessRuleException>(() => person.RecordEligibilityDecision(Decision(true, morning.AddHours(9)), Day));
        person.RecordEligibilityDecision(Decision(false, morning.AddHours(9)), Day);
        person.RecordEligibilityDecision(Decision(true, morning.AddDays(1)), Day);
        Assert.Equal(3, person.EligibilityDecisions.Count);
        Assert.Equal(PathState.Eligible, person.State);
    }

    [Theory]
    [InlineData(PathState.Proposed)]
    [InlineData(PathState.Hired)]
    public void Once_proposed_or_hired_eligibility_is_no_longer_decided(PathState state)
    {
        var person = new Person { State = state };
        Assert.Throws<BusinessRuleException>(() => person.RecordEligibilityDecision(Decision(false, DateTime.UnixEpoch), Day));
        Assert.Empty(person.EligibilityDecisions);
    }

    [Fact]
    public void The_duplicate_key_ignores_accents_case_and_spaces_but_not_the_birth_date()
    {
        Assert.Equal(Person.DuplicateKeyFor(" Lefèvre ", "ÉLISE", new DateOnly(1980, 1, 2)), Person.DuplicateKeyFor("lefevre", "elise", new DateOnly(1980, 1, 2)));
        Assert.NotEqual(Person.DuplicateKeyFor("lefevre", "elise", new DateOnly(1980, 1, 2)), Person.DuplicateKeyFor("lefevre", "elise", new DateOnly(1980, 1, 3)));
        Assert.NotEqual(Person.DuplicateKeyFor("lefevre", "elise", new DateOnly(1980, 1, 2)), Person.DuplicateKeyFor("elise", "lefevre", new DateOnly(1980, 1, 2)));
    }

    [Fact]
    public void The_registry_form_is_stored_trimmed_with_days_in_week_order()
    {
        var person = Someone();
        person.Update(new PersonInput
        {
            FirstName = " Camille ",
            LastName = " Durand ",
            BirthDate = new DateOnly(1980, 1, 2),
            Email = "  ",
            UnavailableDays = [DayOfWeek.Friday, DayOfWeek.Monday, DayOfWeek.Friday],
            WishedActivities = ["friperie", " Friperie ", "repair café"],
            CandidacyDate = new DateOnly(2025, 1, 6),
        });
        Assert.Equal(("Camille", "Durand", (string?)null), (person.FirstName, person.LastName, person.Email));
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Friday], person.UnavailableDays);
        Assert.Equal(["friperie", "repair café"], person.WishedActivities);
        Assert.Equal(Person.DuplicateKeyFor("Durand", "Camille", new DateOnly(1980, 1, 2)), person.DuplicateKey);
        person.EnsureNotAnonymised();
    }
}
