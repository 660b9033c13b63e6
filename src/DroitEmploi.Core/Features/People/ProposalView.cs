namespace DroitEmploi.Core.Features.People;

public sealed record ProposalView(
    int Id, int PersonId, string PersonName, int OrganisationId, string OrganisationName, DateTime ProposedAt, string ProposedBy,
    int Position, string? OutOfOrderReason, ProposalOutcome Outcome, DateTime? OutcomeAt, string? OutcomeReason,
    int? WeeklyHoursWished, IReadOnlyList<string> WishedActivities, IReadOnlyList<DayOfWeek> UnavailableDays);
