namespace DroitEmploi.Core.Features.Employment;

public enum ExitReason
{
    JobElsewhereCdi,
    JobElsewhereCddSixMonthsOrMore,
    Training,
    BusinessCreation,
    Retirement,
    Resignation,
    Dismissal,
    Death,
    Other,
}
