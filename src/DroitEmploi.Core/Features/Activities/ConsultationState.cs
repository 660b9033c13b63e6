namespace DroitEmploi.Core.Features.Activities;

/// <summary>A consultation as the committee reads it on a given day: waiting, silent past its deadline, or answered.</summary>
public enum ConsultationState
{
    Waiting,
    NoAnswer,
    Favourable,
    Reserved,
    Unfavourable,
}
