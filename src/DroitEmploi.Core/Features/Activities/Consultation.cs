using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.Activities;

/// <summary>A body asked whether the activity would take work from anyone: a chamber, a local firm, an IAE structure, a union.</summary>
public class Consultation : TrackedEntity, Data.IBelongsToTerritory
{
    public int Id { get; set; }
    public int ActivityId { get; set; }
    public int TerritoryId { get; set; }
    public ConsultedKind Kind { get; set; }
    public string ConsultedName { get; set; } = "";
    public int? OrganisationId { get; set; }
    public DateOnly SentOn { get; set; }
    public DateOnly Deadline { get; set; }
    public ConsultationAnswer? Answer { get; set; }
    public DateOnly? AnsweredOn { get; set; }
    public string? Comment { get; set; }

    public static Consultation Send(Activity activity, ConsultationInput input, ActivitySettings settings)
    {
        if (input.SentOn is not { } sent)
        {
            throw ValidationFailedException.For("sentOn", "Indiquez la date d'envoi.");
        }
        var consultation = new Consultation
        {
            ActivityId = activity.Id,
            TerritoryId = activity.TerritoryId,
            Kind = input.Kind,
            ConsultedName = input.ConsultedName.Trim(),
            OrganisationId = input.OrganisationId,
            SentOn = sent,
            Deadline = input.Deadline ?? sent.AddDays(settings.ConsultationDays),
        };
        if (consultation.Deadline < sent)
        {
            throw ValidationFailedException.For("deadline", "L'échéance ne peut précéder l'envoi.");
        }
        if (input.Answer is not null)
        {
            consultation.Record(input.Answer.Value, input.AnsweredOn ?? sent, input.Comment);
        }
        return consultation;
    }

    /// <summary>Records the answer; a late answer still counts, a second answer replaces the first.</summary>
    public void Record(ConsultationAnswer answer, DateOnly answeredOn, string? comment)
    {
        if (answeredOn < SentOn)
        {
            throw ValidationFailedException.For("answeredOn", "La réponse ne peut précéder l'envoi.");
        }
        Answer = answer;
        AnsweredOn = answeredOn;
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
    }

    /// <summary>Past its deadline with no answer, a consultation is recorded as "no answer": silence is not approval.</summary>
    public ConsultationState StateOn(DateOnly today) => Answer switch
    {
        ConsultationAnswer.Favourable => ConsultationState.Favourable,
        ConsultationAnswer.Reserved => ConsultationState.Reserved,
        ConsultationAnswer.Unfavourable => ConsultationState.Unfavourable,
        _ => today > Deadline ? ConsultationState.NoAnswer : ConsultationState.Waiting,
    };
}
