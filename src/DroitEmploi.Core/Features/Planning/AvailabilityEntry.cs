namespace DroitEmploi.Core.Features.Planning;

/// <summary>What an employee says of a week, on their phone: a day they cannot work, or a slot they would like.</summary>
public class AvailabilityEntry
{
    public int Id { get; set; }
    public int ContractId { get; set; }
    public DateOnly Date { get; set; }
    public bool Unavailable { get; set; }
    public int? WishedSlotId { get; set; }
}
