using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.Projection;

/// <summary>
/// What the CLE team assumes instead of the pace measured over the last twelve months, where it knows better (a new
/// EBE opening, a recruitment campaign): each left empty keeps the measured value.
/// </summary>
public class ProjectionAssumptions : TrackedEntity
{
    public int TerritoryId { get; set; }
    public decimal? NewCandidaciesPerMonth { get; set; }
    public decimal? HiresPerMonth { get; set; }
    public decimal? ListExitsPerMonth { get; set; }
    public decimal? AverageWeeklyHours { get; set; }
    public string? Note { get; set; }

    public void Set(ProjectionAssumptionsInput input)
    {
        NewCandidaciesPerMonth = input.NewCandidaciesPerMonth;
        HiresPerMonth = input.HiresPerMonth;
        ListExitsPerMonth = input.ListExitsPerMonth;
        AverageWeeklyHours = input.AverageWeeklyHours;
        Note = TextInput.Optional(input.Note);
    }

    /// <summary>The pace the projection uses: each assumption where one is set, the measured value otherwise.</summary>
    public ProjectionPace Apply(ProjectionPace measured) => new(
        NewCandidaciesPerMonth ?? measured.NewCandidaciesPerMonth,
        HiresPerMonth ?? measured.HiresPerMonth,
        ListExitsPerMonth ?? measured.ListExitsPerMonth,
        AverageWeeklyHours ?? measured.AverageWeeklyHours);
}
