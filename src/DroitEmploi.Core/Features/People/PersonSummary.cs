namespace DroitEmploi.Core.Features.People;

public sealed record PersonSummary(
    int Id, string LastName, string FirstName, DateOnly BirthDate, PathState State, DateOnly CandidacyDate,
    string? City, int? WeeklyHoursWished, bool Anonymised);
