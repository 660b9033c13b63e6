namespace DroitEmploi.Core.Features.People;

public enum Sex
{
    Unspecified,
    Female,
    Male,
}
