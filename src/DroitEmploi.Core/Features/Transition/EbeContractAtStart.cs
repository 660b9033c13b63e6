namespace DroitEmploi.Core.Features.Transition;

/// <summary>Where a holder linked to the registry stands with an EBE on the first day of a grant.</summary>
public readonly record struct EbeContractAtStart(string Employer, bool Suspended, DateOnly? SuspensionEnds);
