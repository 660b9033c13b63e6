using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>
/// One dated step of a cooperant's journey, never changed once recorded: a mistake is corrected by a
/// further step (an amendment, an exit), so that the situation at any past date stays reproducible.
/// </summary>
public class JourneyStep : TrackedEntity
{
    public int Id { get; set; }
    public int CooperantId { get; set; }
    public JourneyStepKind Kind { get; set; }
    public DateOnly On { get; set; }
    /// <summary>The contract a Contract step starts (a renewal keeps the kind of the one it renews).</summary>
    public CooperantContractKind? Contract { get; set; }
    /// <summary>Last day of the contract's period (a Contract, Renewal or Amendment step); none for an open-ended membership.</summary>
    public DateOnly? EndsOn { get; set; }
    /// <summary>The CAPE's number, printed on the cooperant's invoices.</summary>
    public string? ContractNumber { get; set; }
    public ExitReason? ExitReason { get; set; }
    public JourneyStage? Stage { get; set; }
    public string? Note { get; set; }
}
