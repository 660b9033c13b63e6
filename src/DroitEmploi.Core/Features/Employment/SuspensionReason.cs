namespace DroitEmploi.Core.Features.Employment;

public enum SuspensionReason
{
    TrialJobElsewhere,
    Training,
    Other,
}
