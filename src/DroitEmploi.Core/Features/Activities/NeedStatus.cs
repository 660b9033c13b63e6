namespace DroitEmploi.Core.Features.Activities;

public enum NeedStatus
{
    New,
    Studied,
    BecameActivity,
    Dropped,
}
