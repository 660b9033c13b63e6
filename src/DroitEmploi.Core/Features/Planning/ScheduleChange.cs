namespace DroitEmploi.Core.Features.Planning;

/// <summary>A change made after publication: the people concerned see it.</summary>
public class ScheduleChange
{
    public int Id { get; set; }
    public int ScheduleId { get; set; }
    public int ContractId { get; set; }
    public DateOnly Date { get; set; }
    public DateTime At { get; set; }
    public string By { get; set; } = "";
    public string Description { get; set; } = "";
    public ScheduleChangeKind Kind { get; set; }
}
