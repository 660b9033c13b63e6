namespace DroitEmploi.Core.Features.People;

public sealed record EligibilityDecisionView(
    int Id, DateOnly AssessedOn, bool ProposedEligible, IReadOnlyList<string> ProposalReasons, bool Eligible,
    IReadOnlyList<EvidenceKind> Evidence, string? Comment, string DecidedBy, DateTime DecidedAt);
