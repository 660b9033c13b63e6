namespace DroitEmploi.Core.Features.Employment;

public enum SkillLevel
{
    Acquired,
    InTraining,
    CanTeach,
}
