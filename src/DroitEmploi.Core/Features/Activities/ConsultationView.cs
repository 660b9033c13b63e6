namespace DroitEmploi.Core.Features.Activities;

public sealed record ConsultationView(
    int Id, ConsultedKind Kind, string ConsultedName, int? OrganisationId, DateOnly SentOn, DateOnly Deadline,
    ConsultationState State, DateOnly? AnsweredOn, string? Comment, int Version)
{
    public static ConsultationView Of(Consultation c, DateOnly today) =>
        new(c.Id, c.Kind, c.ConsultedName, c.OrganisationId, c.SentOn, c.Deadline, c.StateOn(today), c.AnsweredOn, c.Comment, c.Version);
}
