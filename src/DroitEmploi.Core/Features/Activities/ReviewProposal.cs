namespace DroitEmploi.Core.Features.Activities;

/// <summary>
/// What the review file proposes to the committee, from what the review found: an unfavourable answer
/// or an open objection is to be discussed before anything is validated; silence is not approval.
/// </summary>
public static class ReviewProposal
{
    public static string Of(IReadOnlyCollection<ConsultationView> consultations, IReadOnlyCollection<ObjectionView> objections)
    {
        var against = consultations.Count(c => c.State == ConsultationState.Unfavourable);
        var reserved = consultations.Count(c => c.State == ConsultationState.Reserved);
        var silent = consultations.Count(c => c.State is ConsultationState.NoAnswer or ConsultationState.Waiting);
        var open = objections.Count(o => o.Outcome is null);
        if (consultations.Count == 0)
        {
            return "Aucune consultation n'a été faite : consulter avant de décider.";
        }
        if (against > 0 || open > 0)
        {
            return $"Examiner d'abord {Plural(against, "avis défavorable", "avis défavorables")}{(against > 0 && open > 0 ? " et " : "")}{Plural(open, "signalement ouvert", "signalements ouverts")} : "
                + "réorganiser l'activité ou l'abandonner si la concurrence est établie.";
        }
        var proposal = "Valider l'activité : aucune réponse ne fait état d'une concurrence.";
        if (reserved > 0)
        {
            proposal += $" Les réserves ({reserved}) peuvent fixer son périmètre.";
        }
        if (silent > 0)
        {
            proposal += $" {Plural(silent, "organisme n'a pas répondu", "organismes n'ont pas répondu")} : le comité le note.";
        }
        return proposal;
    }

    private static string Plural(int count, string one, string many) => count switch
    {
        0 => "",
        1 => $"1 {one}",
        _ => $"{count} {many}",
    };
}
