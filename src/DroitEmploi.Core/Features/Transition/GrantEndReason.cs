namespace DroitEmploi.Core.Features.Transition;

/// <summary>Why a grant ended before its term.</summary>
public enum GrantEndReason
{
    Job,
    Training,
    BusinessCreation,
    BackToEmploymentCompany,
    Other,
}
