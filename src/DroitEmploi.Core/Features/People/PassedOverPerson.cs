namespace DroitEmploi.Core.Features.People;

public sealed record PassedOverPerson(int PersonId, string Name, DateOnly CandidacyDate);
