using DroitEmploi.Core.Features.Territories;

namespace DroitEmploi.Core.Features.People;

public sealed record PeopleFigures(
    int Registered, IReadOnlyList<StateCount> ByState, int Waiting, int? MedianWaitingDays, IReadOnlyList<AgeBandCount> AgeBands,
    decimal? WomenShare, int HiresThisYear, int Hired, int Year, AmbitionView? Ambition);
