namespace DroitEmploi.Core.Features.Planning;

public class ScheduleAssignment
{
    public int Id { get; set; }
    public int ScheduleId { get; set; }
    public int ContractId { get; set; }
    public DateOnly Date { get; set; }
    public int SlotId { get; set; }
}
