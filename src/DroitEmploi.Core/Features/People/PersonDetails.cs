namespace DroitEmploi.Core.Features.People;

public sealed record PersonDetails(
    int Id, int TerritoryId, string FirstName, string LastName, DateOnly BirthDate, int Age, Sex Sex,
    string? Email, string? Phone, string? Street, string? PostalCode, string? City,
    DateOnly? LivesInTerritorySince, bool InPerimeter, DateOnly? DeprivedOfEmploymentSince, bool FranceTravailRegistered,
    IncomeSupport IncomeSupport, IReadOnlyList<string> Skills, IReadOnlyList<string> WishedActivities, int? WeeklyHoursWished,
    IReadOnlyList<DayOfWeek> UnavailableDays, string? Mobility, DateOnly CandidacyDate, bool ConsentGiven,
    PathState State, DateTime StateSince, int? WaitingListPosition, bool Anonymised,
    EligibilityProposal CurrentProposal, IReadOnlyList<EligibilityDecisionView> Decisions, IReadOnlyList<TransitionView> Transitions,
    IReadOnlyList<ProposalView> Proposals, int Version)
{
    public PersonInput ToInput() => new()
    {
        FirstName = FirstName,
        LastName = LastName,
        BirthDate = BirthDate,
        Sex = Sex,
        Email = Email,
        Phone = Phone,
        Street = Street,
        PostalCode = PostalCode,
        City = City,
        LivesInTerritorySince = LivesInTerritorySince,
        InPerimeter = InPerimeter,
        DeprivedOfEmploymentSince = DeprivedOfEmploymentSince,
        FranceTravailRegistered = FranceTravailRegistered,
        IncomeSupport = IncomeSupport,
        Skills = [.. Skills],
        WishedActivities = [.. WishedActivities],
        WeeklyHoursWished = WeeklyHoursWished,
        UnavailableDays = [.. UnavailableDays],
        Mobility = Mobility,
        CandidacyDate = CandidacyDate,
        ConsentGiven = ConsentGiven,
        Version = Version,
    };
}
