namespace DroitEmploi.Planning;

/// <summary>The wished number of people on a shift on a day; each missing or extra person costs its weight.</summary>
public sealed record CoverRequirement(int Day, string ShiftId, int Requirement, int WeightUnder, int WeightOver, string? RequiredSkill = null);
