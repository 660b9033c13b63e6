namespace DroitEmploi.Planning;

/// <summary>A demand left uncovered, and why: nobody was available with the skill, or covering it would break a rule.</summary>
public sealed record UncoveredDemand(int Day, string ShiftId, int Missing, string Reason);
