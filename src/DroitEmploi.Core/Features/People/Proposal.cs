using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;

namespace DroitEmploi.Core.Features.People;

/// <summary>
/// A volunteer proposed to an EBE. When someone else was ahead in the order, the reason is written
/// down and shown in the fairness report.
/// </summary>
public class Proposal : IBelongsToTerritory
{
    public int Id { get; set; }
    public int TerritoryId { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }
    public int OrganisationId { get; set; }
    public DateTime ProposedAt { get; set; }
    public string ProposedBy { get; set; } = "";
    /// <summary>The person's position on the waiting list when proposed (1 = first in order).</summary>
    public int Position { get; set; }
    /// <summary>The people ahead in the order who were passed over, as ids (empty when in order).</summary>
    public List<int> PassedOverPersonIds { get; set; } = [];
    public string? OutOfOrderReason { get; set; }
    public ProposalOutcome Outcome { get; set; }
    public DateTime? OutcomeAt { get; set; }
    public string? OutcomeReason { get; set; }

    /// <summary>
    /// The person is hired: only the EBE's contract does this (see EmploymentService.HireAsync), so that
    /// nobody is counted as hired without a contract, ETP and funding behind it.
    /// </summary>
    public void Hire(DateTime at)
    {
        EnsurePending();
        Outcome = ProposalOutcome.Hired;
        OutcomeAt = at;
        OutcomeReason = null;
    }

    /// <summary>The EBE declined, with its reason: the person goes back to her place on the list.</summary>
    public void Decline(string? reason, DateTime at)
    {
        EnsurePending();
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw ValidationFailedException.For("reason", "Écrivez pourquoi la proposition est déclinée.");
        }
        Outcome = ProposalOutcome.Declined;
        OutcomeAt = at;
        OutcomeReason = TextInput.Optional(reason);
    }

    private void EnsurePending()
    {
        if (Outcome != ProposalOutcome.Pending)
        {
            throw new BusinessRuleException("Cette proposition a déjà reçu une réponse.");
        }
    }
}
