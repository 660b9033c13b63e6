using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;

namespace DroitEmploi.Core.Features.People;

/// <summary>A volunteer "personne privée durablement d'emploi" (PPDE) on a territory's list.</summary>
public class Person : TrackedEntity, IBelongsToTerritory
{
    public int Id { get; set; }
    public int TerritoryId { get; set; }
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
    public DateOnly BirthDate { get; set; }
    public Sex Sex { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Street { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
    public DateOnly? LivesInTerritorySince { get; set; }
    public bool InPerimeter { get; set; }
    public DateOnly? DeprivedOfEmploymentSince { get; set; }
    public bool FranceTravailRegistered { get; set; }
    public IncomeSupport IncomeSupport { get; set; }
    public List<string> Skills { get; set; } = [];
    public List<string> WishedActivities { get; set; } = [];
    public int? WeeklyHoursWished { get; set; }
    public List<DayOfWeek> UnavailableDays { get; set; } = [];
    public string? Mobility { get; set; }
    /// <summary>Fixes the hiring order: earlier candidacies are proposed first; ties go by registration (Id).</summary>
    public DateOnly CandidacyDate { get; set; }
    public bool ConsentGiven { get; set; }
    public PathState State { get; set; } = PathState.Candidate;
    public DateTime StateSince { get; set; }
    public DateTime? AnonymisedAt { get; set; }
    /// <summary>Folded last name, first name and birth date: what makes two records the same person.</summary>
    public string DuplicateKey { get; set; } = "";
    public string SearchText { get; set; } = "";

    public List<EligibilityDecision> EligibilityDecisions { get; set; } = [];
    public List<PathTransition> Transitions { get; set; } = [];

    public static string DuplicateKeyFor(string lastName, string firstName, DateOnly birthDate) =>
        $"{Common.SearchText.Fold(lastName)}|{Common.SearchText.Fold(firstName)}|{birthDate:yyyy-MM-dd}";
}

public enum Sex
{
    Unspecified,
    Female,
    Male,
}

/// <summary>Income support received today; it feeds the cost-of-deprivation balance.</summary>
public enum IncomeSupport
{
    None,
    Rsa,
    Ass,
    Aah,
    Are,
    Other,
}
