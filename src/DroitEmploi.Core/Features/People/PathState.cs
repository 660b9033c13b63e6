namespace DroitEmploi.Core.Features.People;

/// <summary>Where a volunteer stands on their path to a job; every change is a <see cref="PathTransition"/>.</summary>
public enum PathState
{
    /// <summary>Registered, eligibility not yet decided.</summary>
    Candidate,
    /// <summary>Eligible and waiting: on the waiting list.</summary>
    Eligible,
    /// <summary>Not eligible at the last assessment (may be reassessed).</summary>
    Ineligible,
    /// <summary>Proposed to an EBE, awaiting its answer.</summary>
    Proposed,
    Hired,
    /// <summary>Oriented elsewhere: KPA, IAE, training, a local company, RTE.</summary>
    Oriented,
    Withdrawn,
}
