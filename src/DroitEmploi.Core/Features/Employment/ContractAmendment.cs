namespace DroitEmploi.Core.Features.Employment;

public class ContractAmendment
{
    public int Id { get; set; }
    public int ContractId { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public decimal WeeklyHours { get; set; }
    public decimal HourlyWage { get; set; }
    public string? Note { get; set; }
    public string By { get; set; } = "";
}
