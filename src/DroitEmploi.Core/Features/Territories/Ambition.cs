namespace DroitEmploi.Core.Features.Territories;

/// <summary>A dated ambition, e.g. 100 jobs in EBE and 50 in local companies by 2026-12-31.</summary>
public class Ambition
{
    public DateOnly TargetDate { get; set; }
    public int JobsInEmploymentCompanies { get; set; }
    public int JobsInLocalCompanies { get; set; }
    public string? Note { get; set; }
    public int TotalJobs => JobsInEmploymentCompanies + JobsInLocalCompanies;
}
