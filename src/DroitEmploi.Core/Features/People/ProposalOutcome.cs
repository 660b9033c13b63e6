namespace DroitEmploi.Core.Features.People;

public enum ProposalOutcome
{
    Pending,
    Hired,
    Declined,
}
