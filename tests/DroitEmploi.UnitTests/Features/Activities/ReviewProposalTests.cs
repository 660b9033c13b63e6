using DroitEmploi.Core.Features.Activities;

namespace DroitEmploi.UnitTests.Features.Activities;

public class ReviewProposalTests
{
    private static ConsultationView Answer(ConsultationState state) =>
        new(1, ConsultedKind.LocalFirm, "Firme", null, new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 16), state, null, null, 0);

    private static ObjectionView Objection(ObjectionOutcome? outcome) =>
        new(1, 1, "Garage", null, "concurrence", new DateOnly(2026, 10, 1), null, outcome, null, null, null, false);

    [Fact]
    public void Favourable_answers_propose_to_validate_and_say_who_stayed_silent()
    {
        var proposal = ReviewProposal.Of([Answer(ConsultationState.Favourable), Answer(ConsultationState.Reserved), Answer(ConsultationState.NoAnswer)], []);

        Assert.StartsWith("Valider l'activité", proposal, StringComparison.Ordinal);
        Assert.Contains("réserves (1)", proposal, StringComparison.Ordinal);
        Assert.Contains("1 organisme n'a pas répondu", proposal, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unfavourable_answer_or_an_open_objection_is_examined_first_and_no_consultation_means_consult()
    {
        Assert.StartsWith("Examiner d'abord 1 avis défavorable et 1 signalement ouvert",
            ReviewProposal.Of([Answer(ConsultationState.Unfavourable)], [Objection(null), Objection(ObjectionOutcome.NoCompetition)]), StringComparison.Ordinal);
        Assert.StartsWith("Aucune consultation", ReviewProposal.Of([], []), StringComparison.Ordinal);
    }
}
