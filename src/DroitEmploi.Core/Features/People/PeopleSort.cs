namespace DroitEmploi.Core.Features.People;

public enum PeopleSort
{
    LastName,
    CandidacyDate,
    BirthDate,
    State,
}
