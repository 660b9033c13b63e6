namespace DroitEmploi.Core.Features.People;

public sealed record EligibilityFacts(DateOnly? DeprivedOfEmploymentSince, DateOnly? LivesInTerritorySince, bool InPerimeter);
