namespace DroitEmploi.Core.Features.Employment;

public sealed record SkillView(int Id, string Skill, SkillLevel Level);
