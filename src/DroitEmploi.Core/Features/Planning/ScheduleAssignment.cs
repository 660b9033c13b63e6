namespace DroitEmploi.Core.Features.Planning;

public class ScheduleAssignment
{
    public int Id { get; set; }
    public int ScheduleId { get; set; }
    public int ContractId { get; set; }
    public DateOnly Date { get; set; }
    public int SlotId { get; set; }

    /// <summary>A week's assignments as stored, from the board's or the engine's view of them.</summary>
    public static List<ScheduleAssignment> From(IEnumerable<AssignmentView> assignments) =>
        assignments.Select(a => new ScheduleAssignment { ContractId = a.ContractId, Date = a.Date, SlotId = a.SlotId }).ToList();
}
