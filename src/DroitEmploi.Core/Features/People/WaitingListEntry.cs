namespace DroitEmploi.Core.Features.People;

public sealed record WaitingListEntry(
    int Position, int PersonId, string LastName, string FirstName, int Age, Sex Sex, DateOnly CandidacyDate, int WaitingDays,
    int? WeeklyHoursWished, IReadOnlyList<string> WishedActivities, IReadOnlyList<DayOfWeek> UnavailableDays,
    IReadOnlyList<string> UnmetConditions);
