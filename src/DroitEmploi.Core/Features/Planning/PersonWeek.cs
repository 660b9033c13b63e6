namespace DroitEmploi.Core.Features.Planning;

/// <summary>One person's week: the shifts of the published schedule, and what changed since publication.</summary>
public sealed record PersonWeek(
    int? ContractId, string Week, DateOnly WeekStart, bool Published, IReadOnlyList<PersonShift> Shifts, IReadOnlyList<ChangeView> Changes);
