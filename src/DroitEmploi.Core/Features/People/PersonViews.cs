namespace DroitEmploi.Core.Features.People;

public sealed record PersonSummary(
    int Id, string LastName, string FirstName, DateOnly BirthDate, PathState State, DateOnly CandidacyDate,
    string? City, int? WeeklyHoursWished, bool Anonymised);

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

public sealed record EligibilityDecisionView(
    int Id, DateOnly AssessedOn, bool ProposedEligible, IReadOnlyList<string> ProposalReasons, bool Eligible,
    IReadOnlyList<EvidenceKind> Evidence, string? Comment, string DecidedBy, DateTime DecidedAt);

public sealed record TransitionView(PathState From, PathState To, DateTime At, string By, string? Reason, Orientation? Orientation, int? OrganisationId);

public sealed record ProposalView(
    int Id, int PersonId, string PersonName, int OrganisationId, string OrganisationName, DateTime ProposedAt, string ProposedBy,
    int Position, string? OutOfOrderReason, ProposalOutcome Outcome, DateTime? OutcomeAt, string? OutcomeReason);

public sealed record PeopleQuery(
    string? Search = null, PathState? State = null, PeopleSort Sort = PeopleSort.LastName, bool Descending = false,
    int? Page = null, int? PageSize = null);

public enum PeopleSort
{
    LastName,
    CandidacyDate,
    BirthDate,
    State,
}
