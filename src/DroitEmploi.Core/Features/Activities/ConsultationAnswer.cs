namespace DroitEmploi.Core.Features.Activities;

public enum ConsultationAnswer
{
    Favourable,
    Reserved,
    Unfavourable,
}
