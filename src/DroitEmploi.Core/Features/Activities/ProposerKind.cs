namespace DroitEmploi.Core.Features.Activities;

/// <summary>Who put the activity forward: the seeds' "proposants" are employees and volunteers as often as the EBE.</summary>
public enum ProposerKind
{
    Organisation,
    Employee,
    Volunteer,
    TerritoryNeed,
}
