namespace DroitEmploi.Core.Features.People;

public sealed record EligibilityThresholds(int MinMonthsDeprivedOfEmployment, int MinMonthsLivingInTerritory);
