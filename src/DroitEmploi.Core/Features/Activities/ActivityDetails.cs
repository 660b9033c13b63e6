namespace DroitEmploi.Core.Features.Activities;

public sealed record ActivityDetails(
    int Id, int OrganisationId, string OrganisationName, int TerritoryId, string TerritoryName, string? Division, string Name, string? Description,
    string? NafCode, IReadOnlyList<string> Tags, string? TargetCustomers, string? Place, string? PricingPolicy,
    ProposerKind ProposedByKind, string? ProposedBy, int? TerritoryNeedId, ActivityStatus Status, DateTime StatusSince,
    int? DecisionId, DateOnly? DecidedOn, DateOnly? NextReviewOn, IReadOnlyList<ActivityStatus> NextStatuses,
    IReadOnlyList<ActivityStatus> NextStatusesByDecision,
    IReadOnlyList<StatusChangeView> History, IReadOnlyList<ConsultationView> Consultations, IReadOnlyList<ObjectionView> Objections,
    bool CanDescribe, bool CanReview, bool CanRespond, int Version)
{
    public ActivityInput ToInput() => new()
    {
        Name = Name,
        Division = Division,
        Description = Description,
        NafCode = NafCode,
        Tags = [.. Tags],
        TargetCustomers = TargetCustomers,
        Place = Place,
        PricingPolicy = PricingPolicy,
        ProposedByKind = ProposedByKind,
        ProposedBy = ProposedBy,
        Version = Version,
    };
}
