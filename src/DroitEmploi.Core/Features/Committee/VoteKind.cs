namespace DroitEmploi.Core.Features.Committee;

public enum VoteKind
{
    Consensus,
    Majority,
    Unanimity,
}
