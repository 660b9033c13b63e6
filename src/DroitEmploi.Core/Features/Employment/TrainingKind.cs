namespace DroitEmploi.Core.Features.Employment;

public enum TrainingKind
{
    Peer,
    ExternalCourse,
    Vae,
}
