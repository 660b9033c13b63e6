namespace DroitEmploi.Core.Features.Employment;

public class TrainingRecord
{
    public int Id { get; set; }
    public int ContractId { get; set; }
    public DateOnly Date { get; set; }
    public decimal Hours { get; set; }
    public TrainingKind Kind { get; set; }
    public string Title { get; set; } = "";
}
