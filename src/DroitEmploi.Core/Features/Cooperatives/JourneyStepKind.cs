namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>A dated step of a cooperant's journey; the situation at any date is replayed from them.</summary>
public enum JourneyStepKind
{
    Entry,
    Contract,
    Renewal,
    Amendment,
    Stage,
    Exit,
    Return,
}
