namespace DroitEmploi.Core.Features.People;

public sealed record FairnessDeviation(
    int ProposalId, DateTime ProposedAt, string ProposedBy, int PersonId, string PersonName, DateOnly CandidacyDate, int Position,
    string OrganisationName, string Reason, IReadOnlyList<PassedOverPerson> PassedOver);
