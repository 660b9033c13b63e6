using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.People;

public sealed record WaitingListEntry(
    int Position, int PersonId, string LastName, string FirstName, int Age, Sex Sex, DateOnly CandidacyDate, int WaitingDays,
    int? WeeklyHoursWished, IReadOnlyList<string> WishedActivities, IReadOnlyList<DayOfWeek> UnavailableDays);

public sealed record WaitingListQuery(string? Search = null, int? MinHours = null, int? MaxHours = null, int? Page = null, int? PageSize = null);

/// <summary>The page asked for, and who is first in order whatever the filters (the one to propose).</summary>
public sealed record WaitingList(PagedResult<WaitingListEntry> Entries, int TotalWaiting, WaitingListEntry? First);

public sealed record FairnessReport(
    int TerritoryId, string TerritoryName, DateOnly From, DateOnly To, int Proposals, int InOrder, int OutOfOrder,
    IReadOnlyList<FairnessDeviation> Deviations);

public sealed record FairnessDeviation(
    int ProposalId, DateTime ProposedAt, string ProposedBy, int PersonId, string PersonName, DateOnly CandidacyDate, int Position,
    string OrganisationName, string Reason, IReadOnlyList<PassedOverPerson> PassedOver);

public sealed record PassedOverPerson(int PersonId, string Name, DateOnly CandidacyDate);

public sealed record EmploymentCompanyChoice(int Id, string Name);
