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
