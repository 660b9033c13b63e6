namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>One cooperant: identity (from the registry when linked), sign-up, steps, and the situation on a date.</summary>
public sealed record CooperantDetails(
    int Id,
    int KpaId,
    string KpaName,
    int? PersonId,
    string FirstName,
    string LastName,
    DateOnly? BirthDate,
    string? Email,
    string? Phone,
    string? TradeName,
    string Referent,
    int? ContributorId,
    bool OnMinimumIncome,
    string? AccountEmail,
    IReadOnlyList<SignUpDocument> DocumentsSeen,
    DateOnly? InsuranceValidatedOn,
    DateOnly? SignedByCooperantOn,
    DateOnly? SignedByReferentOn,
    DateOnly? SignedByCoordinatorOn,
    bool SignUpComplete,
    IReadOnlyList<JourneyStepView> Steps,
    CooperantSituation Situation,
    int Version,
    bool CanManage);
