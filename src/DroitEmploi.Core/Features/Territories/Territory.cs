using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;

namespace DroitEmploi.Core.Features.Territories;

/// <summary>A "territoire habilité" (or one on its way to it): its perimeter, ambitions and history.</summary>
public class Territory : TrackedEntity, IBelongsToTerritory
{
    public int Id { get; set; }
    int IBelongsToTerritory.TerritoryId => Id;
    public string Name { get; set; } = "";
    public string? Department { get; set; }
    public DateOnly? HabilitationDate { get; set; }
    public int? Population { get; set; }
    public string? Description { get; set; }
    public List<PerimeterArea> Perimeter { get; set; } = [];
    public List<Ambition> Ambitions { get; set; } = [];
    public List<TerritoryPhase> Phases { get; set; } = [];

    /// <summary>The ambition people work towards on a date: the next one due, or the last one when all are past.</summary>
    public Ambition? AmbitionOn(DateOnly date) =>
        Ambitions.Where(a => a.TargetDate >= date).OrderBy(a => a.TargetDate).FirstOrDefault()
        ?? Ambitions.OrderByDescending(a => a.TargetDate).FirstOrDefault();
    public string SearchText { get; set; } = "";
}

public enum AreaKind
{
    Commune,
    Quartier,
}

/// <summary>A commune or a quartier of the perimeter; quartiers name the commune they belong to.</summary>
public class PerimeterArea
{
    public AreaKind Kind { get; set; }
    public string Name { get; set; } = "";
    public string? InseeCode { get; set; }
    public string? Commune { get; set; }
}

/// <summary>A dated ambition, e.g. 100 jobs in EBE and 50 in local companies by 2026-12-31.</summary>
public class Ambition
{
    public DateOnly TargetDate { get; set; }
    public int JobsInEmploymentCompanies { get; set; }
    public int JobsInLocalCompanies { get; set; }
    public string? Note { get; set; }
    public int TotalJobs => JobsInEmploymentCompanies + JobsInLocalCompanies;
}

public enum PhaseKind
{
    Emergence,
    CommitteeConstituted,
    Habilitation,
    EmploymentCompanyOpening,
    Other,
}

public class TerritoryPhase
{
    public PhaseKind Kind { get; set; }
    public DateOnly Date { get; set; }
    public string Label { get; set; } = "";
}

public static class TerritoryLabels
{
    public static string French(this AreaKind kind) => kind == AreaKind.Commune ? "Commune" : "Quartier";

    public static string French(this PhaseKind kind) => kind switch
    {
        PhaseKind.Emergence => "Émergence",
        PhaseKind.CommitteeConstituted => "CLE constitué",
        PhaseKind.Habilitation => "Habilitation",
        PhaseKind.EmploymentCompanyOpening => "Ouverture d'EBE",
        _ => "Autre étape",
    };
}
