namespace DroitEmploi.Core.Features.Employment;

public class ContractSuspension
{
    public int Id { get; set; }
    public int ContractId { get; set; }
    public DateOnly Start { get; set; }
    /// <summary>The last day suspended; null while the person has not come back yet.</summary>
    public DateOnly? End { get; set; }
    public SuspensionReason Reason { get; set; }
    public string? Note { get; set; }
    public string By { get; set; } = "";
}
