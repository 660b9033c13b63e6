namespace DroitEmploi.Core.Features.Activities;

public enum ObjectionOutcome
{
    NoCompetition,
    Reorganised,
    Abandoned,
}
