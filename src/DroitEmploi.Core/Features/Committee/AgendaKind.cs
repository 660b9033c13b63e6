namespace DroitEmploi.Core.Features.Committee;

/// <summary>What an agenda item is about; it points at its subject.</summary>
public enum AgendaKind
{
    ActivityReview,
    Objection,
    OutOfOrderProposal,
    Figures,
    Other,
}
